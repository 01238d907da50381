import { describe, expect, it } from 'vitest'
import { paymentUndoRefusal, type PaymentUndoFacts } from './payment-undo'

const paid: PaymentUndoFacts = {
  listNumber: 'LW/3/2026',
  listStatus: 'wyplacona',
  personName: 'Żaneta Gęślak',
  paidOn: '2026-04-10',
  requests: [],
}

describe('undoing a payment mark', () => {
  it('allows it on a paid or partly paid list with no refund request', () => {
    expect(paymentUndoRefusal(paid)).toBeNull()
    expect(paymentUndoRefusal({ ...paid, listStatus: 'zatwierdzona' })).toBeNull()
  })

  it('refuses it when the list is in a refund request, naming the request', () => {
    expect(paymentUndoRefusal({ ...paid, requests: [{ number: 'WR/1/2026' }] })).toBe(
      'Wypłaty Żaneta Gęślak z 10.04.2026 nie można cofnąć: lista LW/3/2026 jest we wniosku o refundację WR/1/2026. Najpierw anuluj wniosek.',
    )
  })

  it('refuses it on a cancelled list and for a person not marked paid', () => {
    expect(paymentUndoRefusal({ ...paid, listStatus: 'anulowana' })).toMatch(/jest anulowana/)
    expect(paymentUndoRefusal({ ...paid, listStatus: 'zatwierdzona', paidOn: null })).toBe(
      'Żaneta Gęślak nie ma oznaczonej wypłaty na liście LW/3/2026.',
    )
  })
})
