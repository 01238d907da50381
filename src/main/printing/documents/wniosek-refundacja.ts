// Wniosek do PUP o refundację z Funduszu Pracy części świadczeń za prace społecznie użyteczne
// (DOMAIN.md §4), and on the next page the zestawienie: each person's hours, paid amount and refund
// per month, with totals that equal the payout lists to the grosz. The request is the gmina's: its
// account and the wójt's (or their authorised person's) signature; a porozumienie signed under the
// 2025 act is quoted by its own terms, with no statutory "minimum rate of the day".
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { formatHours, type PayoutSettings } from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { formatPolishAccount } from '@shared/iban'
import { formatBasisPoints, REFUND_BASE_LABELS, REGIMES, regimeFor } from '@shared/psu-regime'
import { pluralPl } from '@shared/text'
import { amountInWords } from '../../payouts/amount-in-words'
import type { RefundStatement } from '../../refunds/refunds.service'
import { documentShell, type PrintableDocument } from '../document-shell'
import { html } from '../html'
import { namedSignatures, officeBlock, PAYOUTS_CSS, placeAndDate, type PrintOffice } from './payouts-print'

export interface WniosekRefundacjaData {
  office: PrintOffice
  statement: RefundStatement
  settings: PayoutSettings
}

export function renderWniosekRefundacja({
  office,
  statement,
  settings,
}: WniosekRefundacjaData): PrintableDocument {
  const { request, porozumienie, perMonth, totals } = statement
  const months = request.months.map(formatMonth).join(', ')
  const monthWord = request.months.length === 1 ? 'miesiąc' : 'miesiące'
  const regime = regimeFor(porozumienie.signedOn)
  const share = formatBasisPoints(porozumienie.refundShareBp)
  const method =
    regime === 'nowy'
      ? `zgodnie z warunkami porozumienia nr ${porozumienie.number}: ${share} ${REFUND_BASE_LABELS[porozumienie.refundBase]} za przepracowane godziny`
      : porozumienie.refundBase === 'stawka_minimalna'
        ? `${share} minimalnej stawki świadczenia obowiązującej w dniu wykonywania prac × liczba przepracowanych godzin, nie więcej niż kwota wypłacona danej osobie`
        : `${share} świadczenia wypłaconego danej osobie`
  const dots = '……………………………………'
  const letter = html`
    ${officeBlock(office, placeAndDate(office, request.requestedOn))}
    <p>Znak: ${request.number}</p>
    <div class="addressee">
      ${settings.pupName || 'Powiatowy Urząd Pracy'}
      ${settings.pupAddress ? html`<div style="font-weight: 400">${settings.pupAddress}</div>` : ''}
    </div>
    <p>Wnioskodawca: <strong>${settings.gminaName || dots}</strong></p>
    <h1 class="doc-title">WNIOSEK</h1>
    <p class="subtitle">
      o refundację ze środków Funduszu Pracy części świadczeń wypłaconych za wykonywanie prac społecznie
      użytecznych
    </p>
    <p style="margin-top: 10pt">
      Na podstawie porozumienia nr <strong>${porozumienie.number}</strong> z dnia
      ${formatDate(porozumienie.signedOn)} w sprawie organizowania prac społecznie użytecznych
      (${REGIMES[regime].legalBasis}) wnoszę o refundację części świadczeń
      wypłaconych osobom wykonującym prace społecznie użyteczne za ${monthWord} ${months} w kwocie
      <strong>${formatGrosze(request.requestedGr)}</strong> (słownie: ${amountInWords(request.requestedGr)}).
    </p>
    <p>Sposób wyliczenia refundacji: ${method}.</p>
    <p>
      Refundację proszę przekazać na rachunek gminy nr
      <strong>${settings.gminaAccount ? formatPolishAccount(settings.gminaAccount) : dots}</strong> w terminie
      określonym w porozumieniu: ${porozumienie.refundDueDays}
      ${pluralPl(porozumienie.refundDueDays, 'dzień', 'dni', 'dni')} od dnia złożenia wniosku
      (do ${formatDate(request.dueOn)})${
        porozumienie.refundAmountGr !== null
          ? `; kwota refundacji określona w porozumieniu: ${formatGrosze(porozumienie.refundAmountGr)}`
          : ''
      }.
    </p>
    <table class="money">
      <thead>
        <tr>
          <th>Miesiąc</th>
          <th>Lista wypłat</th>
          <th>Liczba osób</th>
          <th>Liczba godzin</th>
          <th>Kwota wypłacona</th>
          <th>Kwota refundacji</th>
        </tr>
      </thead>
      <tbody>
        ${perMonth.map(
          (m) =>
            html`<tr>
              <td>${formatMonth(m.month)}</td>
              <td>${m.listNumber}</td>
              <td class="num">${m.persons}</td>
              <td class="num">${formatHours(m.workedMin)}</td>
              <td class="num">${formatGrosze(m.amountGr)}</td>
              <td class="num">${formatGrosze(m.refundGr)}</td>
            </tr>`,
        )}
        <tr class="total">
          <td colspan="3">Razem</td>
          <td class="num">${formatHours(totals.workedMin)}</td>
          <td class="num">${formatGrosze(totals.amountGr)}</td>
          <td class="num">${formatGrosze(totals.refundGr)}</td>
        </tr>
      </tbody>
    </table>
    <p>Świadczenia zostały wypłacone w całości zgodnie z listami wypłat wymienionymi powyżej.</p>
    <p>Załączniki:</p>
    <ol>
      <li>Zestawienie osób wykonujących prace społecznie użyteczne (godziny, kwoty wypłacone i refundacji).</li>
      <li>
        ${request.listNumbers.length === 1 ? 'Kopia listy' : 'Kopie list'} wypłat nr
        ${request.listNumbers.join(', ')},
        ${request.listNumbers.length === 1 ? 'poświadczona' : 'poświadczone'} za zgodność z oryginałem.
      </li>
    </ol>
    ${namedSignatures([
      { role: 'sporządził(a)', name: settings.preparedBy },
      {
        role:
          settings.signatoryFunction ||
          'wójt (burmistrz, prezydent miasta) lub osoba przez niego upoważniona',
        name: settings.signatoryName,
      },
    ])}
  `
  const zestawienie = html`
    <div class="page-break"></div>
    ${officeBlock(office, `Załącznik nr 1 do wniosku ${request.number}`)}
    <h1 class="doc-title">ZESTAWIENIE</h1>
    <p class="subtitle">
      osób wykonujących prace społecznie użyteczne — porozumienie nr ${porozumienie.number}, ${months}
    </p>
    <table class="money">
      <thead>
        <tr>
          <th>Lp.</th>
          <th>Imię i nazwisko</th>
          <th>PESEL</th>
          <th>Miesiąc</th>
          <th>Liczba godzin</th>
          <th>Kwota wypłacona</th>
          <th>Kwota refundacji</th>
        </tr>
      </thead>
      <tbody>
        ${perMonth.map((m) => {
          const rows = statement.rows.filter((r) => r.month === m.month && r.listNumber === m.listNumber)
          return html`${rows.map(
            (r) =>
              html`<tr>
                  <td class="lp">${statement.rows.indexOf(r) + 1}</td>
                  <td>${r.firstName} ${r.lastName}</td>
                  <td>${r.pesel ?? '—'}</td>
                  <td>${formatMonth(r.month)}</td>
                  <td class="num">${formatHours(r.workedMin)}</td>
                  <td class="num">${formatGrosze(r.amountGr)}</td>
                  <td class="num">${formatGrosze(r.refundGr)}</td>
                </tr>`,
          )}
            ${
              perMonth.length > 1
                ? html`<tr class="subtotal">
                  <td></td>
                  <td colspan="3">Razem ${formatMonth(m.month)} (lista ${m.listNumber})</td>
                  <td class="num">${formatHours(m.workedMin)}</td>
                  <td class="num">${formatGrosze(m.amountGr)}</td>
                  <td class="num">${formatGrosze(m.refundGr)}</td>
                </tr>`
                : ''
            }`
        })}
        <tr class="total">
          <td></td>
          <td colspan="3">Razem (${statement.rows.length} ${pluralPl(statement.rows.length, 'pozycja', 'pozycje', 'pozycji')})</td>
          <td class="num">${formatHours(totals.workedMin)}</td>
          <td class="num">${formatGrosze(totals.amountGr)}</td>
          <td class="num">${formatGrosze(totals.refundGr)}</td>
        </tr>
      </tbody>
    </table>
    <p>
      Kwota refundacji razem: <strong>${formatGrosze(totals.refundGr)}</strong> (słownie:
      ${amountInWords(totals.refundGr)}) — zgodna z listami wypłat nr ${request.listNumbers.join(', ')}.
    </p>
    ${namedSignatures([
      { role: 'sporządził(a)', name: settings.preparedBy },
      { role: 'sprawdził(a)', name: settings.checkedBy },
    ])}
  `
  return {
    fileName: `wniosek-refundacja-${request.number.replace(/\//g, '-')}.pdf`,
    html: documentShell({
      title: `Wniosek o refundację ${request.number}`,
      body: html`${letter}${zestawienie}`,
      css: PAYOUTS_CSS,
    }),
  }
}
