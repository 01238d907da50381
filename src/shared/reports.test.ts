import { describe, expect, it } from 'vitest'
import {
  FIGURES,
  FIGURE_IDS,
  formatFigure,
  formatFte,
  formatMinutesAsHours,
  formatPeriod,
  formatShare,
  formatWorkingTime,
  sharePercent,
  shiftRangeByYears,
} from './reports'

describe('shares in whole percent, "ok. 52%"', () => {
  it('rounds half up exactly at the .5 edge', () => {
    expect(sharePercent(1, 8)).toBe(13) // 12,5 %
    expect(sharePercent(3, 8)).toBe(38) // 37,5 %
    expect(sharePercent(1, 200)).toBe(1) // 0,5 %
    expect(sharePercent(29, 200)).toBe(15) // 14,5 % (0.145 * 100 is 14.499… in floating point)
    expect(sharePercent(57, 200)).toBe(29) // 28,5 %
  })

  it('rounds below .5 down and above it up', () => {
    expect(sharePercent(1, 3)).toBe(33) // 33,33 %
    expect(sharePercent(2, 3)).toBe(67) // 66,67 %
    expect(sharePercent(5, 9)).toBe(56) // 55,56 %
    expect(sharePercent(249, 1000)).toBe(25) // 24,9 %
    expect(sharePercent(1249, 10000)).toBe(12) // 12,49 %
  })

  it('writes the share as the office does, and a dash when there is nothing to share', () => {
    expect(formatShare(26, 50)).toBe('ok. 52%')
    expect(formatShare(0, 9)).toBe('ok. 0%')
    expect(formatShare(9, 9)).toBe('ok. 100%')
    expect(formatShare(0, 0)).toBe('—')
  })
})

describe('figure formatting', () => {
  it('shows hours with a decimal comma and money in złoty', () => {
    expect(formatMinutesAsHours(13_050)).toBe('217,5\u00a0h')
    expect(formatMinutesAsHours(960)).toBe('16\u00a0h')
    expect(formatMinutesAsHours(25)).toBe('0,42\u00a0h')
    expect(formatFigure('grosze', 291_050)).toBe('2\u00a0910,50\u00a0zł')
    expect(formatFigure('osoby', 9)).toBe('9')
  })

  it('names a whole calendar year "rok 2025" and any other period by its dates', () => {
    expect(formatPeriod('2025-01-01', '2025-12-31')).toBe('rok 2025')
    expect(formatPeriod('2025-03-01', '2025-08-31')).toBe('01.03.2025–31.08.2025')
  })

  it('moves a period whole years back, 29 February to 28 February in a common year', () => {
    expect(shiftRangeByYears({ from: '2024-02-29', to: '2024-12-31' }, 1)).toEqual({
      from: '2023-02-28',
      to: '2023-12-31',
    })
    expect(shiftRangeByYears({ from: '2025-03-01', to: '2025-08-31' }, 2)).toEqual({
      from: '2023-03-01',
      to: '2023-08-31',
    })
  })

  it('writes working time as a post or hours a month', () => {
    expect(formatFte(1000)).toBe('1 etat')
    expect(formatFte(500)).toBe('0,5 etatu')
    expect(formatFte(1500)).toBe('1,5 etatu')
    expect(formatWorkingTime(250, 1200)).toBe('0,25 etatu, 20\u00a0h miesięcznie')
  })
})

describe('figure definitions', () => {
  it('gives every figure a label and a definition to show beside it', () => {
    for (const id of FIGURE_IDS) {
      expect(FIGURES[id].label.length, id).toBeGreaterThan(5)
      expect(FIGURES[id].definition.length, id).toBeGreaterThan(20)
    }
  })
})
