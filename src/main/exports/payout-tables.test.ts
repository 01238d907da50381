import { describe, expect, it } from 'vitest'
import { tableToCsv } from './csv'
import { sampleList } from '../../../tests/support/payout-samples'
import { bankTransfersTable, payoutListTable } from './payout-tables'

describe('payout list export', () => {
  it('has a row per person and a Razem row with the list totals', () => {
    const table = payoutListTable(sampleList())
    expect(table.rows).toHaveLength(3)
    const total = table.rows[2]!
    expect(total[1]).toBe('Razem')
    expect(total[table.headers.indexOf('Kwota')]).toBe(147_856)
    expect(total[table.headers.indexOf('Godziny')]).toBe(2100)
    expect(total[table.headers.indexOf('Kwota słownie')]).toBe(
      'tysiąc czterysta siedemdziesiąt osiem złotych 56/100',
    )
    expect(table.rows[1]![table.headers.indexOf('Stawka')]).toBe('10 h × 12,20\u00a0zł; 5 h × 13,00\u00a0zł')
  })

  it('puts only transfers with a valid account into the bank file, as 26 digits', () => {
    const csv = tableToCsv(bankTransfersTable(sampleList()))
    expect(csv).toBe(
      '\uFEFFOdbiorca;Numer rachunku;Kwota;Tytuł przelewu\r\n' +
        'Anna <b> Żak;61109010140000071219812874;1234,56;Świadczenie za prace społecznie użyteczne 03.2026, lista LW/3/2026\r\n',
    )
  })

  it('refuses a bank file when nobody is paid by transfer', () => {
    const list = sampleList()
    expect(() => bankTransfersTable({ ...list, items: [list.items[0]!] })).toThrow(
      /plik dla banku byłby pusty/,
    )
  })
})
