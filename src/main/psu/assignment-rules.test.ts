import { describe, expect, it } from 'vitest'
import { findOverCapacity, findOverlap, isWithin, peakOccupancy, type Span } from './assignment-rules'

const span = (id: number, dateFrom: string, dateTo: string): Span => ({ id, dateFrom, dateTo })

describe('findOverlap (one person)', () => {
  const existing = [span(1, '2026-01-01', '2026-03-31'), span(2, '2026-06-01', '2026-08-31')]

  it('allows assignments one after another, even on the next day', () => {
    expect(findOverlap(span(0, '2026-04-01', '2026-05-31'), existing)).toBeNull()
  })

  it('finds an overlap of a single shared day', () => {
    expect(findOverlap(span(0, '2026-03-31', '2026-04-30'), existing)).toEqual(existing[0])
    expect(findOverlap(span(0, '2026-05-01', '2026-06-01'), existing)).toEqual(existing[1])
  })

  it('finds the earliest overlap when the candidate covers several', () => {
    expect(findOverlap(span(0, '2025-12-01', '2026-12-31'), existing)).toEqual(existing[0])
  })

  it('ignores the assignment itself when it is being edited', () => {
    expect(findOverlap(span(1, '2026-01-15', '2026-04-15'), existing)).toBeNull()
  })
})

describe('findOverCapacity (one position)', () => {
  it('allows as many people as places on every day', () => {
    const others = [span(1, '2026-01-01', '2026-01-31'), span(2, '2026-02-01', '2026-02-28')]
    expect(findOverCapacity(span(0, '2026-01-15', '2026-02-15'), others, 2)).toBeNull()
  })

  it('names the first day with too many people', () => {
    const others = [span(1, '2026-01-01', '2026-01-31'), span(2, '2026-01-20', '2026-02-28')]
    expect(findOverCapacity(span(0, '2026-01-10', '2026-02-15'), others, 2)).toEqual({
      date: '2026-01-20',
      count: 3,
    })
    expect(findOverCapacity(span(0, '2026-01-10', '2026-02-15'), others, 3)).toBeNull()
  })

  it('counts people leaving: a place freed on the 15th can be taken on the 16th', () => {
    const others = [span(1, '2026-01-01', '2026-01-15')]
    expect(findOverCapacity(span(0, '2026-01-16', '2026-01-31'), others, 1)).toBeNull()
    expect(findOverCapacity(span(0, '2026-01-15', '2026-01-31'), others, 1)).toEqual({
      date: '2026-01-15',
      count: 2,
    })
  })

  it('ignores the assignment itself when it is being edited', () => {
    expect(
      findOverCapacity(span(1, '2026-01-01', '2026-02-15'), [span(1, '2026-01-01', '2026-01-15')], 1),
    ).toBeNull()
  })
})

describe('peakOccupancy and isWithin', () => {
  it('finds the busiest day of a position (for lowering its places)', () => {
    const spans = [
      span(1, '2026-01-01', '2026-01-31'),
      span(2, '2026-01-20', '2026-02-28'),
      span(3, '2026-01-25', '2026-01-26'),
    ]
    expect(peakOccupancy(spans)).toEqual({ date: '2026-01-25', count: 3 })
    expect(peakOccupancy(spans, { from: '2026-02-01', to: '2026-12-31' })).toEqual({
      date: '2026-02-01',
      count: 1,
    })
    expect(peakOccupancy([])).toBeNull()
  })

  it('keeps an assignment inside its porozumienie, both ends included', () => {
    const period = { from: '2026-01-01', to: '2026-12-31' }
    expect(isWithin(span(0, '2026-01-01', '2026-12-31'), period)).toBe(true)
    expect(isWithin(span(0, '2025-12-31', '2026-06-30'), period)).toBe(false)
    expect(isWithin(span(0, '2026-06-01', '2027-01-01'), period)).toBe(false)
  })
})
