import { describe, expect, it } from 'vitest'
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import { renderPorozumieniePsu } from './porozumienie-psu'

const base: PorozumienieRecord = {
  id: 1,
  number: 'PSU/3/2025',
  signedOn: '2025-07-01',
  periodFrom: '2025-07-01',
  periodTo: '2026-06-30',
  regime: 'nowy',
  legalBasis: 'ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia (Dz.U. 2025 poz. 620)',
  plannedPersons: 12,
  plannedMin: 4800 * 60,
  monthlyLimitMin: 2400,
  weeklyLimitMin: null,
  refundShareBp: 5000,
  refundBase: 'stawka_wyplacona',
  refundAmountGr: 1_500_000,
  refundDueDays: 21,
  maxMonthsPerPerson: 6,
  works: [{ kind: 'prace porządkowe', place: 'ul. Szkolna 3, Zgierz', hostUnit: 'Szkoła Podstawowa nr 1' }],
  rates: [{ validFrom: '2025-07-01', rateGr: 1300 }],
  belowMinimum: [],
  notes: '',
  assignments: 0,
  createdAt: '2025-07-01T08:00:00.000Z',
  updatedAt: '2025-07-01T08:00:00.000Z',
}

const print = (p: Partial<PorozumienieRecord>) =>
  renderPorozumieniePsu({
    officeName: 'MOPS w Zgierzu',
    porozumienie: { ...base, ...p },
    printedAt: '04.12.2026',
  }).html

describe('porozumienie terms print (§ 3 of the 2017 regulation, Dz.U. 2017 poz. 2447)', () => {
  it('states the kinds of work with places and host units, the refund amount and term, and the maximum duration', () => {
    const text = print({})
    expect(text).toContain('Warunki porozumienia nr PSU/3/2025 z dnia 01.07.2025')
    expect(text).toContain('<td>prace porządkowe</td>')
    expect(text).toContain('<td>Szkoła Podstawowa nr 1</td>')
    expect(text).toMatch(/do 15\u00a0000,00\u00a0zł;\s+w ciągu 21 dni od złożenia wniosku/)
    expect(text).toContain('6 miesięcy')
  })

  it('marks the benefit and refund terms of a 2025-act porozumienie as still to confirm, not an old-regime one', () => {
    expect(print({}).match(/do potwierdzenia w porozumieniu/g)).toHaveLength(2)
    expect(print({ regime: 'stary', signedOn: '2025-05-20' })).not.toContain(
      'do potwierdzenia w porozumieniu',
    )
  })

  it('says when no kinds of work were entered and when a rate is below the minimum', () => {
    const text = print({
      works: [],
      maxMonthsPerPerson: null,
      belowMinimum: [
        {
          from: '2024-06-01',
          to: '2024-12-31',
          rateGr: 1100,
          minimumGr: 1220,
          minimumFrom: '2024-06-01',
          confidence: 'S',
        },
      ],
    })
    expect(text).toContain('nie wpisano — uzupełnij z porozumienia')
    expect(text).toContain('porozumienie go nie określa')
    expect(text).toMatch(
      /od 01\.06\.2024 do 31\.12\.2024 stawka 11,00\u00a0zł jest niższa od minimalnej 12,20\u00a0zł/,
    )
  })
})
