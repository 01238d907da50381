// Polish bank account numbers (NRB / IBAN PL): 26 digits, checked with the IBAN mod-97 rule.
import { electronicFormatIBAN, isValidIBAN } from 'ibantools'

/** Normalises "PL61 1090 1014 0000 0712 1981 2874" or the bare 26 digits to "PL6110901014…". */
export function normalizePolishAccount(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase()
  const iban = /^\d{26}$/.test(compact) ? `PL${compact}` : compact
  if (!/^PL\d{26}$/.test(iban)) return null
  const electronic = electronicFormatIBAN(iban)
  return electronic && isValidIBAN(electronic) ? electronic : null
}

/** Shown as "61 1090 1014 0000 0712 1981 2874", the way Polish forms print an NRB. */
export function formatPolishAccount(iban: string): string {
  const digits = iban.replace(/^PL/, '')
  return `${digits.slice(0, 2)} ${digits.slice(2).replace(/(\d{4})(?=\d)/g, '$1 ')}`.trim()
}
