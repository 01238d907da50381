// Pure rules for assignments: never two at once for one person, never more people on a position than
// its places on any day, never outside the porozumienie nor longer per person than it allows. The
// service runs them inside the write transaction.
import { addMonthsClamped } from '@shared/kis-periods'
import { addDays, rangesOverlap } from '@shared/psu-calendar'

export interface Span {
  id: number
  dateFrom: string
  dateTo: string
}

/** The first of the person's other assignments that shares a day with the candidate. */
export function findOverlap(candidate: Span, others: readonly Span[]): Span | null {
  return (
    others
      .filter(
        (o) =>
          o.id !== candidate.id && rangesOverlap(candidate.dateFrom, candidate.dateTo, o.dateFrom, o.dateTo),
      )
      .sort((a, b) => a.dateFrom.localeCompare(b.dateFrom))[0] ?? null
  )
}

/** The busiest day of a set of assignments (clipped to a window, if given): how many people and when first. */
export function peakOccupancy(
  spans: readonly Span[],
  window?: { from: string; to: string },
): { date: string; count: number } | null {
  const changes = new Map<string, number>()
  for (const s of spans) {
    const from = window && s.dateFrom < window.from ? window.from : s.dateFrom
    const to = window && s.dateTo > window.to ? window.to : s.dateTo
    if (from > to) continue
    changes.set(from, (changes.get(from) ?? 0) + 1)
    const after = addDays(to, 1)
    changes.set(after, (changes.get(after) ?? 0) - 1)
  }
  let current = 0
  let peak: { date: string; count: number } | null = null
  for (const [date, change] of [...changes].sort(([a], [b]) => a.localeCompare(b))) {
    current += change
    if (current > 0 && (peak === null || current > peak.count)) peak = { date, count: current }
  }
  return peak
}

/** The first day on which the candidate would put more people on the position than it has places. */
export function findOverCapacity(
  candidate: Span,
  others: readonly Span[],
  places: number,
): { date: string; count: number } | null {
  const relevant = others.filter(
    (o) => o.id !== candidate.id && rangesOverlap(candidate.dateFrom, candidate.dateTo, o.dateFrom, o.dateTo),
  )
  const changes = new Map<string, number>()
  for (const s of [...relevant, candidate]) {
    const from = s.dateFrom < candidate.dateFrom ? candidate.dateFrom : s.dateFrom
    const to = s.dateTo > candidate.dateTo ? candidate.dateTo : s.dateTo
    changes.set(from, (changes.get(from) ?? 0) + 1)
    const after = addDays(to, 1)
    changes.set(after, (changes.get(after) ?? 0) - 1)
  }
  let current = 0
  for (const [date, change] of [...changes].sort(([a], [b]) => a.localeCompare(b))) {
    current += change
    if (current > places) return { date, count: current }
  }
  return null
}

export function isWithin(
  span: { dateFrom: string; dateTo: string },
  period: { from: string; to: string },
): boolean {
  return span.dateFrom >= period.from && span.dateTo <= period.to
}

/**
 * The 2025 act changed how long one person may do PSU, and the porozumienie states it: a person's work
 * under one porozumienie runs from their first assignment's start, and its last day may be at most
 * `maxMonths` calendar months later less one day (counted as art. 112 of the Civil Code counts months).
 */
export function beyondMaxDuration(
  spans: readonly { dateFrom: string; dateTo: string }[],
  maxMonths: number,
): { first: string; lastAllowed: string; last: string } | null {
  if (spans.length === 0) return null
  const first = spans.reduce((d, s) => (s.dateFrom < d ? s.dateFrom : d), spans[0]!.dateFrom)
  const last = spans.reduce((d, s) => (s.dateTo > d ? s.dateTo : d), spans[0]!.dateTo)
  const lastAllowed = addDays(addMonthsClamped(first, maxMonths), -1)
  return last > lastAllowed ? { first, lastAllowed, last } : null
}
