// What a payout list says and whether it still matches its month: the month's input from the
// porozumienie and its locked timesheets, the list's summary with its stale reasons, and its detail.
// Shared by the payouts service (screens, lifecycle) and its rate-change preview.
import type { Kysely } from 'kysely'
import type { PayoutItem, PayoutListDetail, PayoutListSummary } from '@shared/payouts.schema'
import { groupBy } from '@shared/group-by'
import { byPersonName } from '@shared/text'
import { firstDayOf, lastDayOf } from '@shared/psu-calendar'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { PorozumieniaService } from '../psu/porozumienia.service'
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import { amountChanges, describeAmountChanges, sheetChanges, type PersonAmounts } from './freshness'
import {
  computeMonth,
  type MonthInput,
  type MonthResult,
  type RatePeriod,
  type SheetInput,
} from './month-close'
import { monthKey, monthSheets, monthSheetsOf } from './month-sheets.repo'
import * as repo from './payouts.repo'

type Db = Kysely<Database>

export type PayoutReads = ReturnType<typeof createPayoutReads>

export function createPayoutReads(porozumienia: PorozumieniaService) {
  function toInput(
    porozumienie: PorozumienieRecord,
    month: string,
    minimumRates: readonly RatePeriod[],
    sheets: readonly SheetInput[],
  ): MonthInput {
    return {
      month,
      refundBase: porozumienie.refundBase,
      refundShareBp: porozumienie.refundShareBp,
      rates: porozumienie.rates,
      minimumRates,
      sheets,
    }
  }

  async function requirePorozumienie(ex: Db, id: number): Promise<PorozumienieRecord> {
    const porozumienie = await porozumienia.find(ex, id)
    if (!porozumienie) throw notFound(`porozumienie nr ${id}`)
    return porozumienie
  }

  async function monthInput(
    ex: Db,
    porozumienie: PorozumienieRecord,
    month: string,
    override: { rates?: readonly RatePeriod[]; minimumRates?: readonly RatePeriod[] } = {},
  ): Promise<MonthInput> {
    const minimumRates = override.minimumRates ?? ratePeriods(await porozumienia.listMinimumRates(ex))
    const input = toInput(porozumienie, month, minimumRates, await monthSheets(ex, porozumienie.id, month))
    return override.rates ? { ...input, rates: override.rates } : input
  }

  /** What the list says per person, as stored. */
  async function storedAmounts(ex: Db, listId: number): Promise<PersonAmounts[]> {
    return (await repo.listItems(ex, [listId])).map(toPersonAmounts)
  }

  /**
   * Why each list no longer matches its month (sheets reopened, added, or other amounts at today's
   * rates), keyed by list id: the same few statements for one list or for a whole screen of them.
   */
  async function staleReasonsOf(
    ex: Db,
    lists: readonly repo.PayoutListRow[],
    items?: Awaited<ReturnType<typeof repo.listItems>>,
  ): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>()
    const live = lists.filter((l) => l.status !== 'anulowana')
    for (const list of lists) out.set(list.id, [])
    if (live.length === 0) return out
    const ids = live.map((l) => l.id)
    const porozumienieById = new Map((await porozumienia.list(ex)).map((p) => [p.id, p]))
    const minimumRates = ratePeriods(await porozumienia.listMinimumRates(ex))
    const sheets = await monthSheetsOf(ex, live)
    const sources = groupBy(await repo.listSources(ex, ids), (s) => s.listId)
    const stored = groupBy(items ?? (await repo.listItems(ex, ids)), (i) => i.listId)
    for (const list of live) {
      const porozumienie = porozumienieById.get(list.porozumienieId)
      if (!porozumienie) throw notFound(`porozumienie nr ${list.porozumienieId}`)
      const input = toInput(porozumienie, list.month, minimumRates, sheets.get(monthKey(list)) ?? [])
      const storedAmounts = (stored.get(list.id) ?? []).map(toPersonAmounts)
      out.set(list.id, reasonsFor(input, sources.get(list.id) ?? [], storedAmounts))
    }
    return out
  }

  async function staleReasons(ex: Db, list: repo.PayoutListRow): Promise<string[]> {
    return (await staleReasonsOf(ex, [list])).get(list.id) ?? []
  }

  /**
   * The lists' summaries. `items` when the caller has read them already; `fresh` for a list computed
   * in this transaction, which matches its month by construction and is not checked again.
   */
  async function summaries(
    ex: Db,
    rows: readonly repo.PayoutListRow[],
    known: { items?: Awaited<ReturnType<typeof repo.listItems>>; fresh?: boolean } = {},
  ): Promise<PayoutListSummary[]> {
    const ids = rows.map((r) => r.id)
    const items = known.items ?? (await repo.listItems(ex, ids))
    const requests = new Map((await repo.activeRequestsOf(ex, ids)).map((r) => [r.listId, r.number]))
    const itemsOf = groupBy(items, (i) => i.listId)
    const reasonsOf = known.fresh ? new Map<number, string[]>() : await staleReasonsOf(ex, rows, items)
    const out: PayoutListSummary[] = []
    for (const row of rows) {
      const mine = itemsOf.get(row.id) ?? []
      const reasons = reasonsOf.get(row.id) ?? []
      out.push({
        id: row.id,
        number: row.number,
        porozumienieId: row.porozumienieId,
        porozumienieNumber: row.porozumienieNumber,
        month: row.month,
        status: row.status,
        persons: mine.length,
        paidPersons: mine.filter((i) => i.paidOn !== null).length,
        workedMin: sum(mine.map((i) => i.workedMin)),
        amountGr: sum(mine.map((i) => i.amountGr)),
        refundGr: sum(mine.map((i) => i.refundGr)),
        stale: reasons.length > 0,
        staleReasons: reasons,
        refundRequestNumber: requests.get(row.id) ?? null,
        computedAt: row.computedAt,
        approvedAt: row.approvedAt,
        approvedBy: row.approvedBy,
        paidAt: row.paidAt,
        cancelledAt: row.cancelledAt,
        cancelReason: row.cancelReason,
      })
    }
    return out
  }

  /**
   * The list with its items. `computed`: the list was just computed in this transaction from the
   * porozumienie and stored as these rows — it is fresh (see summaries), and neither is read again.
   */
  async function detail(
    ex: Db,
    id: number,
    computed?: { porozumienie: PorozumienieRecord } & repo.StoredContent,
  ): Promise<PayoutListDetail> {
    const row = await repo.findList(ex, id)
    if (!row) throw notFound(`lista wypłat nr ${id}`)
    const items = computed?.items ?? (await repo.listItems(ex, [id]))
    const [summary] = await summaries(ex, [row], { items, fresh: computed !== undefined })
    const positions = computed?.positions ?? (await repo.itemPositions(ex, [id]))
    const rates = computed?.rates ?? (await repo.itemRates(ex, [id]))
    const ids = await repo.itemIdentifiers(ex, [id])
    const porozumienie = computed?.porozumienie ?? (await porozumienia.find(ex, row.porozumienieId))
    const [first, last] = [firstDayOf(row.month), lastDayOf(row.month)]
    const part = (r: (typeof rates)[number]) => ({
      validFrom: r.validFrom,
      rateGr: r.rateGr,
      minutes: r.minutes,
    })
    const positionsOf = groupBy(positions, (p) => p.itemId)
    const ratesOf = groupBy(rates, (r) => r.itemId)
    const peselOf = new Map(ids.pesels.map((p) => [p.itemId, p.pesel]))
    const skierowanieOf = new Map(ids.skierowania.map((s) => [`${s.itemId}|${s.assignmentId}`, s.number]))
    const rows: PayoutItem[] = items.map((i) => ({
      id: i.id,
      participantId: i.participantId,
      firstName: i.firstName,
      lastName: i.lastName,
      pesel: peselOf.get(i.id) ?? null,
      positions: (positionsOf.get(i.id) ?? []).map((p) => ({
        positionId: p.positionId,
        positionType: p.positionType,
        workplace: p.workplace,
        workedMin: p.workedMin,
        skierowanieNumber: skierowanieOf.get(`${i.id}|${p.assignmentId}`) ?? '',
      })),
      workedMin: i.workedMin,
      rateParts: (ratesOf.get(i.id) ?? []).filter((r) => r.kind === 'swiadczenie').map(part),
      minimumParts: (ratesOf.get(i.id) ?? []).filter((r) => r.kind === 'minimalna').map(part),
      amountGr: i.amountGr,
      refundGr: i.refundGr,
      paymentForm: i.paymentForm,
      account: i.accountIban,
      paidOn: i.paidOn,
      paidForm: i.paidForm,
    }))
    return {
      ...summary!,
      porozumienieSignedOn: row.signedOn,
      refundBase: row.refundBase,
      refundShareBp: row.refundShareBp,
      items: rows.sort(byPersonName),
      belowMinimum: (porozumienie?.belowMinimum ?? []).filter((b) => b.from <= last && b.to >= first),
    }
  }

  async function requireList(ex: Db, id: number): Promise<repo.PayoutListRow> {
    const row = await repo.findList(ex, id)
    if (!row) throw notFound(`lista wypłat nr ${id}`)
    return row
  }

  async function refuseStale(ex: Db, list: repo.PayoutListRow, doing: string): Promise<void> {
    const reasons = await staleReasons(ex, list)
    if (reasons.length > 0) {
      throw new DomainError(
        'CONFLICT',
        `Lista ${list.number} jest nieaktualna — ${doing} nie jest możliwe. ${reasons.join(' ')} ` +
          (list.status === 'projekt'
            ? 'Przelicz listę.'
            : 'Anuluj listę (z podaniem powodu) i policz miesiąc od nowa.'),
      )
    }
  }

  return {
    requirePorozumienie,
    monthInput,
    storedAmounts,
    staleReasons,
    summaries,
    detail,
    requireList,
    refuseStale,
  }
}

/** The reasons a list is stale, from its month as it is now and what the list stored. */
function reasonsFor(
  input: MonthInput,
  stored: readonly { timesheetId: number; version: number }[],
  storedAmounts: PersonAmounts[],
): string[] {
  const reasons = sheetChanges(
    stored.map(({ timesheetId, version }) => ({ timesheetId, version })),
    input.sheets.map((s) => ({
      timesheetId: s.timesheetId,
      version: s.version,
      status: s.status,
      label: `${s.lastName} ${s.firstName} (${s.positionType})`,
    })),
  )
  if (reasons.length > 0) return reasons
  let result: MonthResult
  try {
    result = computeMonth(input)
  } catch (error) {
    if (error instanceof DomainError) return [error.message]
    throw error
  }
  const changes = amountChanges(storedAmounts, personAmounts(result))
  return changes.length > 0 ? [describeAmountChanges(changes)] : []
}

function toPersonAmounts(item: {
  participantId: number
  lastName: string
  firstName: string
  amountGr: number
  refundGr: number
}): PersonAmounts {
  return {
    participantId: item.participantId,
    name: `${item.lastName} ${item.firstName}`,
    amountGr: item.amountGr,
    refundGr: item.refundGr,
  }
}

const ratePeriods = (rates: readonly { validFrom: string; rateGr: number }[]): RatePeriod[] =>
  rates.map(({ validFrom, rateGr }) => ({ validFrom, rateGr }))

export function personAmounts(result: MonthResult): PersonAmounts[] {
  return result.persons.map((p) => ({
    participantId: p.participantId,
    name: `${p.lastName} ${p.firstName}`,
    amountGr: p.amountGr,
    refundGr: p.refundGr,
  }))
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
