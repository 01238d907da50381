import { describe, expect, it } from 'vitest'
import type { RefundStatement } from '../../refunds/refunds.service'
import { renderWniosekRefundacja } from './wniosek-refundacja'

const statement: RefundStatement = {
  request: {
    id: 3,
    number: 'WR/2/2026',
    porozumienieId: 1,
    porozumienieNumber: 'PSU/7/2025',
    months: ['2026-01', '2026-02'],
    listNumbers: ['LW/1/2026', 'LW/2/2026'],
    requestedOn: '2026-03-05',
    dueOn: '2026-04-04',
    requestedGr: 58_560,
    status: 'zlozony',
    receivedOn: null,
    receivedGr: null,
    differenceGr: null,
    overdueDays: 0,
    cancelReason: '',
  },
  porozumienie: {
    number: 'PSU/7/2025',
    signedOn: '2025-04-30',
    refundBase: 'stawka_minimalna',
    refundShareBp: 6000,
  },
  rows: [
    {
      listNumber: 'LW/1/2026',
      month: '2026-01',
      firstName: 'Łucja',
      lastName: 'Łódź',
      pesel: null,
      workedMin: 2400,
      amountGr: 48_800,
      refundGr: 29_280,
    },
    {
      listNumber: 'LW/2/2026',
      month: '2026-02',
      firstName: 'Łucja',
      lastName: 'Łódź',
      pesel: '80011500120',
      workedMin: 2400,
      amountGr: 48_800,
      refundGr: 29_280,
    },
  ],
  perMonth: [
    {
      month: '2026-01',
      listNumber: 'LW/1/2026',
      persons: 1,
      workedMin: 2400,
      amountGr: 48_800,
      refundGr: 29_280,
    },
    {
      month: '2026-02',
      listNumber: 'LW/2/2026',
      persons: 1,
      workedMin: 2400,
      amountGr: 48_800,
      refundGr: 29_280,
    },
  ],
  totals: { workedMin: 4800, amountGr: 97_600, refundGr: 58_560 },
}

const settings = {
  refundDueDays: 30,
  pupName: 'Powiatowy Urząd Pracy w Zgierzu',
  pupAddress: 'ul. Mielczarskiego 4, 95-100 Zgierz',
  preparedBy: '',
  checkedBy: '',
  approvedBy: '',
}
const office = { officeName: 'OPS w Zgierzu', officeAddress: '', officePlace: 'Zgierz' }

describe('renderWniosekRefundacja', () => {
  it('lists "Kopia listy" for one list and "Kopie list" for several', () => {
    const one = { ...statement, request: { ...statement.request, listNumbers: ['LW/1/2026'] } }
    expect(renderWniosekRefundacja({ office, statement: one, settings }).html).toContain(
      'Kopia listy wypłat nr LW/1/2026.',
    )
    expect(renderWniosekRefundacja({ office, statement, settings }).html).toContain(
      'Kopie list wypłat nr LW/1/2026, LW/2/2026.',
    )
  })

  it('writes the letter with the amount in words and the old-regime basis, and the zestawienie on its own page', () => {
    const doc = renderWniosekRefundacja({
      office: { officeName: 'OPS w Zgierzu', officeAddress: '', officePlace: 'Zgierz' },
      statement,
      settings: {
        refundDueDays: 30,
        pupName: 'Powiatowy Urząd Pracy w Zgierzu',
        pupAddress: 'ul. Mielczarskiego 4',
        preparedBy: '',
        checkedBy: '',
        approvedBy: '',
      },
    })
    expect(doc.fileName).toBe('wniosek-refundacja-WR-2-2026.pdf')
    const text = doc.html
    expect(text).toContain('Zgierz, dnia 05.03.2026')
    expect(text).toContain('Powiatowy Urząd Pracy w Zgierzu')
    expect(text).toContain('art. 73a ustawy z dnia 20 kwietnia 2004 r.')
    expect(text).toContain('za miesiące styczeń 2026, luty 2026')
    expect(text).toContain('pięćset osiemdziesiąt pięć złotych 60/100')
    expect(text).toContain('60% minimalnej stawki świadczenia')
    expect(text).toContain('<div class="page-break"></div>')
    expect(text).toContain('Razem styczeń 2026 (lista LW/1/2026)')
    expect(text).toContain('Razem (2 pozycje)')
    expect(text).toContain('zgodna z listami wypłat nr LW/1/2026, LW/2/2026')
  })
})
