// Paying a payout list: marking people paid (the list is "wypłacona" when all are), taking a mark back,
// and a person's payment form and account, which unpaid rows of lists not cancelled follow.
import type { Kysely } from 'kysely'
import { formatDate, todayIso } from '@shared/dates'
import { normalizePolishAccount } from '@shared/iban'
import {
  accountProblem,
  type PaymentDetailsInput,
  type PayoutListDetail,
  type PayoutPayInput,
  type PayoutUnpayInput,
} from '@shared/payouts.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import { paymentUndoRefusal } from './payment-undo'
import type { PayoutReads } from './payout-reads'
import * as repo from './payouts.repo'

export function createPayoutPayments(
  db: Kysely<Database>,
  { detail, requireList, refuseStale }: PayoutReads,
  now: () => Date,
) {
  return {
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
          personName: `${item.firstName} ${item.lastName}`,
          paidOn: item.paidOn,
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
        if (!(await repo.participantExists(trx, input.participantId)))
          throw notFound(`uczestnik o numerze ${input.participantId}`)
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
  }
}
