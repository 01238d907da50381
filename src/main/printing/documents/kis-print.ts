// Pieces shared by the KIS programme's documents: the office header with address and
// "miejscowość, dnia", party wording, the signature grid, and their CSS.
import type { Office } from '@shared/office.schema'
import type { ParticipantRecord } from '@shared/participant.schema'
import { formatDate } from '@shared/dates'
import { html, multiline, type SafeHtml } from '../html'

export const KIS_CSS = `
.office-block { display: flex; justify-content: space-between; align-items: flex-start; gap: 16pt;
  border-bottom: 1px solid #000; padding-bottom: 4pt; margin-bottom: 10pt; font-size: 9.5pt; }
.office-block .name { font-weight: 700; }
.doc-title { font-size: 15pt; letter-spacing: 0.5pt; margin-bottom: 2pt; }
.subtitle { text-align: center; margin: 0 0 2pt; }
.part { font-size: 12.5pt; border-bottom: 1.5px solid #000; padding-bottom: 2pt; margin-top: 14pt; }
.text-block { border: 1px solid #999; padding: 4pt 6pt; min-height: 20pt; margin: 2pt 0 6pt; white-space: normal; }
table.actions td.date, table.actions th.date { width: 22mm; white-space: nowrap; }
table.actions td.who, table.actions th.who { width: 44mm; }
table.actions td.lp, table.actions th.lp, table.grid td.lp, table.grid th.lp { width: 8mm; text-align: right; }
table.blank td { height: 26pt; }
table.parties, table.actions, table.grid { font-size: 9.5pt; }
table.parties th.name { width: 48mm; }
table.parties th.pesel { width: 25mm; }
table.parties th.relation { width: 36mm; }
ol.goals { margin: 2pt 0 6pt; padding-left: 18pt; }
ol.goals li { margin: 2pt 0; }
.sig-grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 36pt; row-gap: 4pt; margin-top: 24pt;
  page-break-inside: avoid; break-inside: avoid; }
.sig-grid .signature { text-align: center; font-size: 9pt; }
.sig-grid .line { border-top: 1px dotted #000; margin-top: 40pt; padding-top: 2pt; }
.sig-grid .who { font-size: 8.5pt; color: #333; }
.sig-right { display: flex; justify-content: flex-end; margin-top: 36pt; page-break-inside: avoid; }
.sig-right .signature { flex: 0 0 45%; text-align: center; font-size: 9pt; }
.sig-right .line { border-top: 1px dotted #000; margin-top: 40pt; padding-top: 2pt; }
.clause { font-size: 9.5pt; }
.keep { page-break-inside: avoid; break-inside: avoid; }
`

/** Office name and address on the left; the place and date (or any note) on the right. */
export function kisHeader(office: Office, right: string): SafeHtml {
  return html`<div class="office-block">
    <div>
      <div class="name">${office.officeName}</div>
      ${office.officeAddress ? html`<div>${office.officeAddress}</div>` : ''}
    </div>
    <div>${right}</div>
  </div>`
}

/** "Zgierz, dnia 05.03.2026" — or just "dnia 05.03.2026" when no place is set. */
export function placeAndDate(office: Office, iso: string): string {
  return office.officePlace ? `${office.officePlace}, dnia ${formatDate(iso)}` : `dnia ${formatDate(iso)}`
}

export function fullName(p: Pick<ParticipantRecord, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`
}

export function identityOf(p: Pick<ParticipantRecord, 'pesel' | 'idDocument'>): string {
  return p.pesel ? `PESEL ${p.pesel}` : `dokument tożsamości ${p.idDocument ?? ''}`
}

export interface SignatureLabel {
  /** What signs: "podpis pracownika socjalnego". */
  role: string
  /** Who: printed under the role, so long names never squeeze the role onto two lines. */
  name: string
}

/** Signature lines in a two-column grid: each party signs above its own role and name. */
export function signatureGrid(labels: readonly SignatureLabel[]): SafeHtml {
  return html`<div class="sig-grid">
    ${labels.map(
      (label) =>
        html`<div class="signature">
          <div class="line">${label.role}</div>
          <div class="who">${label.name}</div>
        </div>`,
    )}
  </div>`
}

/** One signature on the right (the office's, under a certificate). */
export function signatureRight(label: string): SafeHtml {
  return html`<div class="sig-right"><div class="signature"><div class="line">${label}</div></div></div>`
}

/** Text typed over several lines, in a framed block; a dash when empty. */
export function textBlock(text: string): SafeHtml {
  return html`<div class="text-block">${text ? multiline(text) : '—'}</div>`
}

export function fileSafe(text: string): string {
  return text.replace(/[^0-9A-Za-z.-]+/g, '-')
}
