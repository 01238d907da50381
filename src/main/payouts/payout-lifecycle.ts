// A payout list's life: closing a locked month into a numbered projekt (or recomputing the projekt),
// approving it while it still matches its timesheets, cancelling it with a reason.
import type { Kysely } from 'kysely'
import { formatMonth } from '@shared/psu-calendar'
import { PAYOUT_STATUS_LABELS, type PayoutCancelInput, type PayoutListDetail } from '@shared/payouts.schema'
import type { Database } from '../db/schema'
import { DomainError } from '../errors'
import { computeMonth } from './month-close'
import type { PayoutReads } from './payout-reads'
import * as repo from './payouts.repo'

export const PAYOUT_NUMBER_PREFIX = 'LW'

export function createPayoutLifecycle(
  db: Kysely<Database>,
  { requirePorozumienie, monthInput, detail, requireList, refuseStale }: PayoutReads,
  now: () => Date,
) {
  return {
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
        const porozumienie = await requirePorozumienie(trx, porozumienieId)
        const result = computeMonth(await monthInput(trx, porozumienie, month))
        if (result.persons.length === 0) {
          throw new DomainError(
            'CONFLICT',
            `Nikt nie ma przepracowanych godzin w miesiącu ${formatMonth(month)} — lista byłaby pusta.`,
          )
        }
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
        const stored = await repo.insertListContent(trx, listId, result.persons, result.sources, payment)
        return detail(trx, listId, { porozumienie, ...stored })
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
  }
}
