// Month and week arithmetic on ISO dates (UTC, no time zones). Public holidays come from main
// (date-holidays) inside each month's data; this file only knows the Gregorian calendar.
import { isSupportedYear } from './dates'

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/

export const MONTH_NAMES = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
] as const

/** Index 1 = Monday … 7 = Sunday. */
export const WEEKDAY_SHORT = ['', 'pn', 'wt', 'śr', 'cz', 'pt', 'so', 'nd'] as const

export function isMonthKey(text: string): boolean {
  const m = MONTH_KEY.exec(text)
  return m !== null && isSupportedYear(Number(m[1]))
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso)
  date.setUTCDate(date.getUTCDate() + days)
  return fromUtc(date)
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const day = toUtc(iso).getUTCDay()
  return day === 0 ? 7 : day
}

/** The Monday of the week the day falls in: weeks run Monday to Sunday. */
export function weekStartOf(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso))
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7)
}

export function firstDayOf(month: string): string {
  return `${month}-01`
}

export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return fromUtc(new Date(Date.UTC(y, m, 0)))
}

/** Every ISO date of the month in order. */
export function monthDates(month: string): string[] {
  const last = lastDayOf(month)
  const dates: string[] = []
  for (let d = firstDayOf(month); d <= last; d = addDays(d, 1)) dates.push(d)
  return dates
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const date = new Date(Date.UTC(y, m - 1 + by, 1))
  return fromUtc(date).slice(0, 7)
}

/** "2026-06" → "czerwiec 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return `${MONTH_NAMES[m - 1]} ${y}`
}

/** "2026-06-08" → "08.06". */
export function formatDayMonth(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}`
}

/** Whether two closed date ranges share at least one day. */
export function rangesOverlap(aFrom: string, aTo: string, bFrom: string, bTo: string): boolean {
  return aFrom <= bTo && bFrom <= aTo
}
