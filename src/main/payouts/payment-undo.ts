// Undoing one person's payment mark: a wrong tick on "Oznacz wypłatę" is taken back, as long as no
// refund request was built on the paid list (the request's amount would silently stop matching).
import { formatDate } from '@shared/dates'

export interface PaymentUndoFacts {
  listNumber: string
  listStatus: 'projekt' | 'zatwierdzona' | 'wyplacona' | 'anulowana'
  personName: string
  paidOn: string | null
  /** Refund requests (not cancelled) that include the list. */
  requests: readonly { number: string }[]
}

/** Why the mark cannot be undone, in Polish; null when it can. */
export function paymentUndoRefusal(f: PaymentUndoFacts): string | null {
  if (f.listStatus === 'anulowana')
    return `Lista ${f.listNumber} jest anulowana — nie zmienia się na niej wypłat.`
  if (f.paidOn === null) return `${f.personName} nie ma oznaczonej wypłaty na liście ${f.listNumber}.`
  const request = f.requests[0]
  if (request) {
    return (
      `Wypłaty ${f.personName} z ${formatDate(f.paidOn)} nie można cofnąć: lista ${f.listNumber} jest we wniosku ` +
      `o refundację ${request.number}. Najpierw anuluj wniosek.`
    )
  }
  return null
}
