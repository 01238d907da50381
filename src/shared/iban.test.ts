import { describe, expect, it } from 'vitest'
import { formatPolishAccount, normalizePolishAccount } from './iban'

describe('Polish account numbers', () => {
  it('accepts a valid NRB with or without PL, spaces and dashes', () => {
    expect(normalizePolishAccount('PL61 1090 1014 0000 0712 1981 2874')).toBe('PL61109010140000071219812874')
    expect(normalizePolishAccount('61109010140000071219812874')).toBe('PL61109010140000071219812874')
    expect(normalizePolishAccount('61-1090-1014-0000-0712-1981-2874')).toBe('PL61109010140000071219812874')
  })

  it('refuses a number failing the mod-97 checksum, a wrong length and another country', () => {
    expect(normalizePolishAccount('PL62 1090 1014 0000 0712 1981 2874')).toBeNull()
    expect(normalizePolishAccount('61 1090 1014 0000 0712 1981 287')).toBeNull()
    expect(normalizePolishAccount('DE89 3704 0044 0532 0130 00')).toBeNull()
    expect(normalizePolishAccount('')).toBeNull()
  })

  it('prints an NRB in groups of four after the check digits', () => {
    expect(formatPolishAccount('PL61109010140000071219812874')).toBe('61 1090 1014 0000 0712 1981 2874')
  })
})
