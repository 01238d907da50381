import { describe, expect, it } from 'vitest'
import {
  addDays,
  formatMonth,
  isMonthKey,
  isoWeekday,
  lastDayOf,
  monthDates,
  rangesOverlap,
  shiftMonth,
  weekStartOf,
} from './psu-calendar'

describe('psu calendar arithmetic', () => {
  it('knows weekdays and Monday-based weeks across month and year ends', () => {
    expect(isoWeekday('2026-06-01')).toBe(1)
    expect(isoWeekday('2026-06-07')).toBe(7)
    expect(weekStartOf('2026-06-07')).toBe('2026-06-01')
    expect(weekStartOf('2026-07-01')).toBe('2026-06-29')
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
  })

  it('lists month days and shifts months over the year end', () => {
    expect(monthDates('2024-02')).toHaveLength(29)
    expect(lastDayOf('2026-04')).toBe('2026-04-30')
    expect(shiftMonth('2025-12', 1)).toBe('2026-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(formatMonth('2026-06')).toBe('czerwiec 2026')
    expect(isMonthKey('2026-13')).toBe(false)
    expect(isMonthKey('2026-06')).toBe(true)
    expect(isMonthKey('9999-01')).toBe(false)
    expect(isMonthKey('1899-12')).toBe(false)
    expect(isMonthKey('2999-12')).toBe(true)
  })

  it('treats date ranges as closed (a shared last day overlaps)', () => {
    expect(rangesOverlap('2026-01-01', '2026-01-31', '2026-01-31', '2026-02-28')).toBe(true)
    expect(rangesOverlap('2026-01-01', '2026-01-30', '2026-01-31', '2026-02-28')).toBe(false)
  })
})
