// PSU payout lists: closing a month, approving, paying, each person's payment form and account,
// previewing a rate change, the year's figures, and the office's payout settings.
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { normalizePolishAccount } from './iban'
import { recordId } from './participant.schema'
import { isMonthKey } from './psu-calendar'
import { porozumienieRecord } from './psu-porozumienia.schema'

export const PAYOUT_STATUSES = ['projekt', 'zatwierdzona', 'wyplacona', 'anulowana'] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]
export const PAYOUT_STATUS_LABELS: Record<PayoutStatus, string> = {
  projekt: 'projekt',
  zatwierdzona: 'zatwierdzona',
  wyplacona: 'wypłacona',
  anulowana: 'anulowana',
}

export const PAYMENT_FORMS = ['gotowka', 'przelew'] as const
export type PaymentForm = (typeof PAYMENT_FORMS)[number]
export const PAYMENT_FORM_LABELS: Record<PaymentForm, string> = { gotowka: 'gotówka', przelew: 'przelew' }

export const REFUND_BASE_VALUES = ['stawka_minimalna', 'stawka_wyplacona'] as const

export const payoutMonth = z.string().max(7).refine(isMonthKey, 'Podaj miesiąc w formacie RRRR-MM.')
export const payoutDate = (message = 'Podaj poprawną datę w formacie DD.MM.RRRR.') =>
  z.string().max(10).refine(isRealDate, message)
const year = z
  .number({ error: 'Podaj rok.' })
  .int('Podaj rok.')
  .min(2000, 'Rok musi być z zakresu 2000–2100.')
  .max(2100, 'Rok musi być z zakresu 2000–2100.')
const name = (max: number) => z.string().trim().max(max, `Tekst może mieć najwyżej ${max} znaków.`)

/** A rate in grosze as the bridge accepts it: zero or negative is refused in Polish. */
export const rateGr = z
  .number({ error: 'Podaj stawkę.' })
  .int('Stawkę podaje się w pełnych groszach.')
  .positive('Stawka musi być większa od zera.')
  .max(100_000_00, 'Stawka jest nierealnie wysoka.')

// ---- inputs

export const payoutMonthQuery = z.strictObject({ porozumienieId: recordId, month: payoutMonth })

export const payoutListQuery = z.strictObject({ year: year.nullable(), porozumienieId: recordId.nullable() })
export type PayoutListQuery = z.output<typeof payoutListQuery>

export const payoutCancelInput = z.strictObject({
  id: recordId,
  reason: z
    .string()
    .trim()
    .min(3, 'Podaj powód anulowania — zostaje w historii listy.')
    .max(500, 'Powód może mieć najwyżej 500 znaków.'),
})
export type PayoutCancelInput = z.output<typeof payoutCancelInput>

export const payoutPayInput = z.strictObject({
  listId: recordId,
  itemIds: z.array(recordId).min(1, 'Zaznacz co najmniej jedną osobę.').max(1000),
  paidOn: payoutDate('Podaj datę wypłaty w formacie DD.MM.RRRR.'),
  /** null: each person's own payment form. */
  form: z.enum(PAYMENT_FORMS).nullable(),
})
export type PayoutPayInput = z.output<typeof payoutPayInput>

/** Takes back one person's payment mark (a wrong tick). */
export const payoutUnpayInput = z.strictObject({ listId: recordId, itemId: recordId })
export type PayoutUnpayInput = z.output<typeof payoutUnpayInput>

/** 2400 → "40", 2430 → "40,5", 2415 → "40,25": hours as the sheets and lists write them. */
export function formatHours(minutes: number): string {
  const hours = minutes / 60
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '').replace('.', ',')
}

/** Why an account number is refused, or null when it is a valid Polish NRB/IBAN. */
export function accountProblem(account: string): string | null {
  const digits = account.replace(/[\s-]/g, '').replace(/^PL/i, '')
  if (!/^\d+$/.test(digits))
    return 'Numer konta może zawierać tylko cyfry (i spacje), np. 61 1090 1014 0000 0712 1981 2874.'
  if (digits.length !== 26) return `Numer konta ma 26 cyfr, a wpisano ${digits.length}.`
  if (!normalizePolishAccount(account))
    return 'Numer konta ma błędną sumę kontrolną — sprawdź przepisane cyfry.'
  return null
}

export const paymentDetailsInput = z
  .strictObject({
    participantId: recordId,
    form: z.enum(PAYMENT_FORMS),
    account: z.string().trim().max(50, 'Numer konta jest za długi.'),
  })
  .superRefine((v, ctx) => {
    if (v.account === '') {
      if (v.form === 'przelew')
        ctx.addIssue({ code: 'custom', path: ['account'], message: 'Do przelewu podaj numer konta.' })
      return
    }
    const problem = accountProblem(v.account)
    if (problem) ctx.addIssue({ code: 'custom', path: ['account'], message: problem })
  })
export type PaymentDetailsInput = z.output<typeof paymentDetailsInput>
export type PaymentDetailsForm = z.input<typeof paymentDetailsInput>

const ratePeriodInput = z.strictObject({
  validFrom: payoutDate('Podaj datę, od której obowiązuje stawka.'),
  rateGr,
})

/** A proposed rate table (the whole table after the change), to see its effect before saving it. */
export const rateChangeInput = z.discriminatedUnion('target', [
  z.strictObject({
    target: z.literal('porozumienie'),
    porozumienieId: recordId,
    rates: z.array(ratePeriodInput).min(1, 'Podaj co najmniej jedną stawkę.').max(50),
  }),
  z.strictObject({
    target: z.literal('minimalna'),
    rates: z.array(ratePeriodInput).min(1, 'Podaj co najmniej jedną stawkę.').max(100),
  }),
])
export type RateChangeInput = z.output<typeof rateChangeInput>

// The refund term is each porozumienie's own (§ 3 of the 2017 regulation), not a setting.
export const payoutSettingsSchema = z
  .strictObject({
    pupName: name(200),
    pupAddress: name(300),
    preparedBy: name(120),
    checkedBy: name(120),
    approvedBy: name(120),
    /** The refund request is the gmina's: its name, the account the refund goes to, who signs it. */
    gminaName: name(200),
    gminaAccount: z.string().trim().max(50, 'Numer konta jest za długi.'),
    signatoryName: name(120),
    signatoryFunction: name(200),
    /** PESEL and the skierowanie number on payout lists (off: the list is also given to participants). */
    listShowsIdentifiers: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const problem = v.gminaAccount === '' ? null : accountProblem(v.gminaAccount)
    if (problem) ctx.addIssue({ code: 'custom', path: ['gminaAccount'], message: problem })
  })
export type PayoutSettings = z.output<typeof payoutSettingsSchema>

export const payoutYearQuery = z.strictObject({ year })

// ---- outputs

const ratePeriod = z.object({ validFrom: z.string(), rateGr: z.number().int() })
const ratePart = ratePeriod.extend({ minutes: z.number().int() })

export const porozumienieOption = z.object({
  id: recordId,
  number: z.string(),
  signedOn: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  refundBase: z.enum(REFUND_BASE_VALUES),
  refundShareBp: z.number().int(),
  rates: z.array(ratePeriod),
})
export type PorozumienieOption = z.infer<typeof porozumienieOption>

export const payoutSources = z.object({
  porozumienia: z.array(porozumienieOption),
  minimumRates: z.array(ratePeriod.extend({ confidence: z.string(), source: z.string() })),
})
export type PayoutSources = z.infer<typeof payoutSources>

export const payoutMonthStatus = z.object({
  porozumienieId: recordId,
  month: z.string(),
  sheets: z.array(
    z.object({
      timesheetId: recordId,
      name: z.string(),
      position: z.string(),
      status: z.enum(['otwarty', 'zamkniety']),
      version: z.number().int(),
      workedMin: z.number().int(),
    }),
  ),
  openSheets: z.number().int(),
  activeListId: recordId.nullable(),
})
export type PayoutMonthStatus = z.infer<typeof payoutMonthStatus>

export const payoutListSummary = z.object({
  id: recordId,
  number: z.string(),
  porozumienieId: recordId,
  porozumienieNumber: z.string(),
  month: z.string(),
  status: z.enum(PAYOUT_STATUSES),
  persons: z.number().int(),
  paidPersons: z.number().int(),
  workedMin: z.number().int(),
  amountGr: z.number().int(),
  refundGr: z.number().int(),
  /** The month's sheets or rates changed since the list was computed. */
  stale: z.boolean(),
  staleReasons: z.array(z.string()),
  refundRequestNumber: z.string().nullable(),
  computedAt: z.string(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string(),
  paidAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string(),
})
export type PayoutListSummary = z.infer<typeof payoutListSummary>

export const payoutItem = z.object({
  id: recordId,
  participantId: recordId,
  firstName: z.string(),
  lastName: z.string(),
  /** The person's PESEL now (null without one): printed only when the settings ask for it. */
  pesel: z.string().nullable(),
  positions: z.array(
    z.object({
      positionId: recordId,
      positionType: z.string(),
      workplace: z.string(),
      workedMin: z.number().int(),
      skierowanieNumber: z.string(),
    }),
  ),
  workedMin: z.number().int(),
  rateParts: z.array(ratePart),
  minimumParts: z.array(ratePart),
  amountGr: z.number().int(),
  refundGr: z.number().int(),
  paymentForm: z.enum(PAYMENT_FORMS),
  /** Electronic form "PL" + 26 digits, or null. */
  account: z.string().nullable(),
  paidOn: z.string().nullable(),
  paidForm: z.enum(PAYMENT_FORMS).nullable(),
})
export type PayoutItem = z.infer<typeof payoutItem>

export const payoutListDetail = payoutListSummary.extend({
  porozumienieSignedOn: z.string(),
  refundBase: z.enum(REFUND_BASE_VALUES),
  refundShareBp: z.number().int(),
  items: z.array(payoutItem),
  /** Old regime: where the porozumienie's rate in this month is below the minimum in force. */
  belowMinimum: porozumienieRecord.shape.belowMinimum,
})
export type PayoutListDetail = z.infer<typeof payoutListDetail>

export const paymentDetailsRecord = z.object({
  participantId: recordId,
  form: z.enum(PAYMENT_FORMS),
  account: z.string().nullable(),
})

export const rateChangePreview = z.object({
  checkedLists: z.number().int(),
  lists: z.array(
    z.object({
      listId: recordId,
      number: z.string(),
      month: z.string(),
      porozumienieNumber: z.string(),
      status: z.enum(PAYOUT_STATUSES),
      /** Why the list could not be recomputed with the proposed rates (e.g. hours without a rate). */
      error: z.string().nullable(),
      changes: z.array(
        z.object({
          participantId: recordId,
          name: z.string(),
          oldAmountGr: z.number().int().nullable(),
          newAmountGr: z.number().int().nullable(),
          oldRefundGr: z.number().int().nullable(),
          newRefundGr: z.number().int().nullable(),
        }),
      ),
    }),
  ),
})
export type RateChangePreview = z.infer<typeof rateChangePreview>

const figures = z.object({
  persons: z.number().int(),
  positions: z.number().int(),
  workedMin: z.number().int(),
  amountGr: z.number().int(),
  paidGr: z.number().int(),
  refundDueGr: z.number().int(),
  refundRequestedGr: z.number().int(),
  refundReceivedGr: z.number().int(),
})

export const payoutYear = z.object({
  year: z.number().int(),
  months: z.array(figures.extend({ month: z.string() })),
  total: figures,
  positionsByType: z.array(z.object({ positionType: z.string(), positions: z.number().int() })),
})
export type PayoutYear = z.infer<typeof payoutYear>
