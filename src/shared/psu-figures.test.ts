import { describe, expect, it } from 'vitest'
import { allocateProportionally, positionsByType, receivedShares } from './psu-figures'

describe('allocateProportionally', () => {
  it('splits a total exactly by weights, the remainder to the largest fractions', () => {
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocateProportionally(87_837, [29_280, 29_280, 29_280])).toEqual([29_279, 29_279, 29_279])
    expect(allocateProportionally(10, [0, 0])).toEqual([5, 5])
    expect(allocateProportionally(0, [])).toEqual([])
  })
})

describe('receivedShares', () => {
  it('spreads each received request over its items by their refunds, and nothing for one not received', () => {
    const items = [
      { id: 1, refundGr: 29_280, requestId: 10 },
      { id: 2, refundGr: 14_640, requestId: 10 },
      { id: 3, refundGr: 5_000, requestId: 11 },
      { id: 4, refundGr: 7_000, requestId: null },
    ]
    const shares = receivedShares(items, [
      { id: 10, receivedGr: 40_000 },
      { id: 11, receivedGr: null },
    ])
    expect([...shares.entries()]).toEqual([
      [1, 26_667],
      [2, 13_333],
    ])
  })
})

describe('positionsByType', () => {
  it('counts each position once, most common type first', () => {
    expect(
      positionsByType([
        { positionId: 1, positionType: 'goniec' },
        { positionId: 2, positionType: 'osoba sprzątająca' },
        { positionId: 3, positionType: 'osoba sprzątająca' },
        { positionId: 2, positionType: 'osoba sprzątająca' },
      ]),
    ).toEqual([
      { positionType: 'osoba sprzątająca', positions: 2 },
      { positionType: 'goniec', positions: 1 },
    ])
  })
})
