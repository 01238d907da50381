// The checks of one monthly timesheet, as the user types (renderer) and before saving (main):
// every day valid, inside the assignment, and the person's hours within the weekly and monthly limits.
// A total AT a limit warns (the next hour would pass it); a total OVER a limit refuses the save.
import { addDays, formatDayMonth, lastDayOf, monthOf, weekStartOf } from './psu-calendar'
import { checkDayMinutes, formatHoursUnit } from './psu-hours'

export const ABSENCES = ['choroba', 'usprawiedliwiona', 'nieusprawiedliwiona'] as const
export type Absence = (typeof ABSENCES)[number]
export const ABSENCE_LABELS: Record<Absence, string> = {
  choroba: 'choroba',
  usprawiedliwiona: 'nieobecność usprawiedliwiona',
  nieusprawiedliwiona: 'nieobecność nieusprawiedliwiona',
}
/** What a cell shows and what a key types (c, u, n). */
export const ABSENCE_MARKS: Record<Absence, string> = {
  choroba: 'Ch',
  usprawiedliwiona: 'U',
  nieusprawiedliwiona: 'N',
}

export interface SheetEntry {
  date: string
  minutes: number
  absence: Absence | null
}

export interface SheetLimits {
  /** null: the porozumienie sets no weekly limit (new regime). */
  weeklyLimitMin: number | null
  monthlyLimitMin: number
}

/** The same person's hours on other sheets (other months or assignments) that count toward the same limits. */
export interface LimitContext {
  /** Monday (ISO) → minutes, for the weeks that touch this month. */
  otherMinutesByWeek: Record<string, number>
  otherMinutesInMonth: number
}

export const NO_OTHER_HOURS: LimitContext = { otherMinutesByWeek: {}, otherMinutesInMonth: 0 }

export interface CalendarDayInfo {
  date: string
  /** Saturday, Sunday or a public holiday. */
  dayOff: boolean
  holiday: string | null
}

export type LimitStatus = 'ok' | 'reached' | 'over'

export interface WeekTotal {
  /** Monday of the week, maybe in the previous month. */
  start: string
  /** First and last day of the week inside the month. */
  from: string
  to: string
  /** This sheet's minutes in the week. */
  minutes: number
  /** The person's minutes in the whole week, other sheets included. */
  totalMinutes: number
  status: LimitStatus
}

export interface SheetIssue {
  level: 'warning' | 'error'
  message: string
  date?: string
}

export interface SheetCheck {
  weeks: WeekTotal[]
  monthMinutes: number
  monthTotalMinutes: number
  monthStatus: LimitStatus
  issues: SheetIssue[]
  /** No errors: main would accept the sheet. */
  canSave: boolean
}

export interface SheetFrame {
  month: string
  limits: SheetLimits
  context: LimitContext
  /** The assignment's days inside this month. */
  activeFrom: string
  activeTo: string
  /** Days off of the month; days not listed are working days. */
  days: readonly CalendarDayInfo[]
}

function status(total: number, limit: number | null): LimitStatus {
  if (limit === null || total < limit) return 'ok'
  return total === limit ? 'reached' : 'over'
}

export function checkSheet(frame: SheetFrame, entries: readonly SheetEntry[]): SheetCheck {
  const issues: SheetIssue[] = []
  const dayInfo = new Map(frame.days.map((d) => [d.date, d]))
  const seen = new Set<string>()
  const byWeek = new Map<string, number>()
  let monthMinutes = 0
  for (const e of entries) {
    const label = formatDayMonth(e.date)
    if (monthOf(e.date) !== frame.month) {
      issues.push({ level: 'error', date: e.date, message: `Dzień ${label} nie należy do tego miesiąca.` })
      continue
    }
    if (seen.has(e.date)) {
      issues.push({ level: 'error', date: e.date, message: `Dzień ${label} wpisano dwa razy.` })
      continue
    }
    seen.add(e.date)
    const problem = checkDayMinutes(e.minutes)
    if (problem) issues.push({ level: 'error', date: e.date, message: `${label}: ${problem}` })
    if (e.absence && e.minutes > 0) {
      issues.push({
        level: 'error',
        date: e.date,
        message: `${label}: dzień z nieobecnością nie może mieć przepracowanych godzin.`,
      })
    }
    if ((e.minutes > 0 || e.absence) && (e.date < frame.activeFrom || e.date > frame.activeTo)) {
      issues.push({
        level: 'error',
        date: e.date,
        message: `${label}: ten dzień jest poza okresem przydziału — nie można wpisać godzin ani nieobecności.`,
      })
    }
    const info = dayInfo.get(e.date)
    if (e.minutes > 0 && info?.dayOff) {
      issues.push({
        level: 'warning',
        date: e.date,
        message: `${label}: godziny w dniu wolnym (${info.holiday ?? 'weekend'}).`,
      })
    }
    if (e.minutes > 0 && !problem) {
      monthMinutes += e.minutes
      const week = weekStartOf(e.date)
      byWeek.set(week, (byWeek.get(week) ?? 0) + e.minutes)
    }
  }

  const first = `${frame.month}-01`
  const last = lastDayOf(frame.month)
  const weeks: WeekTotal[] = []
  for (let start = weekStartOf(first); start <= last; start = addDays(start, 7)) {
    const minutes = byWeek.get(start) ?? 0
    const totalMinutes = minutes + (frame.context.otherMinutesByWeek[start] ?? 0)
    const from = start < first ? first : start
    const end = addDays(start, 6)
    const to = end > last ? last : end
    const weekStatus = minutes > 0 ? status(totalMinutes, frame.limits.weeklyLimitMin) : 'ok'
    weeks.push({ start, from, to, minutes, totalMinutes, status: weekStatus })
    const limit = frame.limits.weeklyLimitMin
    if (limit === null || weekStatus === 'ok') continue
    const span = `Tydzień ${formatDayMonth(start)}–${formatDayMonth(end)}`
    const other =
      totalMinutes > minutes ? ` (w tym ${formatHoursUnit(totalMinutes - minutes)} z innej karty)` : ''
    issues.push(
      weekStatus === 'reached'
        ? {
            level: 'warning',
            message: `${span}: ${formatHoursUnit(totalMinutes)}${other} — osiągnięty limit tygodniowy ${formatHoursUnit(limit)}.`,
          }
        : {
            level: 'error',
            message: `${span}: ${formatHoursUnit(totalMinutes)}${other} — więcej niż limit ${formatHoursUnit(limit)} tygodniowo.`,
          },
    )
  }

  const monthTotalMinutes = monthMinutes + frame.context.otherMinutesInMonth
  const monthStatus = monthMinutes > 0 ? status(monthTotalMinutes, frame.limits.monthlyLimitMin) : 'ok'
  const limit = frame.limits.monthlyLimitMin
  const other =
    frame.context.otherMinutesInMonth > 0
      ? ` (w tym ${formatHoursUnit(frame.context.otherMinutesInMonth)} z innej karty)`
      : ''
  if (monthStatus === 'reached') {
    issues.push({
      level: 'warning',
      message: `Miesiąc: ${formatHoursUnit(monthTotalMinutes)}${other} — osiągnięty limit miesięczny z porozumienia (${formatHoursUnit(limit)}).`,
    })
  } else if (monthStatus === 'over') {
    issues.push({
      level: 'error',
      message: `Miesiąc: ${formatHoursUnit(monthTotalMinutes)}${other} — więcej niż ${formatHoursUnit(limit)} miesięcznie z porozumienia.`,
    })
  }
  return {
    weeks,
    monthMinutes,
    monthTotalMinutes,
    monthStatus,
    issues,
    canSave: !issues.some((i) => i.level === 'error'),
  }
}
