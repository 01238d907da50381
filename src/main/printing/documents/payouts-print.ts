// Pieces shared by the payout list and the refund request: the office block, hours and rates as the
// office writes them, signature lines with the names under them, and their CSS.
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { formatHours } from '@shared/payouts.schema'
import { html, type SafeHtml } from '../html'

export interface PrintOffice {
  officeName: string
  officeAddress: string
  officePlace: string
}

export const PAYOUTS_CSS = `
.office-block { display: flex; justify-content: space-between; align-items: flex-start; gap: 16pt;
  border-bottom: 1px solid #000; padding-bottom: 4pt; margin-bottom: 8pt; font-size: 9.5pt; }
.office-block .name { font-weight: 700; }
.doc-title { font-size: 14pt; letter-spacing: 0.5pt; margin: 8pt 0 0; }
.subtitle { text-align: center; margin: 0 0 6pt; }
.meta { display: flex; justify-content: space-between; gap: 12pt; font-size: 9.5pt; margin-bottom: 4pt; }
table.money { font-size: 8.5pt; }
table.money th { font-size: 8pt; text-align: center; vertical-align: middle; }
table.money td.lp { width: 7mm; text-align: right; }
table.money td.sign { height: 30pt; }
table.money .small { font-size: 7.5pt; color: #222; display: block; }
table.payouts { table-layout: fixed; }
table.payouts tbody.person { break-inside: avoid; page-break-inside: avoid; }
table.payouts tr.words td { font-size: 7.5pt; font-style: italic; border-top: 0; padding-top: 0; }
table.payouts tr:has(+ tr.words) td:not([rowspan]) { border-bottom: 0; }
table.money tr.total td { font-weight: 700; background: #f2f2f2; }
table.money tr.subtotal td { background: #f7f7f7; font-style: italic; }
.account { font-size: 7pt; display: block; white-space: nowrap; }
.stamp { border: 2px solid #900; color: #900; font-weight: 700; text-align: center; padding: 3pt; margin: 4pt 0; }
.sig-row { display: flex; justify-content: space-between; gap: 18pt; margin-top: 30pt; page-break-inside: avoid; break-inside: avoid; }
.sig-row .signature { flex: 1; text-align: center; font-size: 8.5pt; }
.sig-row .who { min-height: 12pt; font-size: 9pt; }
.sig-row .line { border-top: 1px dotted #000; margin-top: 26pt; padding-top: 2pt; }
.addressee { margin: 14pt 0 14pt 55%; font-weight: 700; }
.keep { page-break-inside: avoid; break-inside: avoid; }
.certified { margin: 18pt 0 0 45%; border: 1px solid #000; padding: 4pt 8pt; font-size: 9pt; }
.certified .sig-row { margin-top: 8pt; }
.copy-mark { text-align: right; font-weight: 700; font-size: 9pt; }
`

export function officeBlock(office: PrintOffice, right: string): SafeHtml {
  return html`<div class="office-block">
    <div>
      <div class="name">${office.officeName}</div>
      ${office.officeAddress ? html`<div>${office.officeAddress}</div>` : ''}
    </div>
    <div>${right}</div>
  </div>`
}

/** "Zgierz, dnia 05.03.2026", or "dnia 05.03.2026" when the office has no place set. */
export function placeAndDate(office: PrintOffice, iso: string): string {
  return office.officePlace ? `${office.officePlace}, dnia ${formatDate(iso)}` : `dnia ${formatDate(iso)}`
}

/** One rate, or each rate with its hours when the rate changed within the month. */
export function ratesText(parts: readonly { rateGr: number; minutes: number }[]): string[] {
  if (parts.length === 1) return [formatGrosze(parts[0]!.rateGr)]
  return parts.map((p) => `${formatHours(p.minutes)} h × ${formatGrosze(p.rateGr)}`)
}

/** On a copy attached to a refund request: the office certifies it matches the original. */
export function certifiedCopy(): SafeHtml {
  return html`<div class="certified keep">
    <strong>Za zgodność z oryginałem</strong>
    <div class="sig-row">
      <div class="signature"><div class="line">data</div></div>
      <div class="signature"><div class="line">podpis i pieczęć</div></div>
    </div>
  </div>`
}

/** Signature lines with the person's name (if known) above each line and the role under it. */
export function namedSignatures(parties: readonly { role: string; name: string }[]): SafeHtml {
  return html`<div class="sig-row">
    ${parties.map(
      (p) =>
        html`<div class="signature">
          <div class="line">${p.role}</div>
          <div class="who">${p.name}</div>
        </div>`,
    )}
  </div>`
}
