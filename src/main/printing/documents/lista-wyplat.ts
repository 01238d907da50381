// Lista wypłat świadczeń za prace społecznie użyteczne for one porozumienie and month (DOMAIN.md §4–5):
// per person the hours, rate(s), amount with the amount in words, the payment form (cash with a signature
// cell, transfer with the account number), totals in words, and who prepared, checked and approved it.
// PESEL and skierowanie numbers only where the settings ask (the list is also signed by participants);
// a copy for a refund request carries "za zgodność z oryginałem".
import { formatDate, todayIso } from '@shared/dates'
import { formatPolishAccount } from '@shared/iban'
import { formatGrosze } from '@shared/money'
import {
  formatHours,
  PAYMENT_FORM_LABELS,
  type PayoutListDetail,
  type PayoutSettings,
} from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { formatBasisPoints, REFUND_BASE_LABELS, regimeFor } from '@shared/psu-regime'
import { pluralPl } from '@shared/text'
import { amountInWords } from '../../payouts/amount-in-words'
import { documentShell, type PrintableDocument } from '../document-shell'
import { html } from '../html'
import {
  certifiedCopy,
  namedSignatures,
  officeBlock,
  PAYOUTS_CSS,
  placeAndDate,
  ratesText,
  type PrintOffice,
} from './payouts-print'

export interface ListaWyplatData {
  office: PrintOffice
  list: PayoutListDetail
  settings: PayoutSettings
  printedAt: Date
  /** The copy attached to a refund request. */
  copy?: boolean
}

export function renderListaWyplat({
  office,
  list,
  settings,
  printedAt,
  copy = false,
}: ListaWyplatData): PrintableDocument {
  const persons = list.items.length
  const share = formatBasisPoints(list.refundShareBp)
  const refundLabel =
    regimeFor(list.porozumienieSignedOn) === 'nowy'
      ? `${share} ${REFUND_BASE_LABELS[list.refundBase]} według porozumienia`
      : list.refundBase === 'stawka_minimalna'
        ? `${share} minimalnej stawki świadczenia za przepracowane godziny, nie więcej niż wypłacono`
        : `${share} wypłaconego świadczenia`
  const body = html`
    ${copy ? html`<div class="copy-mark">KOPIA</div>` : ''}
    ${officeBlock(office, placeAndDate(office, todayIso(printedAt)))}
    <h1 class="doc-title">LISTA WYPŁAT nr ${list.number}</h1>
    <p class="subtitle">
      świadczeń za wykonywanie prac społecznie użytecznych za miesiąc <strong>${formatMonth(list.month)}</strong>
    </p>
    <div class="meta">
      <span>Porozumienie nr <strong>${list.porozumienieNumber}</strong> z dnia ${formatDate(list.porozumienieSignedOn)}</span>
      <span>${persons} ${pluralPl(persons, 'osoba', 'osoby', 'osób')}</span>
    </div>
    ${
      list.status === 'projekt'
        ? html`<div class="stamp">PROJEKT — lista niezatwierdzona, nie stanowi podstawy wypłaty</div>`
        : ''
    }
    ${
      list.status === 'anulowana'
        ? html`<div class="stamp">ANULOWANA ${formatDate(list.cancelledAt)} — ${list.cancelReason}</div>`
        : ''
    }
    ${
      list.stale && list.status !== 'anulowana'
        ? html`<div class="stamp">NIEAKTUALNA — karty lub stawki zmieniły się po policzeniu listy</div>`
        : ''
    }
    <table class="money payouts">
      <colgroup>
        <col style="width: 7mm" />
        <col style="width: 42mm" />
        <col style="width: 12mm" />
        <col style="width: 20mm" />
        <col style="width: 22mm" />
        <col style="width: 44mm" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>Lp.</th>
          <th>Imię i nazwisko, stanowisko</th>
          <th>Liczba godzin</th>
          <th>Stawka za godzinę</th>
          <th>Kwota do wypłaty</th>
          <th>Forma wypłaty</th>
          <th>Data i podpis odbierającego</th>
        </tr>
      </thead>
      ${list.items.map(
        (item, i) =>
          html`<tbody class="person">
            <tr>
              <td class="lp" rowspan="2">${i + 1}</td>
              <td>
                <strong>${item.firstName} ${item.lastName}</strong>
                ${settings.listShowsIdentifiers ? identifiers(item) : ''}
                ${item.positions.map(
                  (p) =>
                    html`<span class="small"
                      >${p.positionType} — ${p.workplace}${
                        item.positions.length > 1 ? ` (${formatHours(p.workedMin)} h)` : ''
                      }</span
                    >`,
                )}
              </td>
              <td class="num">${formatHours(item.workedMin)}</td>
              <td class="num">
                ${
                  item.rateParts.length === 1
                    ? ratesText(item.rateParts)
                    : ratesText(item.rateParts).map((line) => html`<span class="small">${line}</span>`)
                }
              </td>
              <td class="num"><strong>${formatGrosze(item.amountGr)}</strong></td>
              <td>
                ${PAYMENT_FORM_LABELS[item.paymentForm]}
                ${
                  item.paymentForm === 'przelew' && item.account
                    ? html`<span class="account">${formatPolishAccount(item.account)}</span>`
                    : ''
                }
              </td>
              <td class="sign" rowspan="2">
                ${
                  item.paidOn
                    ? html`<span class="small">wypłacono ${formatDate(item.paidOn)}${item.paidForm === 'przelew' ? ' (przelew)' : ''}</span>`
                    : item.paymentForm === 'przelew'
                      ? html`<span class="small">przelew na rachunek</span>`
                      : ''
                }
              </td>
            </tr>
            <tr class="words">
              <td colspan="5">słownie: ${amountInWords(item.amountGr)}</td>
            </tr>
          </tbody>`,
      )}
      <tbody>
        <tr class="total">
          <td></td>
          <td>Razem</td>
          <td class="num">${formatHours(list.workedMin)}</td>
          <td></td>
          <td class="num">${formatGrosze(list.amountGr)}</td>
          <td colspan="2"></td>
        </tr>
      </tbody>
    </table>
    <p class="keep">
      Razem do wypłaty: <strong>${formatGrosze(list.amountGr)}</strong> (słownie:
      ${amountInWords(list.amountGr)}), w tym gotówką ${formatGrosze(sumBy(list, 'gotowka'))}, przelewem
      ${formatGrosze(sumBy(list, 'przelew'))}.
    </p>
    <p class="muted keep">
      Kwota podlegająca refundacji z Funduszu Pracy (${refundLabel}): ${formatGrosze(list.refundGr)}.
      Świadczenie za godzinę wykonywania prac społecznie użytecznych; nie przysługuje za godziny
      nieprzepracowane.
    </p>
    ${namedSignatures([
      { role: 'sporządził(a) — data i podpis', name: settings.preparedBy },
      { role: 'sprawdził(a) pod względem formalnym i rachunkowym', name: settings.checkedBy },
      { role: 'zatwierdził(a) do wypłaty', name: list.approvedBy || settings.approvedBy },
    ])}
    ${copy ? certifiedCopy() : ''}
  `
  return {
    fileName: `lista-wyplat-${list.number.replace(/\//g, '-')}.pdf`,
    html: documentShell({ title: `Lista wypłat ${list.number}`, body, css: PAYOUTS_CSS }),
  }
}

function sumBy(list: PayoutListDetail, form: 'gotowka' | 'przelew'): number {
  return list.items.filter((i) => i.paymentForm === form).reduce((a, i) => a + i.amountGr, 0)
}

function identifiers(item: PayoutListDetail['items'][number]) {
  const skierowania = [...new Set(item.positions.map((p) => p.skierowanieNumber).filter(Boolean))]
  return html`<span class="small"
    >PESEL ${item.pesel ?? '—'}${skierowania.length ? `, skierowanie nr ${skierowania.join(', ')}` : ''}</span
  >`
}
