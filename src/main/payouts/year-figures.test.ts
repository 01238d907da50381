import { describe, expect, it } from 'vitest'
import { yearFigures, type YearItem } from './year-figures'

const cleaning = { positionId: 1, positionType: 'osoba sprzątająca' }
const cleaning2 = { positionId: 2, positionType: 'osoba sprzątająca' }
const courier = { positionId: 3, positionType: 'goniec doręczyciel' }

let nextId = 0

function item(month: string, participantId: number, over: Partial<YearItem> = {}): YearItem {
  nextId += 1
  return {
    id: nextId,
    month,
    participantId,
    positions: [cleaning],
    workedMin: 2400,
    amountGr: 48_800,
    paidOn: `${month}-28`,
    refundGr: 29_280,
    requestId: null,
    ...over,
  }
}

describe('yearFigures', () => {
  it('counts persons and positions once in the year and sums money per month', () => {
    const figures = yearFigures(
      2026,
      [
        item('2026-01', 1, { requestId: 10 }),
        item('2026-01', 2, { positions: [courier, cleaning2], requestId: 10 }),
        item('2026-02', 1, { requestId: 10, paidOn: null }),
        item('2025-12', 3, { requestId: 10 }),
      ],
      [{ id: 10, receivedGr: 4 * 29_280 - 3 }],
    )
    expect(figures.months).toHaveLength(12)
    expect(figures.months[0]).toMatchObject({
      month: '2026-01',
      persons: 2,
      positions: 3,
      workedMin: 4800,
      paidGr: 97_600,
    })
    expect(figures.months[1]).toMatchObject({ persons: 1, positions: 1, paidGr: 0, amountGr: 48_800 })
    expect(figures.months[2]).toMatchObject({ persons: 0, workedMin: 0, refundReceivedGr: 0 })
    expect(figures.total).toMatchObject({
      persons: 2,
      positions: 3,
      workedMin: 7200,
      amountGr: 146_400,
      paidGr: 97_600,
      refundDueGr: 87_840,
      refundRequestedGr: 87_840,
    })
    // The request covered December 2025 too: the year gets its three quarters of what the PUP paid, to the grosz.
    const received = figures.months.reduce((a, m) => a + m.refundReceivedGr, 0)
    expect(received).toBe(figures.total.refundReceivedGr)
    expect(figures.total.refundReceivedGr).toBe(3 * 29_280 - 2)
    expect(figures.positionsByType).toEqual([
      { positionType: 'osoba sprzątająca', positions: 2 },
      { positionType: 'goniec doręczyciel', positions: 1 },
    ])
  })

  it('leaves requested and received at zero until a request is made and the money arrives', () => {
    const figures = yearFigures(2026, [item('2026-03', 1, { requestId: 5 })], [{ id: 5, receivedGr: null }])
    expect(figures.total.refundRequestedGr).toBe(29_280)
    expect(figures.total.refundReceivedGr).toBe(0)
  })
})
