// Porozumienia with the starosta (PUP): period, plan, hour limits, refund, and the hourly rate over time.
// The legal regime is never stored: it follows from the signing date (psu-regime.ts).
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { count, grosze, halfHours, isoDate, recordId, requiredText, text } from './psu-common.schema'
import { PSU_REGIMES, REFUND_BASES, REGIMES, regimeFor } from './psu-regime'
import { formatHoursUnit } from './psu-hours'
import { formatDate } from './dates'

export const ratePeriod = z.strictObject({
  validFrom: isoDate('Podaj datę, od której obowiązuje stawka.'),
  rateGr: grosze,
})
export type RatePeriod = z.output<typeof ratePeriod>

/** § 3 of the 2017 regulation: the porozumienie names the kinds of work, where, and for which unit. */
export const porozumienieWork = z.strictObject({
  kind: requiredText(200, 'Podaj rodzaj prac.', 'Rodzaj prac może mieć najwyżej 200 znaków.'),
  place: text(200, 'Miejsce może mieć najwyżej 200 znaków.'),
  hostUnit: text(200, 'Nazwa podmiotu może mieć najwyżej 200 znaków.'),
})
export type PorozumienieWork = z.output<typeof porozumienieWork>

/** A term the form starts without (no default under the 2025 act): null until entered, then required. */
function entered<T extends z.ZodType>(schema: T, missing: string) {
  return schema.nullable().transform((value, ctx) => {
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: missing })
      return z.NEVER
    }
    return value as z.output<T>
  })
}

export const porozumienieInput = z
  .strictObject({
    number: requiredText(60, 'Podaj numer porozumienia.', 'Numer może mieć najwyżej 60 znaków.'),
    signedOn: isoDate('Podaj datę podpisania w formacie DD.MM.RRRR.'),
    periodFrom: isoDate('Podaj początek okresu w formacie DD.MM.RRRR.'),
    periodTo: isoDate('Podaj koniec okresu w formacie DD.MM.RRRR.'),
    plannedPersons: count(10_000, 'Liczba osób jest nierealnie wysoka.'),
    plannedMin: halfHours(1_000_000 * 60, 'Liczba godzin jest nierealnie wysoka.'),
    monthlyLimitMin: halfHours(744 * 60, 'Miesiąc nie ma tylu godzin.').refine(
      (m) => m > 0,
      'Podaj miesięczny limit godzin na osobę.',
    ),
    weeklyLimitMin: halfHours(168 * 60, 'Tydzień nie ma tylu godzin.')
      .refine((m) => m > 0, 'Limit tygodniowy musi być większy od zera (albo pusty).')
      .nullable(),
    refundShareBp: entered(
      z
        .number({ error: 'Podaj udział refundacji określony w porozumieniu.' })
        .int('Udział refundacji podaje się z dokładnością do 0,01%.')
        .min(0, 'Udział refundacji nie może być ujemny.')
        .max(10_000, 'Udział refundacji może wynosić najwyżej 100%.'),
      'Podaj udział refundacji określony w porozumieniu.',
    ),
    refundBase: entered(z.enum(REFUND_BASES), 'Wybierz, od czego porozumienie liczy refundację.'),
    refundAmountGr: z
      .number({ error: 'Podaj kwotę refundacji albo zostaw pole puste.' })
      .int('Kwotę podaje się w pełnych groszach.')
      .min(0, 'Kwota nie może być ujemna.')
      .max(100_000_000_00, 'Kwota jest nierealnie wysoka.')
      .nullable(),
    refundDueDays: entered(
      z
        .number({ error: 'Podaj termin refundacji z porozumienia (dni od złożenia wniosku).' })
        .int('Podaj liczbę całkowitą dni.')
        .min(1, 'Termin refundacji musi wynosić co najmniej 1 dzień.')
        .max(365, 'Termin refundacji może wynosić najwyżej 365 dni.'),
      'Podaj termin refundacji z porozumienia (dni od złożenia wniosku).',
    ),
    maxMonthsPerPerson: z
      .number({ error: 'Podaj liczbę miesięcy albo zostaw pole puste.' })
      .int('Podaj pełne miesiące.')
      .min(1, 'Najdłuższy okres prac musi wynosić co najmniej 1 miesiąc (albo zostaw pole puste).')
      .max(120, 'Najdłuższy okres prac może wynosić najwyżej 120 miesięcy.')
      .nullable(),
    works: z.array(porozumienieWork).max(50, 'Za dużo pozycji rodzajów prac — najwyżej 50.'),
    rates: z
      .array(ratePeriod)
      .min(1, 'Podaj stawkę godzinową świadczenia.')
      .max(50, 'Za dużo okresów stawek.'),
    notes: text(2000, 'Uwagi mogą mieć najwyżej 2000 znaków.'),
  })
  .superRefine((v, ctx) => {
    const datesOk = isRealDate(v.periodFrom) && isRealDate(v.periodTo)
    if (datesOk && v.periodFrom > v.periodTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodTo'],
        message: 'Koniec okresu nie może być wcześniejszy niż jego początek.',
      })
    }
    if (isRealDate(v.signedOn) && isRealDate(v.periodTo) && v.signedOn > v.periodTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['signedOn'],
        message: 'Porozumienie nie może być podpisane po końcu okresu, którego dotyczy.',
      })
    }
    if (isRealDate(v.signedOn)) {
      const regime = REGIMES[regimeFor(v.signedOn)]
      if (regime.weeklyCapMin !== null) {
        if (v.weeklyLimitMin === null || v.weeklyLimitMin > regime.weeklyCapMin) {
          ctx.addIssue({
            code: 'custom',
            path: ['weeklyLimitMin'],
            message: `Według dotychczasowych przepisów limit tygodniowy wynosi najwyżej ${formatHoursUnit(regime.weeklyCapMin)}.`,
          })
        }
      }
      if (regime.maxRefundShareBp !== null && v.refundShareBp > regime.maxRefundShareBp) {
        ctx.addIssue({
          code: 'custom',
          path: ['refundShareBp'],
          message: 'Według dotychczasowych przepisów refundacja wynosi najwyżej 60% minimalnego świadczenia.',
        })
      }
      if (regime.refundBase !== null && v.refundBase !== regime.refundBase) {
        ctx.addIssue({
          code: 'custom',
          path: ['refundBase'],
          message: 'Według dotychczasowych przepisów refundacja liczy się od minimalnej stawki świadczenia.',
        })
      }
    }
    const froms = v.rates.map((r) => r.validFrom)
    if (new Set(froms).size !== froms.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['rates'],
        message: 'Dwie stawki obowiązują od tego samego dnia.',
      })
    }
    if (datesOk && v.rates.length > 0) {
      const first = [...froms].sort()[0]!
      if (first !== v.periodFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['rates'],
          message: `Pierwsza stawka musi obowiązywać od początku porozumienia (${formatDate(v.periodFrom)}).`,
        })
      }
      const outside = froms.find((f) => isRealDate(f) && (f < v.periodFrom || f > v.periodTo))
      if (outside) {
        ctx.addIssue({
          code: 'custom',
          path: ['rates'],
          message: `Stawka od ${formatDate(outside)} wypada poza okresem porozumienia.`,
        })
      }
    }
  })
  .transform((v) => ({ ...v, rates: [...v.rates].sort((a, b) => a.validFrom.localeCompare(b.validFrom)) }))
export type PorozumienieInput = z.output<typeof porozumienieInput>
export type PorozumienieForm = z.input<typeof porozumienieInput>

export const porozumienieRecord = z.object({
  id: recordId,
  number: z.string(),
  signedOn: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  regime: z.enum(PSU_REGIMES),
  legalBasis: z.string(),
  plannedPersons: z.number().int(),
  plannedMin: z.number().int(),
  monthlyLimitMin: z.number().int(),
  weeklyLimitMin: z.number().int().nullable(),
  refundShareBp: z.number().int(),
  refundBase: z.enum(REFUND_BASES),
  refundAmountGr: z.number().int().nullable(),
  refundDueDays: z.number().int(),
  maxMonthsPerPerson: z.number().int().nullable(),
  works: z.array(z.object({ kind: z.string(), place: z.string(), hostUnit: z.string() })),
  rates: z.array(z.object({ validFrom: z.string(), rateGr: z.number().int() })),
  /** Old regime: stretches of the term where the rate is below the minimum in force. */
  belowMinimum: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      rateGr: z.number().int(),
      minimumGr: z.number().int(),
      minimumFrom: z.string(),
      confidence: z.enum(['V', 'S', 'U']),
    }),
  ),
  notes: z.string(),
  /** Assignments made under it: with any, it cannot be deleted. */
  assignments: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type PorozumienieRecord = z.infer<typeof porozumienieRecord>

export const CONFIDENCES = ['V', 'S', 'U'] as const
export type Confidence = (typeof CONFIDENCES)[number]
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  V: 'potwierdzone w akcie prawnym',
  S: 'potwierdzone na stronie urzędowej lub w prasie prawniczej',
  U: 'do potwierdzenia — niesprawdzone',
}
/** The short word on a badge. */
export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  V: 'potwierdzone',
  S: 'potwierdzone',
  U: 'do potwierdzenia',
}

/** Source notes stored before the marks were put into words ("… [S] — …") read without the mark. */
export function withoutConfidenceMark(text: string): string {
  return text.replace(/\s*\[[VSU]\]/g, '')
}

export const minimumRateInput = z.strictObject({
  validFrom: isoDate('Podaj datę, od której obowiązuje stawka.'),
  rateGr: grosze,
  confidence: z.enum(CONFIDENCES),
  source: text(300, 'Źródło może mieć najwyżej 300 znaków.'),
})
export type MinimumRateInput = z.output<typeof minimumRateInput>

export const minimumRateRecord = z.object({
  id: recordId,
  validFrom: z.string(),
  rateGr: z.number().int(),
  confidence: z.enum(CONFIDENCES),
  source: z.string(),
})
export type MinimumRateRecord = z.infer<typeof minimumRateRecord>

/** The rate period in force on a day (a porozumienie's or the minimum-rate table's): the latest one
 * starting on or before it; null before the first. */
export function periodOn<P extends { validFrom: string }>(periods: readonly P[], day: string): P | null {
  let found: P | null = null
  for (const p of periods) {
    if (p.validFrom <= day && (!found || p.validFrom > found.validFrom)) found = p
  }
  return found
}
