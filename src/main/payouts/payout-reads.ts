// What a payout list says and whether it still matches its month: the month's input from the
// porozumienie and its locked timesheets, the list's summary with its stale reasons, and its detail.
// Shared by the payouts service (screens, lifecycle) and its rate-change preview.
import type { Kysely } from 'kysely'
import type { PayoutItem, PayoutListDetail, PayoutListSummary } from '@shared/payouts.schema'
import { byPersonName } from '@shared/text'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { PorozumieniaService } from '../psu/porozumienia.service'
import { amountChanges, describeAmountChanges, sheetChanges, type PersonAmounts } from './freshness'
import { computeMonth, type MonthInput, type MonthResult, type RatePeriod } from './month-close'
import * as repo from './payouts.repo'

type Db = Kysely<Database>

export type PayoutReads = ReturnType<typeof createPayoutReads>

export function createPayoutReads(porozumienia: PorozumieniaService) {
  async function monthInput(
    ex: Db,
    porozumienieId: number,
    month: string,
    override: { rates?: readonly RatePeriod[]; minimumRates?: readonly RatePeriod[] } = {},
  ): Promise<MonthInput> {
    const porozumienie = await porozumienia.find(ex, porozumienieId)
    if (!porozumienie) throw notFound(`porozumienie nr ${porozumienieId}`)
    return {
      month,
      refundBase: porozumienie.refundBase,
      refundShareBp: porozumienie.refundShareBp,
      rates: override.rates ?? porozumienie.rates,
      minimumRates: override.minimumRates ?? ratePeriods(await porozumienia.listMinimumRates(ex)),
      sheets: await repo.monthSheets(ex, porozumienieId, month),
    }
  }

  /** What the list says per person, as stored. */
  async function storedAmounts(ex: Db, listId: number): Promise<PersonAmounts[]> {
    return (await repo.listItems(ex, [listId])).map((i) => ({
      participantId: i.participantId,
      name: `${i.lastName} ${i.firstName}`,
      amountGr: i.amountGr,
      refundGr: i.refundGr,
    }))
  }

  /** Why a list no longer matches its month (sheets reopened, added, or other amounts at today's rates). */
  async function staleReasons(ex: Db, list: repo.PayoutListRow): Promise<string[]> {
    if (list.status === 'anulowana') return []
    const input = await monthInput(ex, list.porozumienieId, list.month)
    const stored = (await repo.listSources(ex, [list.id])).map(({ timesheetId, version }) => ({
      timesheetId,
      version,
    }))
    const reasons = sheetChanges(
      stored,
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
    const changes = amountChanges(await storedAmounts(ex, list.id), personAmounts(result))
    return changes.length > 0 ? [describeAmountChanges(changes)] : []
  }

  async function summaries(ex: Db, rows: readonly repo.PayoutListRow[]): Promise<PayoutListSummary[]> {
    const ids = rows.map((r) => r.id)
    const items = await repo.listItems(ex, ids)
    const requests = await repo.activeRequestsOf(ex, ids)
    const out: PayoutListSummary[] = []
    for (const row of rows) {
      const mine = items.filter((i) => i.listId === row.id)
      const reasons = await staleReasons(ex, row)
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
        refundRequestNumber: requests.find((r) => r.listId === row.id)?.number ?? null,
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

  async function detail(ex: Db, id: number): Promise<PayoutListDetail> {
    const row = await repo.findList(ex, id)
    if (!row) throw notFound(`lista wypłat nr ${id}`)
    const [summary] = await summaries(ex, [row])
    const items = await repo.listItems(ex, [id])
    const itemIds = items.map((i) => i.id)
    const positions = await repo.itemPositions(ex, itemIds)
    const rates = await repo.itemRates(ex, itemIds)
    const part = (r: (typeof rates)[number]) => ({
      validFrom: r.validFrom,
      rateGr: r.rateGr,
      minutes: r.minutes,
    })
    const rows: PayoutItem[] = items.map((i) => ({
      id: i.id,
      participantId: i.participantId,
      firstName: i.firstName,
      lastName: i.lastName,
      positions: positions
        .filter((p) => p.itemId === i.id)
        .map((p) => ({
          positionId: p.positionId,
          positionType: p.positionType,
          workplace: p.workplace,
          workedMin: p.workedMin,
        })),
      workedMin: i.workedMin,
      rateParts: rates.filter((r) => r.itemId === i.id && r.kind === 'swiadczenie').map(part),
      minimumParts: rates.filter((r) => r.itemId === i.id && r.kind === 'minimalna').map(part),
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

  return { monthInput, storedAmounts, staleReasons, summaries, detail, requireList, refuseStale }
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
