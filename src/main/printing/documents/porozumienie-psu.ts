// Warunki porozumienia w sprawie PSU: what § 3 of the 2017 regulation (Dz.U. 2017 poz. 2447) says a
// porozumienie states — people and hours, limits, the kinds of work with their places and host units,
// the benefit and the refund amount and term — as entered, for the file and for checking against the
// signed original. Under the 2025 act the benefit and refund terms are marked as still to confirm.
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import { formatHoursUnit } from '@shared/psu-hours'
import { formatBasisPoints, REFUND_BASE_LABELS, REGIMES, TERMS_TO_CONFIRM } from '@shared/psu-regime'
import { pluralPl } from '@shared/text'
import { documentShell, officeHeader, signatureLines, type PrintableDocument } from '../document-shell'
import { html } from '../html'

const CSS = `
table.terms th { width: 38%; text-align: left; font-weight: 600; }
.to-confirm { font-style: italic; color: #8a4b00; }
`

export interface PorozumieniePsuData {
  officeName: string
  porozumienie: PorozumienieRecord
  printedAt: string
}

export function renderPorozumieniePsu({
  officeName,
  porozumienie: p,
  printedAt,
}: PorozumieniePsuData): PrintableDocument {
  const mark = p.regime === 'nowy' ? html` <span class="to-confirm">(${TERMS_TO_CONFIRM})</span>` : ''
  const body = html`
    ${officeHeader({ officeName }, `Wydruk z dnia ${printedAt}`)}
    <h1>Warunki porozumienia nr ${p.number} z dnia ${formatDate(p.signedOn)}</h1>
    <p class="center muted">w sprawie organizowania prac społecznie użytecznych — ${REGIMES[p.regime].label}</p>
    <table class="terms">
      <tbody>
        <tr><th>Podstawa prawna</th><td>${p.legalBasis}</td></tr>
        <tr><th>Okres</th><td>od ${formatDate(p.periodFrom)} do ${formatDate(p.periodTo)}</td></tr>
        <tr><th>Liczba osób i godzin</th><td>${p.plannedPersons} os., łącznie ${formatHoursUnit(p.plannedMin)}</td></tr>
        <tr>
          <th>Limity na osobę</th>
          <td>
            ${formatHoursUnit(p.monthlyLimitMin)} w miesiącu${p.weeklyLimitMin !== null ? `, ${formatHoursUnit(p.weeklyLimitMin)} w tygodniu` : ''}
          </td>
        </tr>
        <tr>
          <th>Najdłuższy okres prac jednej osoby</th>
          <td>
            ${p.maxMonthsPerPerson === null ? 'porozumienie go nie określa' : `${p.maxMonthsPerPerson} ${pluralPl(p.maxMonthsPerPerson, 'miesiąc', 'miesiące', 'miesięcy')}`}
          </td>
        </tr>
        <tr>
          <th>Świadczenie za godzinę</th>
          <td>${p.rates.map((r) => html`<div>${formatGrosze(r.rateGr)} od ${formatDate(r.validFrom)}</div>`)}${mark}</td>
        </tr>
        <tr>
          <th>Refundacja z Funduszu Pracy</th>
          <td>${formatBasisPoints(p.refundShareBp)} ${REFUND_BASE_LABELS[p.refundBase]}${mark}</td>
        </tr>
        <tr>
          <th>Kwota i termin refundacji</th>
          <td>
            ${p.refundAmountGr === null ? 'kwota nieokreślona w porozumieniu' : `do ${formatGrosze(p.refundAmountGr)}`};
            w ciągu ${p.refundDueDays} ${pluralPl(p.refundDueDays, 'dnia', 'dni', 'dni')} od złożenia wniosku
          </td>
        </tr>
      </tbody>
    </table>
    <h2>Rodzaje prac, miejsca ich wykonywania i podmioty</h2>
    <table>
      <thead>
        <tr><th class="num">Lp.</th><th>Rodzaj prac</th><th>Miejsce wykonywania</th><th>Podmiot</th></tr>
      </thead>
      <tbody>
        ${p.works.map(
          (w, n) => html`<tr>
            <td class="num">${n + 1}</td>
            <td>${w.kind}</td>
            <td>${w.place || '—'}</td>
            <td>${w.hostUnit || '—'}</td>
          </tr>`,
        )}
        ${p.works.length === 0 ? html`<tr><td colspan="4" class="center">nie wpisano — uzupełnij z porozumienia</td></tr>` : ''}
      </tbody>
    </table>
    ${p.belowMinimum.map(
      (b) =>
        html`<p><strong>Uwaga:</strong> od ${formatDate(b.from)} do ${formatDate(b.to)} stawka ${formatGrosze(b.rateGr)} jest niższa od minimalnej ${formatGrosze(b.minimumGr)}.</p>`,
    )}
    ${p.notes ? html`<p>Uwagi: ${p.notes}</p>` : ''}
    ${signatureLines(['sporządził(a)', 'sprawdził(a) z porozumieniem'])}
  `
  return {
    fileName: `porozumienie-psu-${p.number.replace(/[^\p{L}\p{N}]+/gu, '-')}.pdf`,
    html: documentShell({ title: `Porozumienie PSU ${p.number}`, body, css: CSS }),
  }
}
