// PSU payout lists: what the screens read (sources, a month's sheets, lists, the year's figures), the
// rate-change preview and the settings; the list's life and its payments have their own files.
import type { Kysely } from 'kysely'
import {
  type PayoutListDetail,
  type PayoutListQuery,
  type PayoutListSummary,
  type PayoutMonthStatus,
  type PayoutSettings,
  type PayoutSources,
  type PayoutYear,
  type RateChangeInput,
  type RateChangePreview,
} from '@shared/payouts.schema'
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { PorozumieniaService } from '../psu/porozumienia.service'
import { amountChanges } from './freshness'
import { computeMonth } from './month-close'
import { createPayoutLifecycle } from './payout-lifecycle'
import { createPayoutPayments } from './payout-payments'
import { createPayoutReads, personAmounts, sum } from './payout-reads'
import { monthSheets } from './month-sheets.repo'
import * as repo from './payouts.repo'
import { yearFigures, type YearItem } from './year-figures'

export type PayoutsService = ReturnType<typeof createPayoutsService>
type Db = Kysely<Database>

export function createPayoutsService(
  db: Db,
  deps: { porozumienia: PorozumieniaService },
  now: () => Date = () => new Date(),
) {
  const reads = createPayoutReads(deps.porozumienia)
  const { requirePorozumienie, monthInput, storedAmounts, summaries, detail } = reads

  return {
    ...createPayoutLifecycle(db, reads, now),
    ...createPayoutPayments(db, reads, now),

    async sources(): Promise<PayoutSources> {
      const all = await deps.porozumienia.list()
      return {
        porozumienia: all.sort(newestPeriodFirst).map((p) => ({
          id: p.id,
          number: p.number,
          signedOn: p.signedOn,
          periodFrom: p.periodFrom,
          periodTo: p.periodTo,
          refundBase: p.refundBase,
          refundShareBp: p.refundShareBp,
          rates: p.rates,
        })),
        minimumRates: (await deps.porozumienia.listMinimumRates()).map(
          ({ validFrom, rateGr, confidence, source }) => ({ validFrom, rateGr, confidence, source }),
        ),
      }
    },

    async monthStatus(porozumienieId: number, month: string): Promise<PayoutMonthStatus> {
      if (!(await deps.porozumienia.find(db, porozumienieId)))
        throw notFound(`porozumienie nr ${porozumienieId}`)
      const sheets = await monthSheets(db, porozumienieId, month)
      const active = await repo.findActiveList(db, porozumienieId, month)
      return {
        porozumienieId,
        month,
        sheets: sheets.map((s) => ({
          timesheetId: s.timesheetId,
          name: `${s.lastName} ${s.firstName}`,
          position: `${s.positionType} — ${s.workplace}`,
          status: s.status,
          version: s.version,
          workedMin: sum(s.days.map((d) => d.workedMin)),
        })),
        openSheets: sheets.filter((s) => s.status !== 'zamkniety').length,
        activeListId: active?.id ?? null,
      }
    },

    async list(query: PayoutListQuery): Promise<PayoutListSummary[]> {
      return summaries(db, await repo.findLists(db, query))
    },

    get(id: number): Promise<PayoutListDetail> {
      return detail(db, id)
    },

    /** Which computed lists (and people, old and new amounts) a proposed rate table would change. */
    async previewRateChange(change: RateChangeInput): Promise<RateChangePreview> {
      const rates = change.rates.map(({ validFrom, rateGr }) => ({ validFrom, rateGr }))
      let lists = await repo.activeLists(db, change.target === 'porozumienie' ? change.porozumienieId : null)
      if (change.target === 'porozumienie' && !(await deps.porozumienia.find(db, change.porozumienieId))) {
        throw notFound(`porozumienie nr ${change.porozumienieId}`)
      }
      if (change.target === 'minimalna') lists = lists.filter((l) => l.refundBase === 'stawka_minimalna')
      const out: RateChangePreview['lists'] = []
      for (const list of lists) {
        const override = change.target === 'porozumienie' ? { rates } : { minimumRates: rates }
        const head = {
          listId: list.id,
          number: list.number,
          month: list.month,
          porozumienieNumber: list.porozumienieNumber,
          status: list.status,
        }
        try {
          const porozumienie = await requirePorozumienie(db, list.porozumienieId)
          const result = computeMonth(await monthInput(db, porozumienie, list.month, override))
          const changes = amountChanges(await storedAmounts(db, list.id), personAmounts(result))
          if (changes.length > 0) out.push({ ...head, error: null, changes })
        } catch (error) {
          if (!(error instanceof DomainError)) throw error
          out.push({ ...head, error: error.message, changes: [] })
        }
      }
      return { checkedLists: lists.length, lists: out }
    },

    async year(year: number): Promise<PayoutYear> {
      const lists = await repo.yearLists(db, year)
      const listIds = [...new Set(lists.map((l) => l.id))]
      const items = await repo.listItems(db, listIds)
      const positions = await repo.itemPositions(db, listIds)
      const yearItems: YearItem[] = items.map((i) => {
        const list = lists.find((l) => l.id === i.listId)!
        return {
          id: i.id,
          month: list.month,
          participantId: i.participantId,
          positions: positions
            .filter((p) => p.itemId === i.id && p.workedMin > 0)
            .map((p) => ({ positionId: p.positionId, positionType: p.positionType })),
          workedMin: i.workedMin,
          amountGr: i.amountGr,
          paidOn: i.paidOn,
          refundGr: i.refundGr,
          requestId: list.requestId,
        }
      })
      const requestIds = [...new Set(lists.map((l) => l.requestId).filter((r): r is number => r !== null))]
      return yearFigures(year, yearItems, await repo.requestReceipts(db, requestIds))
    },

    /** Pass the transaction when reading inside one. */
    settings: (ex: Db = db) => readSettings(ex),

    async updateSettings(s: PayoutSettings): Promise<PayoutSettings> {
      await repo.updatePayoutSettings(db, {
        pup_name: s.pupName,
        pup_address: s.pupAddress,
        prepared_by: s.preparedBy,
        checked_by: s.checkedBy,
        approved_by: s.approvedBy,
        gmina_name: s.gminaName,
        gmina_account: s.gminaAccount,
        signatory_name: s.signatoryName,
        signatory_function: s.signatoryFunction,
        list_shows_identifiers: s.listShowsIdentifiers ? 1 : 0,
      })
      return readSettings(db)
    },

    /** For refunds, inside their transaction: the lists' summaries in the ids' order, undefined where none. */
    async summariesOf(ex: Db, ids: readonly number[]): Promise<(PayoutListSummary | undefined)[]> {
      const rows = (await Promise.all(ids.map((id) => repo.findList(ex, id)))).filter((r) => r !== undefined)
      const found = await summaries(ex, rows)
      return ids.map((id) => found.find((s) => s.id === id))
    },
  }
}

async function readSettings(db: Db): Promise<PayoutSettings> {
  const s = await repo.payoutSettings(db)
  return {
    pupName: s.pupName,
    pupAddress: s.pupAddress,
    preparedBy: s.preparedBy,
    checkedBy: s.checkedBy,
    approvedBy: s.approvedBy,
    gminaName: s.gminaName,
    gminaAccount: s.gminaAccount,
    signatoryName: s.signatoryName,
    signatoryFunction: s.signatoryFunction,
    listShowsIdentifiers: s.listShowsIdentifiers === 1,
  }
}

/** Newest period first, then by number (as the porozumienie picker lists them). */
function newestPeriodFirst(a: PorozumienieRecord, b: PorozumienieRecord): number {
  if (a.periodFrom !== b.periodFrom) return a.periodFrom < b.periodFrom ? 1 : -1
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0
}
