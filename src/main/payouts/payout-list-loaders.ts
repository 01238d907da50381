// The payout lists' entries in the list export: which service loads each and how its file is named.
import type { ListExportRequest } from '@shared/exports.schema'
import type { ExportTable } from '../exports/table'
import type { RefundsService } from '../refunds/refunds.service'
import { bankTransfersTable, payoutListTable, payoutYearTable, refundStatementTable } from './payout-exports'
import type { PayoutsService } from './payouts.service'

type PayoutListName = 'payout-list' | 'payout-bank' | 'refund-statement' | 'payout-year'
type Loaders = {
  [L in PayoutListName]: (
    request: Extract<ListExportRequest, { list: L }>,
  ) => Promise<{ baseName: string; table: ExportTable }>
}

const fileSafe = (number: string) => number.replace(/\//g, '-')

export function payoutListLoaders(sources: { payouts?: PayoutsService; refunds?: RefundsService }): Loaders {
  const s = {
    get payouts() {
      return wired(sources.payouts)
    },
    get refunds() {
      return wired(sources.refunds)
    },
  }
  return {
    'payout-list': async ({ listId }) => {
      const list = await s.payouts.get(listId)
      return { baseName: `lista-wyplat-${fileSafe(list.number)}`, table: payoutListTable(list) }
    },
    'payout-bank': async ({ listId }) => {
      const list = await s.payouts.get(listId)
      return { baseName: `przelewy-${fileSafe(list.number)}`, table: bankTransfersTable(list) }
    },
    'refund-statement': async ({ requestId }) => {
      const statement = await s.refunds.statement(requestId)
      return {
        baseName: `zestawienie-${fileSafe(statement.request.number)}`,
        table: refundStatementTable(statement),
      }
    },
    'payout-year': async ({ year }) => ({
      baseName: `psu-${year}`,
      table: payoutYearTable(await s.payouts.year(year)),
    }),
  }
}

function wired<T>(service: T | undefined): T {
  if (!service) throw new Error('Payout services are not wired into this list export.')
  return service
}
