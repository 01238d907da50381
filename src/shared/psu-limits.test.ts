import { describe, expect, it } from 'vitest'
import { checkSheet, NO_OTHER_HOURS, type SheetEntry, type SheetFrame } from './psu-limits'

/** June 2026: Monday 1 June; Corpus Christi on Thursday 4 June. */
function frame(overrides: Partial<SheetFrame> = {}): SheetFrame {
  return {
    month: '2026-06',
    limits: { weeklyLimitMin: 600, monthlyLimitMin: 2400 },
    context: NO_OTHER_HOURS,
    activeFrom: '2026-06-01',
    activeTo: '2026-06-30',
    days: [
      { date: '2026-06-04', dayOff: true, holiday: 'Boże Ciało' },
      { date: '2026-06-06', dayOff: true, holiday: null },
    ],
    ...overrides,
  }
}

const h = (date: string, hours: number): SheetEntry => ({ date, minutes: hours * 60, absence: null })

describe('old regime: 10 hours a week, the porozumienie’s monthly limit', () => {
  it('accepts a normal week and adds up weeks and the month', () => {
    const check = checkSheet(frame(), [h('2026-06-01', 4), h('2026-06-03', 3.5), h('2026-06-05', 2)])
    expect(check.canSave).toBe(true)
    expect(check.issues).toEqual([])
    expect(check.monthMinutes).toBe(570)
    expect(check.weeks[0]).toMatchObject({
      start: '2026-06-01',
      from: '2026-06-01',
      to: '2026-06-07',
      minutes: 570,
      status: 'ok',
    })
    expect(check.weeks).toHaveLength(5)
    expect(check.weeks.at(-1)).toMatchObject({ start: '2026-06-29', from: '2026-06-29', to: '2026-06-30' })
  })

  it('warns when a week reaches 10 hours, before it passes them', () => {
    const check = checkSheet(frame(), [h('2026-06-01', 4), h('2026-06-03', 4), h('2026-06-05', 2)])
    expect(check.canSave).toBe(true)
    expect(check.weeks[0]!.status).toBe('reached')
    expect(check.issues).toEqual([
      { level: 'warning', message: 'Tydzień 01.06–07.06: 10 h — osiągnięty limit tygodniowy 10 h.' },
    ])
  })

  it('refuses a week over 10 hours', () => {
    const check = checkSheet(frame(), [h('2026-06-01', 4), h('2026-06-03', 4), h('2026-06-05', 2.5)])
    expect(check.canSave).toBe(false)
    expect(check.weeks[0]!.status).toBe('over')
    expect(check.issues[0]).toEqual({
      level: 'error',
      message: 'Tydzień 01.06–07.06: 10,5 h — więcej niż limit 10 h tygodniowo.',
    })
  })

  it('counts the same week’s hours from the previous month’s sheet', () => {
    // Week 29 June – 5 July: 6 h already on the June sheet.
    const july = frame({
      month: '2026-07',
      activeFrom: '2026-07-01',
      activeTo: '2026-07-31',
      days: [],
      context: { otherMinutesByWeek: { '2026-06-29': 360 }, otherMinutesInMonth: 0 },
    })
    expect(checkSheet(july, [h('2026-07-01', 4)]).weeks[0]).toMatchObject({
      start: '2026-06-29',
      from: '2026-07-01',
      minutes: 240,
      totalMinutes: 600,
      status: 'reached',
    })
    const over = checkSheet(july, [h('2026-07-01', 4.5)])
    expect(over.canSave).toBe(false)
    expect(over.issues[0]!.message).toBe(
      'Tydzień 29.06–05.07: 10,5 h (w tym 6 h z innej karty) — więcej niż limit 10 h tygodniowo.',
    )
  })

  it('warns at the monthly limit and refuses past it, other sheets of the person included', () => {
    const weeks = ['01', '08', '15', '22'].flatMap((d) => [
      h(`2026-06-${d}`, 5),
      h(`2026-06-${String(Number(d) + 2).padStart(2, '0')}`, 5),
    ])
    const atLimit = checkSheet(frame(), weeks)
    expect(atLimit.monthMinutes).toBe(2400)
    expect(atLimit.monthStatus).toBe('reached')
    expect(atLimit.issues.map((i) => i.message)).toContain(
      'Miesiąc: 40 h — osiągnięty limit miesięczny z porozumienia (40 h).',
    )
    expect(atLimit.canSave).toBe(true)

    const pastLimit = checkSheet(frame(), [...weeks, h('2026-06-29', 0.5)])
    expect(pastLimit.canSave).toBe(false)
    expect(pastLimit.monthStatus).toBe('over')
    expect(pastLimit.issues.at(-1)!.message).toBe(
      'Miesiąc: 40,5 h — więcej niż 40 h miesięcznie z porozumienia.',
    )

    const withOther = checkSheet(frame({ context: { otherMinutesByWeek: {}, otherMinutesInMonth: 600 } }), [
      h('2026-06-22', 5),
      h('2026-06-24', 5),
      h('2026-06-29', 5),
      h('2026-06-30', 5),
      h('2026-06-15', 10),
      h('2026-06-08', 1),
    ])
    expect(withOther.monthTotalMinutes).toBe(2460)
    expect(withOther.issues.at(-1)!.message).toMatch(/^Miesiąc: 41 h \(w tym 10 h z innej karty\)/)
  })
})

describe('new regime: the porozumienie’s values', () => {
  it('has no weekly check when the porozumienie sets none, only the monthly limit', () => {
    const check = checkSheet(frame({ limits: { weeklyLimitMin: null, monthlyLimitMin: 3000 } }), [
      h('2026-06-01', 8),
      h('2026-06-02', 8),
      h('2026-06-03', 8),
    ])
    expect(check.canSave).toBe(true)
    expect(check.weeks[0]!.status).toBe('ok')
    expect(check.issues).toEqual([])
  })

  it('applies whatever weekly limit the porozumienie sets', () => {
    const limits = { weeklyLimitMin: 900, monthlyLimitMin: 3600 }
    expect(checkSheet(frame({ limits }), [h('2026-06-01', 15)]).weeks[0]!.status).toBe('reached')
    expect(checkSheet(frame({ limits }), [h('2026-06-01', 15.5)]).canSave).toBe(false)
  })
})

describe('days', () => {
  it('refuses hours outside the assignment, not in half-hour steps, over 24, or beside an absence', () => {
    const check = checkSheet(frame({ activeFrom: '2026-06-10', activeTo: '2026-06-20' }), [
      h('2026-06-09', 2),
      { date: '2026-06-11', minutes: 45, absence: null },
      { date: '2026-06-12', minutes: 1500, absence: null },
      { date: '2026-06-15', minutes: 60, absence: 'choroba' },
      { date: '2026-06-21', minutes: 0, absence: 'nieusprawiedliwiona' },
      h('2026-07-01', 1),
    ])
    expect(check.canSave).toBe(false)
    expect(check.issues.map((i) => i.message)).toEqual([
      '09.06: ten dzień jest poza okresem przydziału — nie można wpisać godzin ani nieobecności.',
      '11.06: Godziny wpisuje się w pełnych godzinach lub połówkach (np. 3,5).',
      '12.06: Liczba godzin w dniu musi wynosić od 0 do 24.',
      '15.06: dzień z nieobecnością nie może mieć przepracowanych godzin.',
      '21.06: ten dzień jest poza okresem przydziału — nie można wpisać godzin ani nieobecności.',
      'Dzień 01.07 nie należy do tego miesiąca.',
    ])
  })

  it('accepts empty days outside the assignment and absences inside it', () => {
    const check = checkSheet(frame({ activeFrom: '2026-06-10' }), [
      { date: '2026-06-02', minutes: 0, absence: null },
      { date: '2026-06-10', minutes: 0, absence: 'choroba' },
    ])
    expect(check).toMatchObject({ canSave: true, issues: [], monthMinutes: 0 })
  })

  it('warns (not refuses) about hours on a holiday or weekend', () => {
    const check = checkSheet(frame(), [h('2026-06-04', 2), h('2026-06-06', 1)])
    expect(check.canSave).toBe(true)
    expect(check.issues).toEqual([
      { level: 'warning', date: '2026-06-04', message: '04.06: godziny w dniu wolnym (Boże Ciało).' },
      { level: 'warning', date: '2026-06-06', message: '06.06: godziny w dniu wolnym (weekend).' },
    ])
  })

  it('refuses the same day twice', () => {
    expect(checkSheet(frame(), [h('2026-06-02', 1), h('2026-06-02', 2)]).issues[0]!.message).toBe(
      'Dzień 02.06 wpisano dwa razy.',
    )
  })
})
