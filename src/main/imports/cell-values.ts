// Reading one cell as the field it is mapped to: text, PESEL, a date in the forms offices type it,
// sex, target groups. Each reader returns a value or a Polish reason; an empty cell is ''.
import { formatDate, isRealDate } from '@shared/dates'
import { TARGET_GROUP_CODES, type TargetGroup } from '@shared/eligibility'
import { foldForSearch } from '@shared/text'
import type { Cell } from './sheet-data'

export type Read<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const fail = (message: string): Read<never> => ({ ok: false, message })

const pad2 = (n: number) => String(n).padStart(2, '0')

function isoOfUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`
}

/** What the cell shows, as text: how the skipped-rows report and the preview write it back. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return formatDate(isoOfUtc(cell))
  if (typeof cell === 'boolean') return cell ? 'tak' : 'nie'
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',')
  return cell.replace(/\s+/g, ' ').trim()
}

/**
 * A PESEL: Excel keeps one typed into a number cell as a number, which drops the leading zero of
 * people born 2000–2009 (02210112345 → 2210112345); such a number is padded back to 11 digits.
 */
export function readPesel(cell: Cell | undefined): Read<string> {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 0) return fail(`PESEL „${cellText(cell)}” nie jest numerem PESEL.`)
    return ok(String(cell).padStart(11, '0'))
  }
  const text = cellText(cell).replace(/[\s-]/g, '')
  if (/^\d[.,]\d+e\+?\d+$/i.test(text)) {
    return fail(
      `PESEL „${text}” jest zapisany w notacji wykładniczej i stracił cyfry — w Excelu ustaw kolumnę PESEL jako Tekst i wpisz numery ponownie.`,
    )
  }
  return ok(text)
}

const DAY_MS = 86_400_000
/** 1 = 1900-01-01 in Excel's 1900 system; the largest is 9999-12-31. */
const MAX_SERIAL = 2_958_465

/**
 * Excel's 1900 date system. Excel counts a 29 February 1900 that never was (serial 60, kept from
 * Lotus 1-2-3), so serials from 61 on are one day ahead of a plain count from 31.12.1899.
 */
export function excelSerialToIso(serial: number): Read<string> {
  const day = Math.floor(serial)
  if (day < 1 || day > MAX_SERIAL) return fail(`liczba ${serial} nie jest datą Excela`)
  if (day === 60) return fail('29.02.1900 nie istnieje (to znany błąd kalendarza Excela)')
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)
  return ok(isoOfUtc(new Date(epoch + day * DAY_MS)))
}

/**
 * Two-digit years: a year up to this year's two digits is in this century, a later one in the last
 * (in 2026: 05.03.26 → 2026, 05.03.27 → 1927). Birth and admission dates are never in the future, so
 * the pivot never puts a past date a hundred years ahead.
 */
export function fullYear(twoDigits: number, today: string): number {
  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100
  const thisYear = Number(today.slice(2, 4))
  return twoDigits <= thisYear ? century + twoDigits : century - 100 + twoDigits
}

/** DD.MM.RRRR, D.M.RRRR, D.M.RR (also with - or /), ISO, an Excel serial, or a date cell. */
export function readDate(cell: Cell | undefined, today: string): Read<string> {
  if (cell === null || cell === undefined) return ok('')
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? fail('komórka daty jest uszkodzona') : ok(isoOfUtc(cell))
  }
  if (typeof cell === 'number') return excelSerialToIso(cell)
  const text = cellText(cell)
    .replace(/\s*r\.?$/i, '')
    .trim()
  if (text === '') return ok('')
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text)
  if (iso) return existing(`${iso[1]}-${pad2(Number(iso[2]))}-${pad2(Number(iso[3]))}`, text)
  const dmy = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4}|\d{2})$/.exec(text)
  if (dmy) {
    const year = dmy[3]!.length === 2 ? fullYear(Number(dmy[3]), today) : Number(dmy[3])
    return existing(`${year}-${pad2(Number(dmy[2]))}-${pad2(Number(dmy[1]))}`, text)
  }
  if (/^\d{1,7}$/.test(text)) return excelSerialToIso(Number(text))
  return fail(`„${text}” nie jest datą (wpisz DD.MM.RRRR)`)
}

function existing(iso: string, typed: string): Read<string> {
  return isRealDate(iso) ? ok(iso) : fail(`taka data nie istnieje: „${typed}”`)
}

/** K/M, kobieta/mężczyzna, ż/m, F/M. */
export function readSex(cell: Cell | undefined): Read<'K' | 'M' | ''> {
  const folded = foldForSearch(cellText(cell))
  if (folded === '') return ok('')
  if (/^(k|z|f|kobieta|zenska|female)\.?$/.test(folded)) return ok('K')
  if (/^(m|mezczyzna|meska|male)\.?$/.test(folded)) return ok('M')
  return fail(`nieznana płeć „${cellText(cell)}” (wpisz K albo M)`)
}

/** Art. 1 ust. 2 pkt 1–8 in order, for files that number the groups. */
const GROUP_BY_NUMBER: readonly TargetGroup[] = [
  'bezdomni',
  'uzaleznieni_alkohol',
  'uzaleznieni_narkotyki',
  'zaburzenia_psychiczne',
  'dlugotrwale_bezrobotni',
  'opuszczajacy_zaklad_karny',
  'uchodzcy',
  'niepelnosprawni',
]

const GROUP_WORDS: readonly [RegExp, TargetGroup][] = [
  [/bezdom/, 'bezdomni'],
  [/alkohol/, 'uzaleznieni_alkohol'],
  [/narkot|odurz|substancj/, 'uzaleznieni_narkotyki'],
  [/psych/, 'zaburzenia_psychiczne'],
  [/bezrobot/, 'dlugotrwale_bezrobotni'],
  [/karn|wiezien/, 'opuszczajacy_zaklad_karny'],
  [/uchodz/, 'uchodzcy'],
  [/niepelnospr/, 'niepelnosprawni'],
]

export interface ReadGroups {
  groups: TargetGroup[]
  otherReason: string
}

/** "bezdomni, uzależniony od alkoholu", "5; 8", "inna: opieka nad dzieckiem" → codes and the reason. */
export function readGroups(cell: Cell | undefined): Read<ReadGroups> {
  const groups = new Set<TargetGroup>()
  let otherReason = ''
  for (const token of cellText(cell).split(/[,;/+\n]/)) {
    const trimmed = token.trim()
    const folded = foldForSearch(trimmed)
    if (folded === '') continue
    const other = /^inn[aey]\b\s*(?:osoba\b)?\s*[:\-–(]?\s*(.*?)\)?$/i.exec(trimmed)
    if (other) {
      groups.add('inna')
      otherReason = other[1]!.trim()
      continue
    }
    const number = /^(\d)\.?$/.exec(folded)
    const code = TARGET_GROUP_CODES.find((c) => c === folded)
    const match = code ?? (number ? GROUP_BY_NUMBER[Number(number[1]) - 1] : undefined)
    const byWord = GROUP_WORDS.find(([pattern]) => pattern.test(folded))?.[1]
    const group = match ?? byWord
    if (!group) return fail(`nieznana grupa docelowa „${trimmed}”`)
    groups.add(group)
  }
  return ok({ groups: [...groups], otherReason })
}
