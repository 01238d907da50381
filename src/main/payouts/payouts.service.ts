// PSU payout lists: closing a locked month into a numbered list, keeping it tied to the versions of its
// timesheets, approving, paying, cancelling; payment details; rate-change preview; the year's figures.
import type { Kysely } from 'kysely'
import { formatDate, todayIso } from '@shared/dates'
import { normalizePolishAccount } from '@shared/iban'
import { formatMonth } from '@shared/psu-calendar'
import {
  accountProblem,
  PAYOUT_STATUS_LABELS,
  type PaymentDetailsInput,
  type PayoutCancelInput,
  type PayoutListDetail,
  type PayoutListQuery,
  type PayoutListSummary,
  type PayoutMonthStatus,
  type PayoutPayInput,
  type PayoutUnpayInput,
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
import { paymentUndoRefusal } from './payment-undo'
import { createPayoutReads, personAmounts, sum } from './payout-reads'
import * as repo from './payouts.repo'
import { yearFigures, type YearItem } from './year-figures'

export type PayoutsService = ReturnType<typeof createPayoutsService>
type Db = Kysely<Database>

export const PAYOUT_NUMBER_PREFIX = 'LW'

export function createPayoutsService(
  db: Db,
  deps: { porozumienia: PorozumieniaService },
  now: () => Date = () => new Date(),
) {
  const { monthInput, storedAmounts, summaries, detail, requireList, refuseStale } = createPayoutReads(
    deps.porozumienia,
  )

  return {
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
      const sheets = await repo.monthSheets(db, porozumienieId, month)
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

    /** Closes the month: computes (or recomputes a projekt) from the locked sheets, in one transaction. */
    compute(porozumienieId: number, month: string): Promise<PayoutListDetail> {
      return db.transaction().execute(async (trx) => {
        const active = await repo.findActiveList(trx, porozumienieId, month)
        if (active && active.status !== 'projekt') {
          throw new DomainError(
            'CONFLICT',
            `Lista ${active.number} za ${formatMonth(month)} jest ${PAYOUT_STATUS_LABELS[active.status]} — ` +
              'takiej listy nie zmienia się po cichu. Aby policzyć miesiąc od nowa, anuluj ją z podaniem powodu.',
          )
        }
        const result = computeMonth(await monthInput(trx, porozumienieId, month))
        if (result.persons.length === 0) {
          throw new DomainError(
            'CONFLICT',
            `Nikt nie ma przepracowanych godzin w miesiącu ${formatMonth(month)} — lista byłaby pusta.`,
          )
        }
        const porozumienie = (await deps.porozumienia.find(trx, porozumienieId))!
        const details = await repo.paymentDetails(
          trx,
          result.persons.map((p) => p.participantId),
        )
        const payment = new Map(
          details.map((d) => [d.participantId, { form: d.paymentForm, iban: d.accountIban }]),
        )
        const stamp = now().toISOString()
        let listId: number
        if (active) {
          listId = active.id
          await repo.clearListContent(trx, listId)
          await repo.updateList(trx, listId, {
            refund_base: porozumienie.refundBase,
            refund_share_bp: porozumienie.refundShareBp,
            computed_at: stamp,
            updated_at: stamp,
          })
        } else {
          const year = now().getFullYear()
          const seq = await repo.nextSeq(trx, year)
          listId = await repo.insertList(trx, {
            year,
            seq,
            number: `${PAYOUT_NUMBER_PREFIX}/${seq}/${year}`,
            porozumienie_id: porozumienieId,
            month,
            status: 'projekt',
            refund_base: porozumienie.refundBase,
            refund_share_bp: porozumienie.refundShareBp,
            computed_at: stamp,
            approved_at: null,
            approved_by: '',
            paid_at: null,
            cancelled_at: null,
            cancel_reason: '',
            created_at: stamp,
            updated_at: stamp,
          })
        }
        await repo.insertListContent(trx, listId, result.persons, result.sources, payment)
        return detail(trx, listId)
      })
    },

    approve(id: number): Promise<PayoutListDetail> {
      return db.transaction().execute(async (trx) => {
        const list = await requireList(trx, id)
        if (list.status !== 'projekt') {
          throw new DomainError(
            'CONFLICT',
            `Lista ${list.number} jest ${PAYOUT_STATUS_LABELS[list.status]} — zatwierdza się tylko projekt.`,
          )
        }
        await refuseStale(trx, list, 'zatwierdzenie')
        const settings = await repo.payoutSettings(trx)
        const stamp = now().toISOString()
        await repo.updateList(trx, id, {
          status: 'zatwierdzona',
          approved_at: stamp,
          approved_by: settings.approvedBy,
          updated_at: stamp,
        })
        return detail(trx, id)
      })
    },

    cancel({ id, reason }: PayoutCancelInput): Promise<PayoutListDetail> {
      return db.transaction().execute(async (trx) => {
        const list = await requireList(trx, id)
        if (list.status === 'anulowana') {
          throw new DomainError('CONFLICT', `Lista ${list.number} jest już anulowana.`)
        }
        const [request] = await repo.activeRequestsOf(trx, [id])
        if (request) {
          throw new DomainError(
            'CONFLICT',
            `Lista ${list.number} jest we wniosku o refundację ${request.number} — najpierw anuluj wniosek.`,
          )
        }
        const stamp = now().toISOString()
        await repo.updateList(trx, id, {
          status: 'anulowana',
          cancelled_at: stamp,
          cancel_reason: reason,
          updated_at: stamp,
        })
        return detail(trx, id)
      })
    },

    /** Marks people paid; the list becomes "wypłacona" when everyone on it is. */
    pay(input: PayoutPayInput): Promise<PayoutListDetail> {
      return db.transaction().execute(async (trx) => {
        const list = await requireList(trx, input.listId)
        if (list.status === 'projekt') {
          throw new DomainError(
            'CONFLICT',
            `Lista ${list.number} nie jest zatwierdzona — wypłatę można oznaczyć dopiero po zatwierdzeniu listy.`,
          )
        }
        if (list.status === 'anulowana') {
          throw new DomainError(
            'CONFLICT',
            `Lista ${list.number} jest anulowana — nie oznacza się na niej wypłat.`,
          )
        }
        if (input.paidOn > todayIso(now())) {
          throw new DomainError('INVALID_INPUT', 'Data wypłaty nie może być z przyszłości.', {
            paidOn: 'Data wypłaty nie może być z przyszłości.',
          })
        }
        const approvedOn = list.approvedAt ? todayIso(new Date(list.approvedAt)) : null
        if (approvedOn && input.paidOn < approvedOn) {
          const message = `Data wypłaty nie może być wcześniejsza niż zatwierdzenie listy (${formatDate(approvedOn)}).`
          throw new DomainError('INVALID_INPUT', message, { paidOn: message })
        }
        await refuseStale(trx, list, 'oznaczenie wypłaty')
        const items = await repo.listItems(trx, [list.id])
        for (const itemId of input.itemIds) {
          const item = items.find((i) => i.id === itemId)
          if (!item) throw notFound(`pozycja nr ${itemId} na liście ${list.number}`)
          const name = `${item.firstName} ${item.lastName}`
          if (item.paidOn) {
            throw new DomainError(
              'CONFLICT',
              `${name} ma już oznaczoną wypłatę (${formatDate(item.paidOn)}).`,
            )
          }
          if ((input.form ?? item.paymentForm) === 'przelew' && !item.accountIban) {
            throw new DomainError(
              'INVALID_INPUT',
              `${name} nie ma numeru konta — wpisz go albo oznacz wypłatę gotówką.`,
            )
          }
        }
        await repo.markItemsPaid(trx, input.itemIds, input.paidOn, input.form)
        const after = await repo.listItems(trx, [list.id])
        if (after.every((i) => i.paidOn !== null)) {
          const last = after
            .map((i) => i.paidOn!)
            .sort()
            .at(-1)!
          await repo.updateList(trx, list.id, {
            status: 'wyplacona',
            paid_at: last,
            updated_at: now().toISOString(),
          })
        }
        return detail(trx, list.id)
      })
    },

    /** Takes back one person's payment mark; a list paid in full goes back to "zatwierdzona". */
    unpay(input: PayoutUnpayInput): Promise<PayoutListDetail> {
      return db.transaction().execute(async (trx) => {
        const list = await requireList(trx, input.listId)
        const item = (await repo.listItems(trx, [list.id])).find((i) => i.id === input.itemId)
        if (!item) throw notFound(`pozycja nr ${input.itemId} na liście ${list.number}`)
        const refusal = paymentUndoRefusal({
          listNumber: list.number,
          listStatus: list.status,
          personName: `${item.first_name} ${item.last_name}`,
          paidOn: item.paid_on,
          requests: await repo.activeRequestsOf(trx, [list.id]),
        })
        if (refusal) throw new DomainError('CONFLICT', refusal)
        await repo.markItemUnpaid(trx, item.id)
        if (list.status === 'wyplacona') {
          await repo.updateList(trx, list.id, {
            status: 'zatwierdzona',
            paid_at: null,
            updated_at: now().toISOString(),
          })
        }
        return detail(trx, list.id)
      })
    },

    /** A person's payment form and account; unpaid rows of lists not cancelled follow it. */
    setPayment(input: PaymentDetailsInput) {
      return db.transaction().execute(async (trx) => {
        const person = await trx
          .selectFrom('participants')
          .select('id')
          .where('id', '=', input.participantId)
          .executeTakeFirst()
        if (!person) throw notFound(`uczestnik o numerze ${input.participantId}`)
        let iban: string | null = null
        if (input.account !== '') {
          iban = normalizePolishAccount(input.account)
          if (!iban) {
            const message = accountProblem(input.account) ?? 'Nieprawidłowy numer konta.'
            throw new DomainError('INVALID_INPUT', message, { account: message })
          }
        } else if (input.form === 'przelew') {
          throw new DomainError('INVALID_INPUT', 'Do przelewu podaj numer konta.', {
            account: 'Do przelewu podaj numer konta.',
          })
        }
        await repo.upsertPaymentDetails(trx, {
          participant_id: input.participantId,
          payment_form: input.form,
          account_iban: iban,
          updated_at: now().toISOString(),
        })
        await repo.updateUnpaidPayment(trx, input.participantId, input.form, iban)
        return { participantId: input.participantId, form: input.form, account: iban }
      })
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
          const result = computeMonth(await monthInput(db, list.porozumienieId, list.month, override))
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
      const positions = await repo.itemPositions(
        db,
        items.map((i) => i.id),
      )
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
        refund_due_days: s.refundDueDays,
        pup_name: s.pupName,
        pup_address: s.pupAddress,
        prepared_by: s.preparedBy,
        checked_by: s.checkedBy,
        approved_by: s.approvedBy,
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
    refundDueDays: s.refundDueDays,
    pupName: s.pupName,
    pupAddress: s.pupAddress,
    preparedBy: s.preparedBy,
    checkedBy: s.checkedBy,
    approvedBy: s.approvedBy,
  }
}

/** Newest period first, then by number (as the porozumienie picker lists them). */
function newestPeriodFirst(a: PorozumienieRecord, b: PorozumienieRecord): number {
  if (a.periodFrom !== b.periodFrom) return a.periodFrom < b.periodFrom ? 1 : -1
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0
}
