// Refund requests to the PUP for paid payout lists of one porozumienie, and the money received:
// requested → received (or cancelled, with a reason); the board of what the PUP still owes.
import type { Kysely } from 'kysely'
import { formatDate, todayIso } from '@shared/dates'
import { formatMonth } from '@shared/psu-calendar'
import { byPersonName } from '@shared/text'
import type {
  RefundBoard,
  RefundCancelInput,
  RefundCreateInput,
  RefundReceiveInput,
  RefundRequestSummary,
} from '@shared/payouts-refunds.schema'
import type { PayoutListSummary } from '@shared/payouts.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { PayoutsService } from '../payouts/payouts.service'
import type { PorozumieniaService } from '../psu/porozumienia.service'
import { addDays } from '@shared/kis-periods'
import { boardFlags, sortBoard } from './refund-board'
import * as repo from './refunds.repo'

export type RefundsService = ReturnType<typeof createRefundsService>
type Db = Kysely<Database>

export const REFUND_NUMBER_PREFIX = 'WR'

export interface RefundStatementRow {
  listNumber: string
  month: string
  firstName: string
  lastName: string
  pesel: string | null
  workedMin: number
  amountGr: number
  refundGr: number
}

export interface RefundStatement {
  request: RefundRequestSummary
  porozumienie: {
    number: string
    signedOn: string
    refundBase: 'stawka_minimalna' | 'stawka_wyplacona'
    refundShareBp: number
    refundDueDays: number
    refundAmountGr: number | null
  }
  /** By month, then surname. */
  rows: RefundStatementRow[]
  perMonth: {
    month: string
    listNumber: string
    persons: number
    workedMin: number
    amountGr: number
    refundGr: number
  }[]
  totals: { workedMin: number; amountGr: number; refundGr: number }
}

export function createRefundsService(
  db: Db,
  deps: { payouts: PayoutsService; porozumienia: PorozumieniaService },
  now: () => Date = () => new Date(),
) {
  async function summaries(ex: Db, rows: readonly repo.RefundRequestRow[]): Promise<RefundRequestSummary[]> {
    const lists = await repo.requestLists(
      ex,
      rows.map((r) => r.id),
    )
    const today = todayIso(now())
    return rows.map((r) => {
      const mine = lists.filter((l) => l.requestId === r.id)
      const flags = boardFlags(
        {
          id: r.id,
          requestedOn: r.requestedOn,
          dueOn: r.dueOn,
          requestedGr: r.requestedGr,
          status: r.status,
          receivedOn: r.receivedOn,
          receivedGr: r.receivedGr,
        },
        today,
      )
      return {
        id: r.id,
        number: r.number,
        porozumienieId: r.porozumienieId,
        porozumienieNumber: r.porozumienieNumber,
        months: [...new Set(mine.map((l) => l.month))].sort(),
        listNumbers: mine.map((l) => l.number),
        requestedOn: r.requestedOn,
        dueOn: r.dueOn,
        requestedGr: r.requestedGr,
        status: r.status,
        receivedOn: r.receivedOn,
        receivedGr: r.receivedGr,
        differenceGr: flags.differenceGr,
        overdueDays: flags.overdueDays,
        cancelReason: r.cancelReason,
      }
    })
  }

  async function summary(ex: Db, id: number): Promise<RefundRequestSummary> {
    const row = await repo.findRequest(ex, id)
    if (!row) throw notFound(`wniosek o refundację nr ${id}`)
    return (await summaries(ex, [row]))[0]!
  }

  return {
    async board(): Promise<RefundBoard> {
      const all = await summaries(db, await repo.allRequests(db))
      const owed = all.filter((r) => r.status === 'zlozony')
      return {
        requests: sortBoard(all, todayIso(now())),
        owedGr: owed.reduce((a, r) => a + r.requestedGr, 0),
        overdue: owed.filter((r) => r.overdueDays > 0).length,
      }
    },

    /** Paid, up-to-date lists of the porozumienie not yet in a request. */
    async candidates(porozumienieId: number): Promise<PayoutListSummary[]> {
      const lists = await deps.payouts.list({ year: null, porozumienieId })
      return lists
        .filter((l) => l.status === 'wyplacona' && l.refundRequestNumber === null && !l.stale)
        .sort((a, b) => a.month.localeCompare(b.month))
    },

    create(input: RefundCreateInput): Promise<RefundRequestSummary> {
      return db.transaction().execute(async (trx) => {
        const porozumienie = await deps.porozumienia.find(trx, input.porozumienieId)
        if (!porozumienie) throw notFound(`porozumienie nr ${input.porozumienieId}`)
        if (input.requestedOn > todayIso(now())) {
          const message = 'Data wniosku nie może być z przyszłości.'
          throw new DomainError('INVALID_INPUT', message, { requestedOn: message })
        }
        const listIds = [...new Set(input.listIds)]
        const lists = await deps.payouts.summariesOf(trx, listIds)
        listIds.forEach((listId, k) => refuseList(lists[k], listId, input))
        const year = now().getFullYear()
        const seq = await repo.nextSeq(trx, year)
        const stamp = now().toISOString()
        const id = await repo.insertRequest(trx, {
          year,
          seq,
          number: `${REFUND_NUMBER_PREFIX}/${seq}/${year}`,
          porozumienie_id: input.porozumienieId,
          requested_on: input.requestedOn,
          // The porozumienie's own term (§ 3 of the 2017 regulation: "terminy refundacji").
          due_on: addDays(input.requestedOn, porozumienie.refundDueDays),
          requested_gr: lists.reduce((a, l) => a + l!.refundGr, 0),
          status: 'zlozony',
          received_on: null,
          received_gr: null,
          cancel_reason: '',
          created_at: stamp,
          updated_at: stamp,
        })
        await repo.linkLists(trx, id, listIds)
        return summary(trx, id)
      })
    },

    receive(input: RefundReceiveInput): Promise<RefundRequestSummary> {
      return db.transaction().execute(async (trx) => {
        const request = await repo.findRequest(trx, input.id)
        if (!request) throw notFound(`wniosek o refundację nr ${input.id}`)
        if (request.status !== 'zlozony') {
          throw new DomainError(
            'CONFLICT',
            request.status === 'otrzymany'
              ? `Wpływ refundacji z wniosku ${request.number} jest już zapisany (${formatDate(request.receivedOn)}).`
              : `Wniosek ${request.number} jest anulowany.`,
          )
        }
        if (input.receivedOn < request.requestedOn) {
          const message = `Data wpływu nie może być wcześniejsza niż data wniosku (${formatDate(request.requestedOn)}).`
          throw new DomainError('INVALID_INPUT', message, { receivedOn: message })
        }
        if (input.receivedOn > todayIso(now())) {
          const message = 'Data wpływu nie może być z przyszłości.'
          throw new DomainError('INVALID_INPUT', message, { receivedOn: message })
        }
        await repo.updateRequest(trx, input.id, {
          status: 'otrzymany',
          received_on: input.receivedOn,
          received_gr: input.receivedGr,
          updated_at: now().toISOString(),
        })
        return summary(trx, input.id)
      })
    },

    cancel(input: RefundCancelInput): Promise<RefundRequestSummary> {
      return db.transaction().execute(async (trx) => {
        const request = await repo.findRequest(trx, input.id)
        if (!request) throw notFound(`wniosek o refundację nr ${input.id}`)
        if (request.status !== 'zlozony') {
          throw new DomainError(
            'CONFLICT',
            `Wniosek ${request.number} jest ${request.status === 'otrzymany' ? 'rozliczony (refundacja wpłynęła)' : 'już anulowany'} — nie można go anulować.`,
          )
        }
        await repo.updateRequest(trx, input.id, {
          status: 'anulowany',
          cancel_reason: input.reason,
          updated_at: now().toISOString(),
        })
        await repo.releaseLists(trx, input.id)
        return summary(trx, input.id)
      })
    },

    /** The zestawienie: each person's hours, paid amount and refund, reconciled to the request's amount. */
    async statement(id: number): Promise<RefundStatement> {
      const request = await summary(db, id)
      const row = (await repo.findRequest(db, id))!
      const porozumienie = (await deps.porozumienia.find(db, row.porozumienieId))!
      const links = await repo.requestLists(db, [id])
      const wanted = links.filter((l) => (request.status === 'anulowany' ? true : l.active === 1))
      const rows = (
        await repo.statementRows(
          db,
          wanted.map((l) => l.id),
        )
      ).sort((a, b) => a.month.localeCompare(b.month) || byPersonName(a, b))
      const perMonth = wanted.map((l) => {
        const mine = rows.filter((r) => r.listId === l.id)
        return {
          month: l.month,
          listNumber: l.number,
          persons: mine.length,
          workedMin: total(mine, 'workedMin'),
          amountGr: total(mine, 'amountGr'),
          refundGr: total(mine, 'refundGr'),
        }
      })
      const totals = {
        workedMin: total(rows, 'workedMin'),
        amountGr: total(rows, 'amountGr'),
        refundGr: total(rows, 'refundGr'),
      }
      if (totals.refundGr !== request.requestedGr) {
        throw new DomainError(
          'INTERNAL',
          `Zestawienie do wniosku ${request.number} nie zgadza się z kwotą wniosku — zgłoś to administratorowi.`,
        )
      }
      return {
        request,
        porozumienie: {
          number: porozumienie.number,
          signedOn: porozumienie.signedOn,
          refundBase: porozumienie.refundBase,
          refundShareBp: porozumienie.refundShareBp,
          refundDueDays: porozumienie.refundDueDays,
          refundAmountGr: porozumienie.refundAmountGr,
        },
        rows: rows.map((r) => ({
          listNumber: r.listNumber,
          month: r.month,
          firstName: r.firstName,
          lastName: r.lastName,
          pesel: r.pesel,
          workedMin: r.workedMin,
          amountGr: r.amountGr,
          refundGr: r.refundGr,
        })),
        perMonth,
        totals,
      }
    },
  }
}

/** Why a list cannot go into the request: checked list by list, in the order the user picked them. */
function refuseList(
  list: PayoutListSummary | undefined,
  listId: number,
  input: RefundCreateInput,
): asserts list is PayoutListSummary {
  if (!list) throw notFound(`lista wypłat nr ${listId}`)
  if (list.porozumienieId !== input.porozumienieId) {
    throw new DomainError(
      'CONFLICT',
      `Lista ${list.number} dotyczy porozumienia ${list.porozumienieNumber} — wniosek obejmuje jedno porozumienie.`,
    )
  }
  if (list.status !== 'wyplacona') {
    throw new DomainError(
      'CONFLICT',
      `Lista ${list.number} (${formatMonth(list.month)}) nie jest wypłacona — refundacja dotyczy świadczeń już wypłaconych.`,
    )
  }
  if (list.refundRequestNumber !== null) {
    throw new DomainError('CONFLICT', `Lista ${list.number} jest już we wniosku ${list.refundRequestNumber}.`)
  }
  if (list.stale) {
    throw new DomainError(
      'CONFLICT',
      `Lista ${list.number} jest nieaktualna: ${list.staleReasons.join(' ')} Anuluj ją i policz miesiąc od nowa.`,
    )
  }
  if (list.paidAt && input.requestedOn < list.paidAt) {
    const message = `Wniosek nie może mieć daty wcześniejszej niż wypłata listy ${list.number} (${formatDate(list.paidAt)}).`
    throw new DomainError('INVALID_INPUT', message, { requestedOn: message })
  }
}

function total<K extends string>(rows: readonly Record<K, number>[], key: K): number {
  return rows.reduce((a, r) => a + r[key], 0)
}
