// The payout screens' lists (payout lists, refund requests) and one list, its bank transfers, a refund
// zestawienie and the PSU year as tables: which service loads each and how its file is named.
import { formatDate, todayIso } from '@shared/dates'
import { PAYOUT_STATUS_LABELS, type PayoutListSummary } from '@shared/payouts.schema'
import { REFUND_STATUS_LABELS, type RefundRequestSummary } from '@shared/payouts-refunds.schema'
import { formatMonth } from '@shared/psu-calendar'
import { fileSafe, wired, type ListLoaders, type ListSources } from './list-sources'
import { bankTransfersTable, payoutListTable, payoutYearTable, refundStatementTable } from './payout-tables'
import { buildTable, type ExportColumn } from './table'

type PayoutListName =
  'payouts' | 'refunds' | 'payout-list' | 'payout-bank' | 'refund-statement' | 'payout-year'

const PAYOUT_COLUMNS: ExportColumn<PayoutListSummary>[] = [
  { header: 'Numer', width: 14, value: (l) => l.number },
  { header: 'Miesiąc', width: 16, value: (l) => formatMonth(l.month) },
  { header: 'Porozumienie', width: 16, value: (l) => l.porozumienieNumber },
  { header: 'Status', width: 14, value: (l) => PAYOUT_STATUS_LABELS[l.status] },
  { header: 'Osoby', kind: 'number', width: 8, value: (l) => l.persons },
  { header: 'Wypłacono osobom', kind: 'number', width: 10, value: (l) => l.paidPersons },
  { header: 'Godziny', kind: 'hours', width: 10, value: (l) => l.workedMin },
  { header: 'Kwota', kind: 'money', width: 14, value: (l) => l.amountGr },
  { header: 'Refundacja', kind: 'money', width: 14, value: (l) => l.refundGr },
  { header: 'Nieaktualna', width: 30, value: (l) => (l.stale ? l.staleReasons.join(' ') : '') },
  { header: 'Wniosek o refundację', width: 16, value: (l) => l.refundRequestNumber },
]

const REFUND_COLUMNS: ExportColumn<RefundRequestSummary>[] = [
  { header: 'Numer', width: 14, value: (r) => r.number },
  { header: 'Porozumienie', width: 16, value: (r) => r.porozumienieNumber },
  { header: 'Miesiące', width: 30, value: (r) => r.months.map(formatMonth).join(', ') },
  { header: 'Data wniosku', width: 12, value: (r) => formatDate(r.requestedOn) },
  { header: 'Termin', width: 12, value: (r) => formatDate(r.dueOn) },
  { header: 'Wnioskowano', kind: 'money', width: 14, value: (r) => r.requestedGr },
  { header: 'Status', width: 12, value: (r) => REFUND_STATUS_LABELS[r.status] },
  { header: 'Data wpływu', width: 12, value: (r) => formatDate(r.receivedOn) },
  { header: 'Otrzymano', kind: 'money', width: 14, value: (r) => r.receivedGr },
  { header: 'Różnica', kind: 'money', width: 12, value: (r) => r.differenceGr },
  { header: 'Dni po terminie', kind: 'number', width: 10, value: (r) => r.overdueDays },
]

export function payoutListLoaders(sources: ListSources): ListLoaders<PayoutListName> {
  const payouts = () => wired(sources, 'payouts')
  const refunds = () => wired(sources, 'refunds')
  return {
    payouts: async ({ query }) => ({
      baseName: `listy-wyplat-${query.year ?? 'wszystkie'}`,
      table: buildTable('Listy wypłat', PAYOUT_COLUMNS, await payouts().list(query)),
    }),
    refunds: async () => ({
      baseName: `wnioski-o-refundacje-${todayIso()}`,
      table: buildTable('Wnioski o refundację', REFUND_COLUMNS, (await refunds().board()).requests),
    }),
    'payout-list': async ({ listId }) => {
      const list = await payouts().get(listId)
      return { baseName: `lista-wyplat-${fileSafe(list.number)}`, table: payoutListTable(list) }
    },
    'payout-bank': async ({ listId }) => {
      const list = await payouts().get(listId)
      return { baseName: `przelewy-${fileSafe(list.number)}`, table: bankTransfersTable(list) }
    },
    'refund-statement': async ({ requestId }) => {
      const statement = await refunds().statement(requestId)
      return {
        baseName: `zestawienie-${fileSafe(statement.request.number)}`,
        table: refundStatementTable(statement),
      }
    },
    'payout-year': async ({ year }) => ({
      baseName: `psu-${year}`,
      table: payoutYearTable(await payouts().year(year)),
    }),
  }
}
