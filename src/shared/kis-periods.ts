// Calendar arithmetic for KIS periods on ISO dates (YYYY-MM-DD), without time zones.
//
// Graduate ("absolwent", DOMAIN.md §2): a participation of six months or longer. The decision, as in
// art. 112 of the Civil Code for periods counted in months: six months from a start date run until the
// date in the sixth month that has the same day number, or the last day of that month when it has no
// such day. So a participation is six months long when its end date is on or after
// start + 6 calendar months, clamped to the month's end:
//   15.01.2026 → 15.07.2026 (14.07.2026 is one day short),
//   31.08.2025 → 28.02.2026, 31.08.2023 → 29.02.2024 (leap year), 29.02.2024 → 29.08.2024.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso)
  if (!m) throw new Error(`not an ISO date: ${iso}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** The same day `months` later (or earlier); the month's last day when that month is shorter. */
export function addMonthsClamped(iso: string, months: number): string {
  const [y, m, d] = parts(iso)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return toIso(year, month, Math.min(d, daysInMonth(year, month)))
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso)
  const date = new Date(Date.UTC(y, m - 1, d + days))
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from)
  const [y2, m2, d2] = parts(to)
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000)
}

export const GRADUATE_MONTHS = 6

/** The date on which a participation started on `startDate` reaches six months. */
export function sixMonthsReachedOn(startDate: string): string {
  return addMonthsClamped(startDate, GRADUATE_MONTHS)
}

/** Graduate: the participation ended on or after the date it reached six months. */
export function isGraduate(startDate: string, endDate: string): boolean {
  return endDate >= sixMonthsReachedOn(startDate)
}
