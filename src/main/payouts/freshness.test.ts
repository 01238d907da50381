import { describe, expect, it } from 'vitest'
import { amountChanges, describeAmountChanges, sheetChanges, type CurrentSheet } from './freshness'

const stamps = [
  { timesheetId: 1, version: 1 },
  { timesheetId: 2, version: 3 },
]
const current = (over: Partial<Record<number, Partial<CurrentSheet>>> = {}): CurrentSheet[] =>
  [
    { timesheetId: 1, version: 1, status: 'zamkniety' as const, label: 'Żak Anna (osoba sprzątająca)' },
    { timesheetId: 2, version: 3, status: 'zamkniety' as const, label: 'Kowalski Jan (goniec doręczyciel)' },
  ].map((s) => ({ ...s, ...over[s.timesheetId] }))

describe('sheetChanges (out-of-date marking)', () => {
  it('finds nothing while every sheet is at the version the list was computed from', () => {
    expect(sheetChanges(stamps, current())).toEqual([])
  })

  it('marks a month reopened since the list was computed', () => {
    expect(sheetChanges(stamps, current({ 2: { status: 'otwarty', version: 4 } }))).toEqual([
      'Karta: Kowalski Jan (goniec doręczyciel) została ponownie otwarta po policzeniu listy.',
    ])
  })

  it('marks a sheet reopened, changed and locked again (same status, higher version)', () => {
    expect(sheetChanges(stamps, current({ 1: { version: 3 } }))).toEqual([
      'Karta: Żak Anna (osoba sprzątająca) była ponownie otwarta i zamknięta po policzeniu listy.',
    ])
  })

  it('marks a sheet added to the month, locked or still open', () => {
    const added: CurrentSheet[] = [
      ...current(),
      { timesheetId: 9, version: 1, status: 'zamkniety', label: 'Nowak Ewa (pomoc kuchni)' },
      { timesheetId: 10, version: 0, status: 'otwarty', label: 'Lis Olga (opiekun)' },
    ]
    expect(sheetChanges(stamps, added)).toEqual([
      'Nowa zamknięta karta: Nowak Ewa (pomoc kuchni).',
      'Nowa karta (jeszcze otwarta): Lis Olga (opiekun).',
    ])
  })

  it('marks a sheet that no longer belongs to the month', () => {
    expect(sheetChanges(stamps, current().slice(0, 1))).toEqual([
      'Karta nr 2 nie należy już do tego miesiąca.',
    ])
  })
})

describe('amountChanges', () => {
  const before = [
    { participantId: 1, name: 'Żak Anna', amountGr: 48_800, refundGr: 29_280 },
    { participantId: 2, name: 'Kowalski Jan', amountGr: 12_200, refundGr: 7320 },
  ]

  it('lists only the people whose amount or refund differs, old and new', () => {
    const after = [
      { participantId: 1, name: 'Żak Anna', amountGr: 52_000, refundGr: 29_280 },
      { participantId: 2, name: 'Kowalski Jan', amountGr: 12_200, refundGr: 7320 },
      { participantId: 3, name: 'Nowak Ewa', amountGr: 100, refundGr: 60 },
    ]
    const changes = amountChanges(before, after)
    expect(changes).toEqual([
      {
        participantId: 1,
        name: 'Żak Anna',
        oldAmountGr: 48_800,
        newAmountGr: 52_000,
        oldRefundGr: 29_280,
        newRefundGr: 29_280,
      },
      {
        participantId: 3,
        name: 'Nowak Ewa',
        oldAmountGr: null,
        newAmountGr: 100,
        oldRefundGr: null,
        newRefundGr: 60,
      },
    ])
    expect(describeAmountChanges(changes)).toBe(
      'Przy obecnych stawkach kwoty różnią się u 2 osób: Żak Anna 488,00 zł → 520,00 zł; Nowak Ewa — → 1,00 zł.'.replace(
        / zł/g,
        '\u00a0zł',
      ),
    )
  })

  it('finds no change for the same amounts', () => {
    expect(amountChanges(before, before)).toEqual([])
  })
})
