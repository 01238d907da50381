// The payout list, the bank transfer file, the refund zestawienie and the year as exportable tables.
// Each money table ends with a "Razem" row so a spreadsheet shows the same totals as the printout.
import { formatDate } from '@shared/dates'
import { formatPolishAccount, normalizePolishAccount } from '@shared/iban'
import { formatGrosze } from '@shared/money'
import {
  formatHours,
  PAYMENT_FORM_LABELS,
  type PayoutItem,
  type PayoutListDetail,
  type PayoutYear,
} from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { DomainError } from '../errors'
import { buildTable, type ExportColumn, type ExportTable } from './table'
import type { RefundStatement, RefundStatementRow } from '../refunds/refunds.service'
import { amountInWords } from '../payouts/amount-in-words'

type Row<T> = { lp: number | null; item: T | null }

const LIST_COLUMNS: ExportColumn<Row<PayoutItem> & { total?: PayoutListDetail }>[] = [
  { header: 'Lp.', kind: 'number', width: 5, value: (r) => r.lp },
  { header: 'Nazwisko', width: 20, value: (r) => r.item?.lastName ?? 'Razem' },
  { header: 'Imię', width: 14, value: (r) => r.item?.firstName ?? null },
  {
    header: 'Stanowisko',
    width: 36,
    value: (r) => r.item?.positions.map((p) => `${p.positionType} — ${p.workplace}`).join('; ') ?? null,
  },
  { header: 'Godziny', kind: 'hours', width: 9, value: (r) => r.item?.workedMin ?? r.total!.workedMin },
  {
    header: 'Stawka',
    width: 22,
    value: (r) =>
      r.item
        ? r.item.rateParts.length === 1
          ? formatGrosze(r.item.rateParts[0]!.rateGr)
          : r.item.rateParts.map((p) => `${formatHours(p.minutes)} h × ${formatGrosze(p.rateGr)}`).join('; ')
        : null,
  },
  { header: 'Kwota', kind: 'money', width: 13, value: (r) => r.item?.amountGr ?? r.total!.amountGr },
  {
    header: 'Kwota słownie',
    width: 48,
    value: (r) => amountInWords(r.item?.amountGr ?? r.total!.amountGr),
  },
  {
    header: 'Forma wypłaty',
    width: 12,
    value: (r) => (r.item ? PAYMENT_FORM_LABELS[r.item.paymentForm] : null),
  },
  {
    header: 'Numer konta',
    width: 34,
    value: (r) => (r.item?.account ? formatPolishAccount(r.item.account) : null),
  },
  { header: 'Refundacja FP', kind: 'money', width: 13, value: (r) => r.item?.refundGr ?? r.total!.refundGr },
  { header: 'Data wypłaty', width: 12, value: (r) => (r.item?.paidOn ? formatDate(r.item.paidOn) : null) },
]

export function payoutListTable(list: PayoutListDetail): ExportTable {
  const rows = [...list.items.map((item, i) => ({ lp: i + 1, item })), { lp: null, item: null, total: list }]
  return buildTable(`Lista ${list.number.replace(/\//g, '-')}`, LIST_COLUMNS, rows)
}

const BANK_COLUMNS: ExportColumn<{ name: string; account: string; amountGr: number; title: string }>[] = [
  { header: 'Odbiorca', width: 30, value: (r) => r.name },
  { header: 'Numer rachunku', width: 30, value: (r) => r.account },
  { header: 'Kwota', kind: 'money', width: 12, value: (r) => r.amountGr },
  { header: 'Tytuł przelewu', width: 60, value: (r) => r.title },
]

/** Transfers for the people paid by bank whose account number passes the checksum. */
export function bankTransfersTable(list: PayoutListDetail): ExportTable {
  const month = `${list.month.slice(5, 7)}.${list.month.slice(0, 4)}`
  const rows = list.items.flatMap((item) => {
    const iban = item.paymentForm === 'przelew' && item.account ? normalizePolishAccount(item.account) : null
    if (!iban) return []
    return [
      {
        name: `${item.firstName} ${item.lastName}`,
        account: iban.slice(2),
        amountGr: item.amountGr,
        title: `Świadczenie za prace społecznie użyteczne ${month}, lista ${list.number}`,
      },
    ]
  })
  if (rows.length === 0) {
    throw new DomainError(
      'CONFLICT',
      `Na liście ${list.number} nikt nie ma wypłaty przelewem z numerem konta — plik dla banku byłby pusty.`,
    )
  }
  return buildTable('Przelewy', BANK_COLUMNS, rows)
}

const STATEMENT_COLUMNS: ExportColumn<Row<RefundStatementRow> & { total?: RefundStatement['totals'] }>[] = [
  { header: 'Lp.', kind: 'number', width: 5, value: (r) => r.lp },
  { header: 'Nazwisko', width: 20, value: (r) => r.item?.lastName ?? 'Razem' },
  { header: 'Imię', width: 14, value: (r) => r.item?.firstName ?? null },
  { header: 'PESEL', width: 13, value: (r) => r.item?.pesel ?? null },
  { header: 'Miesiąc', width: 16, value: (r) => (r.item ? formatMonth(r.item.month) : null) },
  { header: 'Lista wypłat', width: 14, value: (r) => r.item?.listNumber ?? null },
  { header: 'Godziny', kind: 'hours', width: 9, value: (r) => r.item?.workedMin ?? r.total!.workedMin },
  {
    header: 'Kwota wypłacona',
    kind: 'money',
    width: 15,
    value: (r) => r.item?.amountGr ?? r.total!.amountGr,
  },
  {
    header: 'Kwota refundacji',
    kind: 'money',
    width: 15,
    value: (r) => r.item?.refundGr ?? r.total!.refundGr,
  },
]

export function refundStatementTable(statement: RefundStatement): ExportTable {
  const rows = [
    ...statement.rows.map((item, i) => ({ lp: i + 1, item })),
    { lp: null, item: null, total: statement.totals },
  ]
  return buildTable(`Zestawienie ${statement.request.number.replace(/\//g, '-')}`, STATEMENT_COLUMNS, rows)
}

type YearRow = PayoutYear['total'] & { label: string }
const YEAR_COLUMNS: ExportColumn<YearRow>[] = [
  { header: 'Miesiąc', width: 18, value: (r) => r.label },
  { header: 'Osoby', kind: 'number', width: 8, value: (r) => r.persons },
  { header: 'Stanowiska', kind: 'number', width: 10, value: (r) => r.positions },
  { header: 'Godziny', kind: 'hours', width: 10, value: (r) => r.workedMin },
  { header: 'Kwota list', kind: 'money', width: 14, value: (r) => r.amountGr },
  { header: 'Wypłacono', kind: 'money', width: 14, value: (r) => r.paidGr },
  { header: 'Refundacja należna', kind: 'money', width: 16, value: (r) => r.refundDueGr },
  { header: 'Refundacja wnioskowana', kind: 'money', width: 18, value: (r) => r.refundRequestedGr },
  { header: 'Refundacja otrzymana', kind: 'money', width: 18, value: (r) => r.refundReceivedGr },
]

export function payoutYearTable(figures: PayoutYear): ExportTable {
  return buildTable(`PSU ${figures.year}`, YEAR_COLUMNS, [
    ...figures.months.map((m) => ({ ...m, label: formatMonth(m.month) })),
    { ...figures.total, label: `Rok ${figures.year}` },
  ])
}
