// PESEL rules (DOMAIN.md §6). One function serves the form and the main process.
import { isCalendarDate } from './dates'

export type Sex = 'K' | 'M'

export type PeselCheck = { valid: true; birthDate: string; sex: Sex } | { valid: false; message: string }

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const

/** The month field carries the century: +80 → 1800s, +0 → 1900s, +20 → 2000s, +40 → 2100s, +60 → 2200s. */
const CENTURY_BY_MONTH_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 }

export function checkPesel(input: string): PeselCheck {
  const pesel = input.trim()
  if (!/^\d{11}$/.test(pesel)) return { valid: false, message: 'PESEL musi składać się z 11 cyfr.' }
  const digits = [...pesel].map(Number)
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * digits[i]!, 0)
  if ((10 - (sum % 10)) % 10 !== digits[10]) {
    return { valid: false, message: 'PESEL ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.' }
  }
  const yy = Number(pesel.slice(0, 2))
  const mm = Number(pesel.slice(2, 4))
  const dd = Number(pesel.slice(4, 6))
  const offset = Math.floor(mm / 20) * 20
  const century = CENTURY_BY_MONTH_OFFSET[offset]
  const month = mm - offset
  if (century === undefined || month < 1 || month > 12) {
    return { valid: false, message: 'PESEL zawiera nieistniejący miesiąc urodzenia.' }
  }
  const birthDate = `${century + yy}-${pad2(month)}-${pad2(dd)}`
  if (!isCalendarDate(birthDate))
    return { valid: false, message: 'PESEL zawiera nieistniejącą datę urodzenia.' }
  return { valid: true, birthDate, sex: digits[9]! % 2 === 0 ? 'K' : 'M' }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}
