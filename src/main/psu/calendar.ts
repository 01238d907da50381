// Polish public holidays from date-holidays (14 a year from 2025, when 24 December was added; 13 before)
// and the calendar of a month as sheets show it: weekends and holidays are days off.
import type Holidays from 'date-holidays'
import type { CalendarDay } from '@shared/psu-timesheets.schema'
import { isoWeekday, monthDates } from '@shared/psu-calendar'

// date-holidays carries the rules of every country (tens of MB in memory): it is loaded with the first
// calendar a screen or a printout asks for, not at the app's start.
let polish: Promise<Holidays> | null = null
const byYear = new Map<number, Map<string, string>>()

/** ISO date → holiday name, public (statutory) holidays only — not observances or school days. */
export async function publicHolidays(year: number): Promise<Map<string, string>> {
  let found = byYear.get(year)
  if (!found) {
    polish ??= import('date-holidays').then(({ default: Holidays }) => new Holidays('PL'))
    const rules = await polish
    found = new Map()
    for (const h of rules.getHolidays(year, 'pl')) {
      if (h.type === 'public') found.set(h.date.slice(0, 10), shortName(h.name))
    }
    byYear.set(year, found)
  }
  return found
}

/** Names as people write them on sheets ("Boże Ciało", not "Dzień Bożego Ciała"). */
function shortName(name: string): string {
  const SHORT: Record<string, string> = {
    'Święto Państwowe; Święto Pracy': 'Święto Pracy',
    'Dzień Bożego Ciała': 'Boże Ciało',
    'Święto Narodowe Trzeciego Maja': 'Święto Konstytucji 3 Maja',
    'Wniebowzięcie Najświętszej Maryi Panny': 'Wniebowzięcie NMP',
    'Narodowe Święto Niepodległości': 'Święto Niepodległości',
  }
  return SHORT[name] ?? name
}

export async function holidayOn(date: string): Promise<string | null> {
  return (await publicHolidays(Number(date.slice(0, 4)))).get(date) ?? null
}

export async function monthCalendar(month: string): Promise<CalendarDay[]> {
  const holidays = await publicHolidays(Number(month.slice(0, 4)))
  return monthDates(month).map((date) => {
    const weekday = isoWeekday(date)
    const holiday = holidays.get(date) ?? null
    return { date, weekday, holiday, dayOff: weekday >= 6 || holiday !== null }
  })
}
