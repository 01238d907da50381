// Dates travel and are stored as ISO text (YYYY-MM-DD); people see DD.MM.RRRR.
import { MONTH_NAMES } from './psu-calendar'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The years a date typed or sent to the program may have: anything else is a typo or an attack. */
export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2999

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= EARLIEST_YEAR && year <= LATEST_YEAR
}

/** A date of the calendar, any year (a PESEL may carry an 1800s birth date). */
export function isCalendarDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** A date the program accepts: a real calendar date in the years 1900–2999 (every date schema uses it). */
export function isRealDate(iso: string): boolean {
  return isCalendarDate(iso) && isSupportedYear(Number(iso.slice(0, 4)))
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = ISO_DATE.exec(iso.slice(0, 10))
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso
}

/** An ISO timestamp shown as DD.MM.RRRR GG:MM in local time. */
export function formatDateTime(isoTimestamp: string): string {
  const d = new Date(isoTimestamp)
  if (Number.isNaN(d.getTime())) return isoTimestamp
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** Today's local date as ISO text. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}

/** Reads what a person types: "5.3.2026", "05.03.2026" or ISO → ISO text, or null. */
export function parsePolishDate(text: string): string | null {
  const trimmed = text.trim()
  if (isRealDate(trimmed)) return trimmed
  const m = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/.exec(trimmed)
  if (!m) return null
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  return isRealDate(iso) ? iso : null
}

/** Why typed text is not a date, in words a person can act on; null when it is one (or empty). */
export function badDateMessage(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '' || parsePolishDate(trimmed) !== null) return null
  const m = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/.exec(trimmed)
  if (!m) return `„${trimmed}” to nie data — wpisz ją jako DD.MM.RRRR, np. 05.03.2026.`
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return `Nie ma takiej daty: ${trimmed} — miesiąc musi być od 1 do 12.`
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `Nie ma takiej daty: ${trimmed} — ${MONTH_NAMES[month - 1]} ${year} ma ${days} dni${day < 1 ? '; dzień zaczyna się od 1' : ''}.`
}
