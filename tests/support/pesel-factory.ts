// Test helper: builds valid PESEL numbers for a birth date and sex (DOMAIN.md §6).

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]

/** Appends the check digit to the first ten digits. */
export function withCheckDigit(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new Error(`expected 10 digits, got ${first10}`)
  const sum = [...first10].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i]!, 0)
  return `${first10}${(10 - (sum % 10)) % 10}`
}

const MONTH_OFFSET_BY_CENTURY: Record<number, number> = { 1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60 }

/** A valid PESEL for an ISO birth date; `serial` (0–999) tells people born the same day apart. */
export function makePesel(birthDate: string, sex: 'K' | 'M', serial = 0): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number]
  const offset = MONTH_OFFSET_BY_CENTURY[Math.floor(year / 100) * 100]
  if (offset === undefined) throw new Error(`no PESEL century for ${birthDate}`)
  const sexDigit = (serial % 5) * 2 + (sex === 'M' ? 1 : 0)
  const p2 = (n: number) => String(n).padStart(2, '0')
  return withCheckDigit(
    `${p2(year % 100)}${p2(month + offset)}${p2(day)}${String(serial).padStart(3, '0')}${sexDigit}`,
  )
}
