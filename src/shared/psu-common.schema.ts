// Field schemas shared by the PSU forms: dates, texts, hours (minutes) and money (grosze) with Polish messages.
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { isMonthKey } from './psu-calendar'
import { checkDayMinutes } from './psu-hours'

export { recordId } from './participant.schema'

export const isoDate = (message = 'Podaj poprawną datę w formacie DD.MM.RRRR.') =>
  z.string().max(10).refine(isRealDate, message)

export const monthKey = z.string().max(7).refine(isMonthKey, 'Podaj miesiąc w formacie RRRR-MM.')

export function text(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong)
}

export function requiredText(max: number, missing: string, tooLong: string) {
  return text(max, tooLong).min(1, missing)
}

/** Whole or half hours, stored as minutes; `max` in minutes. */
export function halfHours(max: number, tooMuch: string) {
  return z
    .number({ error: 'Podaj liczbę godzin.' })
    .int('Godziny podaje się w pełnych godzinach lub połówkach.')
    .min(0, 'Liczba godzin nie może być ujemna.')
    .max(max, tooMuch)
    .refine((m) => m % 30 === 0, 'Godziny podaje się w pełnych godzinach lub połówkach.')
}

export const dayMinutes = z
  .number({ error: 'Podaj liczbę godzin.' })
  .refine((m) => checkDayMinutes(m) === null, {
    error: (issue) => checkDayMinutes(issue.input as number) ?? 'Nieprawidłowa liczba godzin.',
  })

export const grosze = z
  .number({ error: 'Podaj kwotę.' })
  .int('Kwotę podaje się w pełnych groszach.')
  .positive('Kwota musi być większa od zera.')
  .max(100_000_00, 'Kwota jest nierealnie wysoka.')

export const count = (max: number, tooMuch: string) =>
  z
    .number({ error: 'Podaj liczbę.' })
    .int('Podaj liczbę całkowitą.')
    .min(0, 'Liczba nie może być ujemna.')
    .max(max, tooMuch)
