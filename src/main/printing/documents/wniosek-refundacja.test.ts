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
    refundDueDays: 30,
    refundAmountGr: null,
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
  pupName: 'Powiatowy Urząd Pracy w Zgierzu',
  pupAddress: 'ul. Mielczarskiego 4, 95-100 Zgierz',
  preparedBy: '',
  checkedBy: '',
  approvedBy: '',
  gminaName: 'Gmina Miasto Zgierz',
  gminaAccount: 'PL61109010140000071219812874',
  signatoryName: 'Jan Kowalski',
  signatoryFunction: 'z up. Prezydenta Miasta Zgierza — Dyrektor MOPS',
  listShowsIdentifiers: false,
}
const office = { officeName: 'OPS w Zgierzu', officeAddress: '', officePlace: 'Zgierz' }

describe('renderWniosekRefundacja', () => {
  it('lists "Kopia listy" for one list and "Kopie list" for several', () => {
    const one = { ...statement, request: { ...statement.request, listNumbers: ['LW/1/2026'] } }
    expect(renderWniosekRefundacja({ office, statement: one, settings }).html).toMatch(
      /Kopia listy wypłat nr\s+LW\/1\/2026,\s+poświadczona za zgodność z oryginałem\./,
    )
    expect(renderWniosekRefundacja({ office, statement, settings }).html).toMatch(
      /Kopie list wypłat nr\s+LW\/1\/2026, LW\/2\/2026,\s+poświadczone za zgodność z oryginałem\./,
    )
  })

  it('writes the letter with the amount in words and the old-regime basis, and the zestawienie on its own page', () => {
    const doc = renderWniosekRefundacja({
      office: { officeName: 'OPS w Zgierzu', officeAddress: '', officePlace: 'Zgierz' },
      statement,
      settings: { ...settings, pupAddress: 'ul. Mielczarskiego 4' },
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

  it("is the gmina's request: its name, its account for the refund, the porozumienie's term, the wójt's (or authorised) signature", () => {
    const text = renderWniosekRefundacja({ office, statement, settings }).html
    expect(text).toContain('Wnioskodawca: <strong>Gmina Miasto Zgierz</strong>')
    expect(text).toContain('61 1090 1014 0000 0712 1981 2874')
    expect(text).toMatch(
      /w terminie\s+określonym w porozumieniu: 30\s+dni od dnia złożenia wniosku\s+\(do 04\.04\.2026\)/,
    )
    expect(text).toContain('z up. Prezydenta Miasta Zgierza — Dyrektor MOPS')
    expect(text).toContain('Jan Kowalski')
    const blank = renderWniosekRefundacja({
      office,
      statement,
      settings: { ...settings, gminaAccount: '', signatoryFunction: '', signatoryName: '' },
    }).html
    expect(blank).toContain('wójt (burmistrz, prezydent miasta) lub osoba przez niego upoważniona')
    expect(blank).toMatch(/na rachunek gminy nr\s+<strong>…/)
  })

  it('words a porozumienie signed under the 2025 act (Dz.U. 2025 poz. 620) by its own terms, not the minimum rate of the day', () => {
    const nowy = {
      ...statement,
      porozumienie: {
        ...statement.porozumienie,
        signedOn: '2025-07-01',
        refundBase: 'stawka_wyplacona' as const,
        refundShareBp: 5000,
        refundDueDays: 14,
        refundAmountGr: 1_500_000,
      },
    }
    const text = renderWniosekRefundacja({ office, statement: nowy, settings }).html
    expect(text).toContain('zgodnie z warunkami porozumienia nr PSU/7/2025: 50% wypłaconego świadczenia')
    expect(text).not.toContain('obowiązującej w dniu wykonywania prac')
    expect(text).toContain('ustawa z dnia 20 marca 2025 r. o rynku pracy')
    expect(text).toContain('kwota refundacji określona w porozumieniu: 15\u00a0000,00\u00a0zł')
    expect(text).toMatch(/14\s+dni od dnia złożenia wniosku/)
  })
})
