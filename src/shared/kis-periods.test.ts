import { describe, expect, it } from 'vitest'
import { addDays, addMonthsClamped, daysBetween, isGraduate, sixMonthsReachedOn } from './kis-periods'

describe('graduate: participation of six months or longer', () => {
  it('counts exactly six calendar months as a graduate', () => {
    expect(isGraduate('2026-01-15', '2026-07-15')).toBe(true)
    expect(isGraduate('2025-09-01', '2026-03-01')).toBe(true)
  })

  it('does not count one day short of six months', () => {
    expect(isGraduate('2026-01-15', '2026-07-14')).toBe(false)
    expect(isGraduate('2025-09-01', '2026-02-28')).toBe(false)
  })

  it('does not count five months and thirty days', () => {
    // 01.03 + 5 months = 01.08, + 30 days = 31.08; six months would be 01.09.
    expect(addDays(addMonthsClamped('2026-03-01', 5), 30)).toBe('2026-08-31')
    expect(isGraduate('2026-03-01', '2026-08-31')).toBe(false)
    expect(isGraduate('2026-03-01', '2026-09-01')).toBe(true)
  })

  it('counts longer participations, across a year boundary', () => {
    expect(isGraduate('2025-10-20', '2026-06-30')).toBe(true)
    expect(isGraduate('2025-10-20', '2026-04-19')).toBe(false)
    expect(isGraduate('2025-10-20', '2026-04-20')).toBe(true)
  })

  it('clamps a month-end start to the end of a shorter month (31.08 → 28.02, or 29.02 in a leap year)', () => {
    expect(sixMonthsReachedOn('2025-08-31')).toBe('2026-02-28')
    expect(isGraduate('2025-08-31', '2026-02-28')).toBe(true)
    expect(isGraduate('2025-08-31', '2026-02-27')).toBe(false)
    expect(sixMonthsReachedOn('2023-08-31')).toBe('2024-02-29')
    expect(isGraduate('2023-08-31', '2024-02-28')).toBe(false)
    expect(isGraduate('2023-08-31', '2024-02-29')).toBe(true)
  })

  it('handles starts on 29–31 of a month and on a leap day', () => {
    expect(sixMonthsReachedOn('2025-12-31')).toBe('2026-06-30')
    expect(sixMonthsReachedOn('2025-12-30')).toBe('2026-06-30')
    expect(sixMonthsReachedOn('2025-12-29')).toBe('2026-06-29')
    expect(sixMonthsReachedOn('2024-02-29')).toBe('2024-08-29')
    expect(sixMonthsReachedOn('2025-03-31')).toBe('2025-09-30')
  })

  it('never counts a participation that ended the day it started', () => {
    expect(isGraduate('2026-02-02', '2026-02-02')).toBe(false)
  })
})

describe('calendar helpers', () => {
  it('adds months forwards and backwards across years', () => {
    expect(addMonthsClamped('2026-11-15', 3)).toBe('2027-02-15')
    expect(addMonthsClamped('2026-01-31', -2)).toBe('2025-11-30')
    expect(addMonthsClamped('2026-05-31', -3)).toBe('2026-02-28')
  })

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-03-10', 14)).toBe('2026-03-24')
  })

  it('counts whole days between dates, across the spring DST change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9)
  })
})
