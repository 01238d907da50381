import { describe, expect, it } from 'vitest'
import { buildDeadlinesBoard, type DeadlineInputs } from './deadlines'

const TODAY = '2026-03-10'

function action(
  id: number,
  deadline: string,
  status: DeadlineInputs['actions'][number]['status'] = 'zaplanowane',
) {
  return {
    actionId: id,
    kontraktId: 1,
    kontraktNumber: 'KS/1/2026',
    participantId: 7,
    personName: 'Żółw Zofia',
    side: 'osoba' as const,
    description: `działanie ${id}`,
    deadline,
    responsible: 'uczestniczka',
    status,
  }
}

function board(input: Partial<DeadlineInputs>) {
  return buildDeadlinesBoard({ actions: [], kontrakty: [], participations: [], ...input }, TODAY)
}

describe('deadlines board', () => {
  it('lists open actions due within 14 days and every overdue one, marking the overdue, earliest first', () => {
    const result = board({
      actions: [
        action(1, '2026-03-24'), // today + 14: included
        action(2, '2026-03-25'), // today + 15: not yet
        action(3, '2026-03-09'), // yesterday: overdue
        action(4, '2026-03-10', 'w_trakcie'), // today: due, not overdue
        action(5, '2025-12-01'), // long overdue
        action(6, '2026-03-01', 'wykonane'), // done: never listed
        action(7, '2026-03-01', 'niewykonane'),
      ],
    })
    expect(result.actions.map((a) => [a.actionId, a.overdue])).toEqual([
      [5, true],
      [3, true],
      [4, false],
      [1, false],
    ])
  })

  it('lists kontrakty without an evaluation for three months, counting from signing when never evaluated', () => {
    const kontrakt = (id: number, concludedOn: string, lastEvaluatedOn: string | null) => ({
      kontraktId: id,
      kontraktNumber: `KS/${id}/2025`,
      participantId: id,
      personName: `Osoba ${id}`,
      concludedOn,
      lastEvaluatedOn,
    })
    const result = board({
      kontrakty: [
        kontrakt(1, '2025-12-10', null), // three months exactly today: due
        kontrakt(2, '2025-12-11', null), // one day short
        kontrakt(3, '2025-06-01', '2025-12-09'), // last evaluation three months and a day ago
        kontrakt(4, '2025-06-01', '2026-01-15'), // evaluated recently
        kontrakt(5, '2025-11-30', null), // 30.11 + 3 months = 28.02 (clamped): due
      ],
    })
    expect(result.evaluations.map((e) => [e.kontraktId, e.dueSince])).toEqual([
      [5, '2026-02-28'],
      [3, '2026-03-09'],
      [1, '2026-03-10'],
    ])
  })

  it('lists open participations reaching six months within 30 days, with the date and days left', () => {
    const participation = (id: number, startDate: string) => ({
      participationId: id,
      participantId: id,
      personName: `Osoba ${id}`,
      startDate,
    })
    const result = board({
      participations: [
        participation(1, '2025-09-10'), // reaches six months today
        participation(2, '2025-10-09'), // reaches on 09.04: 30 days left
        participation(3, '2025-10-10'), // 31 days left: not yet
        participation(4, '2025-09-09'), // reached yesterday: no longer "nearing"
        participation(5, '2025-09-30'), // 30.09 + 6 months = 30.03
      ],
    })
    expect(result.sixMonths.map((p) => [p.participationId, p.reachesOn, p.daysLeft])).toEqual([
      [1, '2026-03-10', 0],
      [5, '2026-03-30', 20],
      [2, '2026-04-09', 30],
    ])
  })
})
