import { describe, expect, it } from 'vitest'
import { checkDayMinutes, formatHours, formatHoursUnit, parseHours } from './psu-hours'

describe('parseHours', () => {
  it.each([
    ['', 0],
    ['4', 240],
    [' 4 ', 240],
    ['3,5', 210],
    ['3.5', 210],
    ['3:30', 210],
    ['0', 0],
    ['24', 1440],
    ['0,5', 30],
    ['10,50', 630],
    ['4,', 240],
  ])('reads %j as %i minutes', (typed, minutes) => {
    expect(parseHours(typed)).toEqual({ ok: true, minutes })
  })

  it.each([
    ['3,25', /połówkach/],
    ['3:15', /połówkach/],
    ['25', /od 0 do 24/],
    ['24,5', /od 0 do 24/],
    ['-1', /nie jest liczbą godzin/],
    ['abc', /nie jest liczbą godzin/],
    ['3:75', /nie jest poprawną liczbą/],
    ['1e1', /nie jest liczbą godzin/],
  ])('refuses %j in Polish', (typed, message) => {
    const result = parseHours(typed)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})

describe('checkDayMinutes and formatting', () => {
  it('accepts whole and half hours from 0 to 24 only', () => {
    expect(checkDayMinutes(0)).toBeNull()
    expect(checkDayMinutes(1440)).toBeNull()
    expect(checkDayMinutes(1470)).toMatch(/od 0 do 24/)
    expect(checkDayMinutes(-30)).toMatch(/od 0 do 24/)
    expect(checkDayMinutes(45)).toMatch(/połówkach/)
    expect(checkDayMinutes(30.5)).toMatch(/od 0 do 24/)
  })

  it('shows hours with a decimal comma', () => {
    expect(formatHours(240)).toBe('4')
    expect(formatHours(210)).toBe('3,5')
    expect(formatHours(0)).toBe('0')
    expect(formatHoursUnit(2430)).toBe('40,5 h')
  })
})
