// Art. 18a ust. 6 pkt 2 lit. b ustawy z 13 czerwca 2003 r. o zatrudnieniu socjalnym: of the people who
// reached reintegration, those who "uzyskały zatrudnienie po ukończeniu uczestnictwa w klubie".
import { describe, expect, it } from 'vitest'
import { jobsAfterReintegration } from './figures'
import type { OutcomeFact, ParticipationFact } from './reports.repo'

const person = { firstName: 'Anna', lastName: 'Nowak', pesel: null, nameOrder: 'nowak anna' }
const participation = (id: number, endDate: string): ParticipationFact =>
  ({
    ...person,
    id,
    participantId: id,
    startDate: '2025-01-01',
    endDate,
    endReason: 'ukonczenie',
    sex: 'K',
  }) as ParticipationFact
const job = (participationId: number, date: string, kind = 'zatrudnienie'): OutcomeFact =>
  ({
    ...person,
    id: participationId * 10,
    participantId: participationId,
    participationId,
    kind,
    date,
    employmentForm: 'umowa_o_prace',
    organization: 'X',
    benefitName: '',
    startDate: '2025-01-01',
    endDate: null,
  }) as OutcomeFact

describe('art. 18a ust. 6 pkt 2 lit. b: work after the participation ended, among the reintegrated', () => {
  const reintegrated = [participation(1, '2025-06-30')]

  it('counts a job dated the day after the last day of participation', () => {
    expect(jobsAfterReintegration([job(1, '2025-07-01')], reintegrated)).toHaveLength(1)
  })

  it('does not count a job taken during the participation, its last day included', () => {
    expect(jobsAfterReintegration([job(1, '2025-06-20'), job(1, '2025-06-30')], reintegrated)).toEqual([])
  })

  it('does not count work of a participation that did not end in reintegration, nor a ZUS benefit', () => {
    expect(
      jobsAfterReintegration([job(2, '2025-08-01'), job(1, '2025-08-01', 'swiadczenie_zus')], reintegrated),
    ).toEqual([])
  })
})
