// Closing a PSU month for one porozumienie (DOMAIN.md §4–5): from locked timesheets to each person's
// minutes, rate parts, amount and Fundusz Pracy refund. Pure: the service loads the data and stores
// the result.
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { formatMonth } from '@shared/psu-calendar'
import { periodOn } from '@shared/psu-porozumienia.schema'
import { byPersonName, pluralPl } from '@shared/text'
import { DomainError } from '../errors'
import { amountDueGr, minimumRateRefundGr, paidAmountRefundGr } from './amounts'

export type RefundBase = 'stawka_minimalna' | 'stawka_wyplacona'

export interface RatePeriod {
  validFrom: string
  rateGr: number
}

export interface SheetInput {
  timesheetId: number
  version: number
  status: 'otwarty' | 'zamkniety'
  assignmentId: number
  participantId: number
  firstName: string
  lastName: string
  positionId: number
  positionType: string
  workplace: string
  days: readonly { day: string; workedMin: number }[]
}

export interface MonthInput {
  month: string
  refundBase: RefundBase
  refundShareBp: number
  /** The porozumienie's hourly benefit over time. */
  rates: readonly RatePeriod[]
  /** The old-regime minimum rate table (used when the refund base is the minimum rate). */
  minimumRates: readonly RatePeriod[]
  sheets: readonly SheetInput[]
}

/** Minutes paid at one rate: one part per rate period that the person's worked days fall in. */
export interface RatePart {
  validFrom: string
  rateGr: number
  minutes: number
}

export interface PositionMinutes {
  assignmentId: number
  positionId: number
  positionType: string
  workplace: string
  workedMin: number
}

export interface PersonMonth {
  participantId: number
  firstName: string
  lastName: string
  workedMin: number
  amountGr: number
  refundGr: number
  rateParts: RatePart[]
  minimumParts: RatePart[]
  positions: PositionMinutes[]
}

export interface SheetStamp {
  timesheetId: number
  version: number
}

export interface MonthResult {
  persons: PersonMonth[]
  sources: SheetStamp[]
}

export function computeMonth(input: MonthInput): MonthResult {
  const label = formatMonth(input.month)
  if (input.sheets.length === 0) {
    throw new DomainError(
      'CONFLICT',
      `Brak kart ewidencji godzin za ${label} w tym porozumieniu — nie ma czego rozliczyć.`,
    )
  }
  refuseOpenSheets(input.sheets, label)
  refuseNonPositiveRates(input.rates, 'Stawka świadczenia')
  if (input.refundBase === 'stawka_minimalna') refuseNonPositiveRates(input.minimumRates, 'Stawka minimalna')

  const byPerson = new Map<number, SheetInput[]>()
  for (const sheet of input.sheets) {
    byPerson.set(sheet.participantId, [...(byPerson.get(sheet.participantId) ?? []), sheet])
  }
  const persons: PersonMonth[] = []
  for (const sheets of byPerson.values()) {
    const person = computePerson(sheets, input)
    if (person.workedMin > 0) persons.push(person)
  }
  persons.sort(byPersonName)
  return {
    persons,
    sources: input.sheets
      .map((s) => ({ timesheetId: s.timesheetId, version: s.version }))
      .sort((a, b) => a.timesheetId - b.timesheetId),
  }
}

function computePerson(sheets: readonly SheetInput[], input: MonthInput): PersonMonth {
  const first = sheets[0]!
  const name = `${first.firstName} ${first.lastName}`
  const days = sheets
    .flatMap((s) => s.days)
    .filter((d) => d.workedMin > 0)
    .sort((a, b) => a.day.localeCompare(b.day))
  const rateParts = splitByPeriods(days, input.rates, (day) => {
    const message = `${name}: godziny ${formatDate(day)}, a porozumienie nie ma stawki obowiązującej tego dnia. Uzupełnij stawki porozumienia.`
    return new DomainError('INVALID_INPUT', message)
  })
  const amountGr = amountDueGr(rateParts)
  const workedMin = days.reduce((sum, d) => sum + d.workedMin, 0)
  let minimumParts: RatePart[] = []
  let refund: number
  if (input.refundBase === 'stawka_minimalna') {
    minimumParts = splitByPeriods(days, input.minimumRates, (day) => {
      const message = `${name}: brak stawki minimalnej obowiązującej ${formatDate(day)} — uzupełnij tabelę stawek minimalnych.`
      return new DomainError('INVALID_INPUT', message)
    })
    refund = minimumRateRefundGr(minimumParts, amountGr, input.refundShareBp)
  } else {
    refund = paidAmountRefundGr(amountGr, input.refundShareBp)
  }
  const positions = sheets
    .map((s) => ({
      assignmentId: s.assignmentId,
      positionId: s.positionId,
      positionType: s.positionType,
      workplace: s.workplace,
      workedMin: s.days.reduce((sum, d) => sum + d.workedMin, 0),
    }))
    .sort((a, b) => a.assignmentId - b.assignmentId)
  return {
    participantId: first.participantId,
    firstName: first.firstName,
    lastName: first.lastName,
    workedMin,
    amountGr,
    refundGr: refund,
    rateParts,
    minimumParts,
    positions,
  }
}

/** Worked minutes grouped by the rate period in force on each day, in date order. */
export function splitByPeriods(
  days: readonly { day: string; workedMin: number }[],
  periods: readonly RatePeriod[],
  missing: (day: string) => Error,
): RatePart[] {
  const parts = new Map<string, RatePart>()
  for (const { day, workedMin } of days) {
    if (workedMin <= 0) continue
    const period = periodOn(periods, day)
    if (!period) throw missing(day)
    const part = parts.get(period.validFrom)
    if (part) part.minutes += workedMin
    else
      parts.set(period.validFrom, { validFrom: period.validFrom, rateGr: period.rateGr, minutes: workedMin })
  }
  return [...parts.values()].sort((a, b) => a.validFrom.localeCompare(b.validFrom))
}

function refuseOpenSheets(sheets: readonly SheetInput[], label: string): void {
  const open = sheets.filter((s) => s.status !== 'zamkniety')
  if (open.length === 0) return
  const names = open.map((s) => `${s.lastName} ${s.firstName} (${s.positionType}, ${s.workplace})`).join('; ')
  const count = `${open.length} ${pluralPl(open.length, 'karta nie jest zamknięta', 'karty nie są zamknięte', 'kart nie jest zamkniętych')}`
  throw new DomainError(
    'CONFLICT',
    `Nie można zamknąć miesiąca ${label}: ${count} — ${names}. Zamknij je w ewidencji godzin.`,
  )
}

function refuseNonPositiveRates(periods: readonly RatePeriod[], what: string): void {
  const bad = periods.find((p) => !Number.isSafeInteger(p.rateGr) || p.rateGr <= 0)
  if (bad) {
    throw new DomainError(
      'INVALID_INPUT',
      `${what} od ${formatDate(bad.validFrom)} wynosi ${Number.isSafeInteger(bad.rateGr) ? formatGrosze(bad.rateGr) : bad.rateGr} — stawka musi być większa od zera.`,
    )
  }
}
