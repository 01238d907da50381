// Refund requests to the PUP (Fundusz Pracy) for paid PSU payout lists, and what the PUP paid back.
import { z } from './zod-pl'
import { recordId } from './participant.schema'
import { payoutDate, payoutListSummary } from './payouts.schema'

export const REFUND_STATUSES = ['zlozony', 'otrzymany', 'anulowany'] as const
export type RefundStatus = (typeof REFUND_STATUSES)[number]
export const REFUND_STATUS_LABELS: Record<RefundStatus, string> = {
  zlozony: 'złożony',
  otrzymany: 'otrzymany',
  anulowany: 'anulowany',
}

export const refundCandidatesQuery = z.strictObject({ porozumienieId: recordId })

export const refundCreateInput = z.strictObject({
  porozumienieId: recordId,
  listIds: z.array(recordId).min(1, 'Zaznacz co najmniej jedną listę wypłat.').max(24),
  requestedOn: payoutDate('Podaj datę wniosku w formacie DD.MM.RRRR.'),
})
export type RefundCreateInput = z.output<typeof refundCreateInput>

export const refundReceiveInput = z.strictObject({
  id: recordId,
  receivedOn: payoutDate('Podaj datę wpływu w formacie DD.MM.RRRR.'),
  receivedGr: z
    .number({ error: 'Podaj otrzymaną kwotę.' })
    .int('Kwotę podaje się w pełnych groszach.')
    .min(0, 'Kwota nie może być ujemna.')
    .max(100_000_000_00, 'Kwota jest nierealnie wysoka.'),
})
export type RefundReceiveInput = z.output<typeof refundReceiveInput>

export const refundCancelInput = z.strictObject({
  id: recordId,
  reason: z
    .string()
    .trim()
    .min(3, 'Podaj powód anulowania — zostaje w historii wniosku.')
    .max(500, 'Powód może mieć najwyżej 500 znaków.'),
})
export type RefundCancelInput = z.output<typeof refundCancelInput>

export const refundRequestSummary = z.object({
  id: recordId,
  number: z.string(),
  porozumienieId: recordId,
  porozumienieNumber: z.string(),
  /** YYYY-MM of the months the request covers, in order. */
  months: z.array(z.string()),
  listNumbers: z.array(z.string()),
  requestedOn: z.string(),
  dueOn: z.string(),
  requestedGr: z.number().int(),
  status: z.enum(REFUND_STATUSES),
  receivedOn: z.string().nullable(),
  receivedGr: z.number().int().nullable(),
  /** received − requested when received and different, else null. */
  differenceGr: z.number().int().nullable(),
  /** Days past the due date while still owed; 0 when not overdue. */
  overdueDays: z.number().int(),
  cancelReason: z.string(),
})
export type RefundRequestSummary = z.infer<typeof refundRequestSummary>

export const refundBoard = z.object({
  /** Owed first (overdue ones first, the longest overdue on top), then received, then cancelled. */
  requests: z.array(refundRequestSummary),
  owedGr: z.number().int(),
  overdue: z.number().int(),
})
export type RefundBoard = z.infer<typeof refundBoard>

export const refundCandidates = z.array(payoutListSummary)
