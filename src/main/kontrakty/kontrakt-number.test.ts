import { describe, expect, it } from 'vitest'
import { nextKontraktNumber } from './kontrakt-number'

describe('kontrakt numbering', () => {
  it('starts each year at 1', () => {
    expect(nextKontraktNumber('KS', '2026-03-05', [])).toEqual({ year: 2026, seq: 1, number: 'KS/1/2026' })
  })

  it('continues the sequence of the same year', () => {
    const taken = [
      { year: 2026, seq: 1 },
      { year: 2026, seq: 11 },
      { year: 2026, seq: 4 },
    ]
    expect(nextKontraktNumber('KS', '2026-07-01', taken).number).toBe('KS/12/2026')
  })

  it('starts again at 1 across a year boundary, and still continues a late entry in the old year', () => {
    const taken = [
      { year: 2025, seq: 36 },
      { year: 2025, seq: 37 },
    ]
    expect(nextKontraktNumber('KS', '2025-12-31', taken).number).toBe('KS/38/2025')
    expect(nextKontraktNumber('KS', '2026-01-01', taken).number).toBe('KS/1/2026')
    const afterNewYear = [...taken, { year: 2026, seq: 1 }]
    expect(nextKontraktNumber('KS', '2026-01-02', afterNewYear).number).toBe('KS/2/2026')
    expect(nextKontraktNumber('KS', '2025-12-30', afterNewYear).number).toBe('KS/38/2025')
  })

  it('uses the configured prefix as typed', () => {
    expect(nextKontraktNumber('OPS.KIS/KS', '2026-02-01', []).number).toBe('OPS.KIS/KS/1/2026')
  })
})
