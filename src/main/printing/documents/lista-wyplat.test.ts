import { describe, expect, it } from 'vitest'
import type { PayoutSettings } from '@shared/payouts.schema'
import { sampleList } from '../../../../tests/support/payout-samples'
import { renderListaWyplat } from './lista-wyplat'

const SETTINGS: PayoutSettings = {
  pupName: 'Powiatowy Urząd Pracy w Zgierzu',
  pupAddress: '',
  preparedBy: 'Ewa Kadrowa',
  checkedBy: 'Jan Księgowy',
  approvedBy: 'Maria Kierownik',
  gminaName: 'Gmina Miasto Zgierz',
  gminaAccount: '',
  signatoryName: '',
  signatoryFunction: '',
  listShowsIdentifiers: false,
}

describe('renderListaWyplat', () => {
  const office = {
    officeName: 'Ośrodek Pomocy Społecznej w Zgierzu',
    officeAddress: 'ul. Długa 1',
    officePlace: 'Zgierz',
  }

  it('prints each person with positions, hours, rates, amount in words, payment form and the totals in words', () => {
    const doc = renderListaWyplat({
      office,
      list: sampleList(),
      settings: SETTINGS,
      printedAt: new Date('2026-04-03T10:00:00'),
    })
    expect(doc.fileName).toBe('lista-wyplat-LW-3-2026.pdf')
    const text = doc.html
    expect(text).toContain('LISTA WYPŁAT nr LW/3/2026')
    expect(text).toContain('marzec 2026')
    expect(text).toContain('Zgierz, dnia 03.04.2026')
    expect(text).toContain('Anna &lt;b&gt; Żak')
    expect(text).toContain('osoba sprzątająca — SP 2 (10 h)')
    expect(text).toContain('5 h × 13,00\u00a0zł')
    expect(text).toContain('1\u00a0234,56\u00a0zł')
    expect(text).toContain('słownie: tysiąc dwieście trzydzieści cztery złote 56/100')
    expect(text).toContain('61 1090 1014 0000 0712 1981 2874')
    expect(text).toContain('Razem do wypłaty: <strong>1\u00a0478,56\u00a0zł</strong>')
    expect(text).toContain('tysiąc czterysta siedemdziesiąt osiem złotych 56/100')
    expect(text).toContain('Ewa Kadrowa')
    expect(text).toContain('Maria Kierownik')
    expect(text).not.toContain('PROJEKT')
  })

  it('stamps a projekt and an out-of-date list so neither is paid by mistake', () => {
    const draft = renderListaWyplat({
      office,
      list: sampleList({ status: 'projekt' }),
      settings: SETTINGS,
      printedAt: new Date(),
    })
    expect(draft.html).toContain('PROJEKT — lista niezatwierdzona')
    const stale = renderListaWyplat({
      office,
      list: sampleList({ stale: true }),
      settings: SETTINGS,
      printedAt: new Date(),
    })
    expect(stale.html).toContain('NIEAKTUALNA')
  })

  it('shows PESEL and the skierowanie number only when the settings ask (the list also goes to participants)', () => {
    const print = (listShowsIdentifiers: boolean) =>
      renderListaWyplat({
        office,
        list: sampleList(),
        settings: { ...SETTINGS, listShowsIdentifiers },
        printedAt: new Date(),
      }).html
    expect(print(false)).not.toContain('81031401246')
    expect(print(false)).not.toContain('skierowanie nr')
    expect(print(true)).toContain('PESEL 81031401246, skierowanie nr PUP/PSU/11/2026')
    // One skierowanie for two positions is printed once; no PESEL shows a dash.
    expect(print(true)).toContain('PESEL —, skierowanie nr PUP/PSU/12/2026<')
  })

  it('marks the copy for a refund request "za zgodność z oryginałem" with date and signature lines', () => {
    const copy = (copy: boolean) =>
      renderListaWyplat({ office, list: sampleList(), settings: SETTINGS, printedAt: new Date(), copy }).html
    expect(copy(true)).toContain('Za zgodność z oryginałem')
    expect(copy(true)).toContain('podpis i pieczęć')
    expect(copy(true)).toContain('KOPIA')
    expect(copy(false)).not.toContain('Za zgodność z oryginałem')
  })
})
