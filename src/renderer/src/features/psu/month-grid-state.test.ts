import { describe, expect, it } from 'vitest'
import type { CalendarDay, MonthSheet } from '@shared/psu-timesheets.schema'
import { monthDates, isoWeekday } from '@shared/psu-calendar'
import { absenceForKey, checkRow, copyPreviousWeek, isDirty, readCell, rowOf } from './month-grid-state'

const days: CalendarDay[] = monthDates('2026-06').map((date) => {
  const weekday = isoWeekday(date)
  const holiday = date === '2026-06-04' ? 'Boże Ciało' : null
  return { date, weekday, holiday, dayOff: weekday >= 6 || holiday !== null }
})

function sheet(overrides: Partial<MonthSheet> = {}): MonthSheet {
  return {
    assignmentId: 1,
    timesheetId: null,
    participantId: 1,
    participantName: 'Kowalski Jan',
    workplaceName: 'Szkoła',
    positionName: 'osoba sprzątająca',
    porozumienieNumber: 'PSU/1',
    regime: 'stary',
    limits: { weeklyLimitMin: 600, monthlyLimitMin: 2400 },
    activeFrom: '2026-06-01',
    activeTo: '2026-06-30',
    status: 'otwarty',
    version: 0,
    entries: [{ date: '2026-06-01', minutes: 240, absence: null }],
    context: { otherMinutesByWeek: {}, otherMinutesInMonth: 0 },
    previousWeek: [
      { date: '2026-05-25', minutes: 240 },
      { date: '2026-05-27', minutes: 180 },
      { date: '2026-05-28', minutes: 180 },
    ],
    ...overrides,
  }
}

describe('cells', () => {
  it('reads hours, half hours and absence marks; refuses the rest in Polish', () => {
    expect(readCell('3,5')).toEqual({ ok: true, minutes: 210, absence: null })
    expect(readCell('Ch')).toEqual({ ok: true, minutes: 0, absence: 'choroba' })
    expect(readCell('n')).toEqual({ ok: true, minutes: 0, absence: 'nieusprawiedliwiona' })
    expect(readCell('3,2')).toMatchObject({ ok: false, message: expect.stringMatching(/połówkach/) })
    expect(absenceForKey('U')).toBe('usprawiedliwiona')
    expect(absenceForKey('x')).toBeNull()
  })

  it('knows unsaved changes and checks the row as the user types', () => {
    const row = rowOf(sheet())
    expect(row.cells).toEqual({ '2026-06-01': '4' })
    expect(isDirty(row)).toBe(false)
    const typed = { ...row, cells: { ...row.cells, '2026-06-02': '4', '2026-06-03': '2' } }
    expect(isDirty(typed)).toBe(true)
    const reached = checkRow(typed, '2026-06', days)
    expect(reached.canSave).toBe(true)
    expect(reached.check.issues[0]!.message).toMatch(/osiągnięty limit tygodniowy/)
    const over = checkRow({ ...typed, cells: { ...typed.cells, '2026-06-05': '0,5' } }, '2026-06', days)
    expect(over.canSave).toBe(false)
    const bad = checkRow({ ...typed, cells: { ...typed.cells, '2026-06-05': 'x' } }, '2026-06', days)
    expect(bad.cellErrors).toEqual({ '2026-06-05': expect.stringMatching(/nie jest liczbą godzin/) })
    expect(bad.canSave).toBe(false)
  })
})

describe('copyPreviousWeek', () => {
  it('copies the week before into the focused week, skipping holidays and using last month’s days', () => {
    const row = rowOf(sheet({ entries: [] }))
    // Week 1–7 June: Monday 4 h, Wednesday 3 h from May; Thursday 4 June is Corpus Christi.
    const first = copyPreviousWeek(row, days, '2026-06-03')
    expect(first).toEqual({
      '2026-06-01': '4',
      '2026-06-02': '',
      '2026-06-03': '3',
      '2026-06-05': '',
    })
    const second = copyPreviousWeek({ ...row, cells: { ...first, '2026-06-05': '2' } }, days, '2026-06-10')
    expect(second).toMatchObject({
      '2026-06-08': '4',
      '2026-06-10': '3',
      '2026-06-11': '',
      '2026-06-12': '2',
    })
  })

  it('leaves days outside the assignment alone', () => {
    const row = rowOf(sheet({ entries: [], activeTo: '2026-06-09' }))
    const cells = copyPreviousWeek(
      { ...row, cells: { '2026-06-01': '4', '2026-06-03': '3' } },
      days,
      '2026-06-08',
    )
    expect(cells).toEqual({ '2026-06-01': '4', '2026-06-03': '3', '2026-06-08': '4', '2026-06-09': '' })
  })
})
