import { describe, expect, it } from 'vitest'
import { camelRow, camelRows } from './camel-rows'

describe('camelRow', () => {
  it('renames every snake_case column and keeps the values', () => {
    const row = camelRow({ id: 1, refund_share_bp: 6000, account_iban: null, porozumienie_number: 'PSU/1' })
    expect(row).toEqual({ id: 1, refundShareBp: 6000, accountIban: null, porozumienieNumber: 'PSU/1' })
    expect(camelRows([{ worked_min: 60 }, { worked_min: 30 }])).toEqual([
      { workedMin: 60 },
      { workedMin: 30 },
    ])
  })
})
