import { describe, expect, it } from 'vitest'
import { periodOn } from '@shared/psu-porozumienia.schema'
import { computeMonth, type MonthInput, type SheetInput } from './month-close'

const MINIMUM = [
  { validFrom: '2023-06-01', rateGr: 1090 },
  { validFrom: '2024-06-01', rateGr: 1220 },
]

let nextSheet = 1
function sheet(
  person: [number, string, string],
  days: Record<string, number>,
  extra: Partial<SheetInput> = {},
): SheetInput {
  const id = nextSheet++
  return {
    timesheetId: id,
    version: 1,
    status: 'zamkniety',
    assignmentId: id,
    participantId: person[0],
    firstName: person[1],
    lastName: person[2],
    positionId: 100 + id,
    positionType: 'osoba sprzątająca',
    workplace: 'Szkoła Podstawowa nr 2',
    days: Object.entries(days).map(([day, workedMin]) => ({ day, workedMin })),
    ...extra,
  }
}

function month(overrides: Partial<MonthInput>): MonthInput {
  return {
    month: '2026-03',
    refundBase: 'stawka_minimalna',
    refundShareBp: 6000,
    rates: [{ validFrom: '2026-01-01', rateGr: 1220 }],
    minimumRates: MINIMUM,
    sheets: [],
    ...overrides,
  }
}

const ANNA: [number, string, string] = [1, 'Anna', 'Żak']

/** An independent half-up in BigInt: floor((2a + b) / 2b). */
const halfUp = (a: bigint, b: bigint) => Number((2n * a + b) / (2n * b))
const JAN: [number, string, string] = [2, 'Jan', 'Kowalski']

describe('computeMonth', () => {
  it('sums a person’s two assignments in the month, lists both positions and rounds once', () => {
    const result = computeMonth(
      month({
        sheets: [
          sheet(ANNA, { '2026-03-02': 150, '2026-03-03': 90 }),
          sheet(
            ANNA,
            { '2026-03-16': 240 },
            { positionType: 'goniec doręczyciel', workplace: 'Urząd Miejski' },
          ),
          sheet(JAN, { '2026-03-02': 240 }),
        ],
      }),
    )
    expect(result.persons.map((p) => p.lastName)).toEqual(['Kowalski', 'Żak'])
    const anna = result.persons[1]!
    expect(anna.workedMin).toBe(480)
    expect(anna.positions.map((p) => [p.positionType, p.workedMin])).toEqual([
      ['osoba sprzątająca', 240],
      ['goniec doręczyciel', 240],
    ])
    // 8 h × 12,20 zł = 97,60 zł; refund 60 % × 12,20 zł × 8 h = 58,56 zł.
    expect(anna.amountGr).toBe(9760)
    expect(anna.refundGr).toBe(5856)
    expect(result.sources).toHaveLength(3)
  })

  it('splits the minutes at a porozumienie rate change in the middle of the month', () => {
    const result = computeMonth(
      month({
        rates: [
          { validFrom: '2026-01-01', rateGr: 1220 },
          { validFrom: '2026-03-16', rateGr: 1305 },
        ],
        sheets: [sheet(ANNA, { '2026-03-13': 270, '2026-03-16': 150, '2026-03-17': 30 })],
      }),
    )
    const anna = result.persons[0]!
    expect(anna.rateParts).toEqual([
      { validFrom: '2026-01-01', rateGr: 1220, minutes: 270 },
      { validFrom: '2026-03-16', rateGr: 1305, minutes: 180 },
    ])
    // 4,5 h × 12,20 + 3 h × 13,05 = 54,90 + 39,15 = 94,05 zł
    expect(anna.amountGr).toBe(9405)
  })

  it('uses the rate in force in each month when the rate changes in the middle of a porozumienie', () => {
    const rates = [
      { validFrom: '2026-01-01', rateGr: 1220 },
      { validFrom: '2026-03-01', rateGr: 1400 },
    ]
    const feb = computeMonth(month({ month: '2026-02', rates, sheets: [sheet(ANNA, { '2026-02-10': 600 })] }))
    const mar = computeMonth(month({ rates, sheets: [sheet(ANNA, { '2026-03-10': 600 })] }))
    expect(feb.persons[0]!.amountGr).toBe(12_200)
    expect(mar.persons[0]!.amountGr).toBe(14_000)
    // The refund follows the minimum rate, not the porozumienie's: 60 % × 12,20 × 10 h both months.
    expect(feb.persons[0]!.refundGr).toBe(7320)
    expect(mar.persons[0]!.refundGr).toBe(7320)
  })

  it('splits the old-regime refund at a minimum-rate change (1 June) and rounds it once', () => {
    const result = computeMonth(
      month({
        month: '2024-05',
        rates: [{ validFrom: '2024-01-01', rateGr: 1300 }],
        sheets: [sheet(ANNA, { '2024-05-31': 90, '2024-06-01': 90 })],
      }),
    )
    const anna = result.persons[0]!
    expect(anna.minimumParts.map((p) => [p.rateGr, p.minutes])).toEqual([
      [1090, 90],
      [1220, 90],
    ])
    // 60 % × (1,5 h × 10,90 + 1,5 h × 12,20) = 60 % × 34,65 = 20,79 zł
    expect(anna.refundGr).toBe(2079)
  })

  it('never refunds more than was paid (the 60 % cap)', () => {
    const result = computeMonth(
      month({
        rates: [{ validFrom: '2026-01-01', rateGr: 500 }],
        sheets: [sheet(ANNA, { '2026-03-02': 600 })],
      }),
    )
    expect(result.persons[0]!.amountGr).toBe(5000)
    expect(result.persons[0]!.refundGr).toBe(5000)
  })

  it('takes a share of the amount paid when the porozumienie bases the refund on it', () => {
    const result = computeMonth(
      month({
        refundBase: 'stawka_wyplacona',
        refundShareBp: 5000,
        rates: [{ validFrom: '2026-01-01', rateGr: 1333 }],
        minimumRates: [],
        sheets: [sheet(ANNA, { '2026-03-02': 90 })],
      }),
    )
    // 1,5 h × 13,33 = 19,995 → 20,00 zł; half of it 10,00 zł.
    expect(result.persons[0]!.amountGr).toBe(2000)
    expect(result.persons[0]!.refundGr).toBe(1000)
  })

  it('rounds half-up at the grosz edge once for the whole person-month', () => {
    // 30 min at 0,01 zł = 0,5 gr → 1 gr, even though each 30-minute day alone is half a grosz.
    const one = computeMonth(
      month({ rates: [{ validFrom: '2026-01-01', rateGr: 1 }], sheets: [sheet(ANNA, { '2026-03-02': 30 })] }),
    )
    expect(one.persons[0]!.amountGr).toBe(1)
    const three = computeMonth(
      month({
        rates: [{ validFrom: '2026-01-01', rateGr: 1 }],
        sheets: [sheet(ANNA, { '2026-03-02': 30, '2026-03-03': 30, '2026-03-04': 30 })],
      }),
    )
    expect(three.persons[0]!.amountGr).toBe(2) // 1,5 gr → 2, not 3 × 1
  })

  it('rounds once per person-month, not per rate part, for the amount and the old-regime refund', () => {
    // 50 min at 13,05 zł = 1087,5 gr and 50 min at 12,21 zł = 1017,5 gr: 2105 gr together (per part: 2106).
    const result = computeMonth(
      month({
        month: '2024-05',
        rates: [
          { validFrom: '2024-01-01', rateGr: 1305 },
          { validFrom: '2024-05-20', rateGr: 1221 },
        ],
        minimumRates: [
          { validFrom: '2023-06-01', rateGr: 1091 },
          { validFrom: '2024-06-01', rateGr: 1221 },
        ],
        sheets: [sheet(ANNA, { '2024-05-06': 50, '2024-05-20': 25, '2024-06-03': 25 })],
      }),
    )
    const anna = result.persons[0]!
    expect(anna.rateParts.map((p) => [p.rateGr, p.minutes])).toEqual([
      [1305, 50],
      [1221, 50],
    ])
    expect(anna.amountGr).toBe(halfUp(50n * 1305n + 50n * 1221n, 60n))
    expect(anna.amountGr).toBe(2105)
    // Minimum parts: 75 min at 10,91 zł and 25 min at 12,21 zł; × 60 %: 818,25 + 305,25 = 1123,5 → 1124 gr
    // (per part: 818 + 305 = 1123).
    expect(anna.minimumParts.map((p) => [p.rateGr, p.minutes])).toEqual([
      [1091, 75],
      [1221, 25],
    ])
    expect(anna.refundGr).toBe(halfUp((75n * 1091n + 25n * 1221n) * 6000n, 600_000n))
    expect(anna.refundGr).toBe(1124)
  })

  it('agrees with a BigInt oracle that rounds once, on random months whose parts end in fractions of a grosz', () => {
    let seed = 11
    const next = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % max
    let perPartWouldDiffer = 0
    for (let round = 0; round < 300; round++) {
      const rates = [
        { validFrom: '2024-01-01', rateGr: 800 + next(1500) },
        { validFrom: `2024-05-${String(2 + next(27)).padStart(2, '0')}`, rateGr: 800 + next(1500) },
      ]
      const minimumRates = [
        { validFrom: '2023-06-01', rateGr: 800 + next(700) },
        { validFrom: '2024-06-01', rateGr: 800 + next(700) },
      ]
      const days: Record<string, number> = {}
      for (const day of ['2024-05-06', '2024-05-14', '2024-05-29', '2024-05-31', '2024-06-03'])
        days[day] = 1 + next(299) // any minute count: parts rarely come to whole grosze
      const anna = computeMonth(month({ month: '2024-05', rates, minimumRates, sheets: [sheet(ANNA, days)] }))
        .persons[0]!
      const parts = anna.rateParts.map((p) => BigInt(p.minutes) * BigInt(p.rateGr))
      const refundParts = anna.minimumParts.map((p) => BigInt(p.minutes) * BigInt(p.rateGr) * 6000n)
      const amount = halfUp(
        parts.reduce((a, b) => a + b, 0n),
        60n,
      )
      const refund = Math.min(
        halfUp(
          refundParts.reduce((a, b) => a + b, 0n),
          600_000n,
        ),
        amount,
      )
      expect([anna.amountGr, anna.refundGr]).toEqual([amount, refund])
      const perPart = parts.reduce((a, p) => a + halfUp(p, 60n), 0)
      if (perPart !== amount) perPartWouldDiffer++
    }
    // The data can tell the two roundings apart (else this test would prove nothing).
    expect(perPartWouldDiffer).toBeGreaterThan(20)
  })

  it('leaves out people with no hours but keeps their sheets in the stamp', () => {
    const result = computeMonth(month({ sheets: [sheet(ANNA, { '2026-03-02': 240 }), sheet(JAN, {})] }))
    expect(result.persons).toHaveLength(1)
    expect(result.sources).toHaveLength(2)
  })

  it('refuses a month with an open sheet, naming the person', () => {
    expect(() =>
      computeMonth(
        month({
          sheets: [
            sheet(ANNA, { '2026-03-02': 240 }),
            sheet(JAN, { '2026-03-02': 60 }, { status: 'otwarty' }),
          ],
        }),
      ),
    ).toThrow(/Nie można zamknąć miesiąca marzec 2026: 1 karta nie jest zamknięta — Kowalski Jan/)
  })

  it('refuses a month with no sheets at all', () => {
    expect(() => computeMonth(month({ sheets: [] }))).toThrow(/Brak kart ewidencji godzin za marzec 2026/)
  })

  it('refuses hours on a day with no rate in force', () => {
    expect(() =>
      computeMonth(
        month({
          rates: [{ validFrom: '2026-03-10', rateGr: 1220 }],
          sheets: [sheet(ANNA, { '2026-03-09': 240 })],
        }),
      ),
    ).toThrow('Anna Żak: godziny 09.03.2026, a porozumienie nie ma stawki obowiązującej tego dnia.')
  })

  it('refuses a rate of zero or below', () => {
    for (const rateGr of [0, -100]) {
      expect(() =>
        computeMonth(
          month({
            rates: [{ validFrom: '2026-01-01', rateGr }],
            sheets: [sheet(ANNA, { '2026-03-02': 60 })],
          }),
        ),
      ).toThrow(/stawka musi być większa od zera/)
    }
  })

  it('refuses an old-regime refund when no minimum rate is in force', () => {
    expect(() =>
      computeMonth(month({ minimumRates: [], sheets: [sheet(ANNA, { '2026-03-02': 60 })] })),
    ).toThrow(/brak stawki minimalnej obowiązującej 02.03.2026/)
  })

  it('agrees with an independent day-by-day BigInt calculation on random months', () => {
    let seed = 7
    const next = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % max
    for (let round = 0; round < 200; round++) {
      const rates = [
        { validFrom: '2026-01-01', rateGr: 800 + next(1500) },
        { validFrom: `2026-03-${String(2 + next(27)).padStart(2, '0')}`, rateGr: 800 + next(1500) },
      ]
      const minimumRates = [{ validFrom: '2020-01-01', rateGr: 800 + next(700) }]
      const sheets = Array.from({ length: 1 + next(4) }, (_, p) => {
        const days: Record<string, number> = {}
        for (let d = 1; d <= 31; d++)
          if (next(3) === 0) days[`2026-03-${String(d).padStart(2, '0')}`] = 30 * (1 + next(16))
        return sheet([p + 1, 'Osoba', `Nr${p}`], days)
      })
      const result = computeMonth(month({ rates, minimumRates, sheets }))
      for (const s of sheets) {
        let sixtieths = 0n
        let refundScaled = 0n
        let minutes = 0
        for (const d of s.days) {
          sixtieths += BigInt(d.workedMin) * BigInt(periodOn(rates, d.day)!.rateGr)
          refundScaled += BigInt(d.workedMin) * BigInt(minimumRates[0]!.rateGr) * 6000n
          minutes += d.workedMin
        }
        const amount = Number((2n * sixtieths + 60n) / 120n)
        const refund = Math.min(Number((2n * refundScaled + 600_000n) / 1_200_000n), amount)
        const person = result.persons.find((p) => p.participantId === s.participantId)
        if (minutes === 0) expect(person).toBeUndefined()
        else expect([person!.amountGr, person!.refundGr]).toEqual([amount, refund])
      }
    }
  })
})
