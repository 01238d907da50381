import { describe, expect, it } from 'vitest'
import { checkPesel } from './pesel'
import { looksPolish } from '../../tests/support/polish'

// Independent of the code under test: weights 1,3,7,9,1,3,7,9,1,3; check = (10 − Σ mod 10) mod 10.
function withCheckDigit(first10: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  const sum = [...first10].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0)
  return `${first10}${(10 - (sum % 10)) % 10}`
}

function expectInvalid(pesel: string, messagePart: RegExp) {
  const result = checkPesel(pesel)
  expect(result.valid, pesel).toBe(false)
  if (result.valid) return
  expect(result.message).toMatch(messagePart)
  expect(looksPolish(result.message), result.message).toBe(true)
}

describe('checkPesel — well-known valid numbers checked by hand', () => {
  // 4·1 + 4·3 + 0·7 + 5·9 + 1·1 + 4·3 + 0·7 + 1·9 + 3·1 + 5·3 = 101 → (10 − 1) mod 10 = 9 ✓
  it('44051401359 is a man born 14.05.1944', () => {
    expect(checkPesel('44051401359')).toEqual({ valid: true, birthDate: '1944-05-14', sex: 'M' })
  })

  // 0·1 + 2·3 + 0·7 + 7·9 + 0·1 + 8·3 + 0·7 + 3·9 + 6·1 + 2·3 = 132 → (10 − 2) mod 10 = 8 ✓
  it('02070803628 is a woman born 08.07.1902', () => {
    expect(checkPesel('02070803628')).toEqual({ valid: true, birthDate: '1902-07-08', sex: 'K' })
  })

  // 9·1 + 0·3 + 0·7 + 9·9 + 0·1 + 5·3 + 1·7 + 5·9 + 8·1 + 3·3 = 174 → (10 − 4) mod 10 = 6 ✓
  it('90090515836 is a man born 05.09.1990', () => {
    expect(checkPesel('90090515836')).toEqual({ valid: true, birthDate: '1990-09-05', sex: 'M' })
  })

  it('the test helper reproduces the hand-checked check digits', () => {
    expect(withCheckDigit('4405140135')).toBe('44051401359')
    expect(withCheckDigit('0207080362')).toBe('02070803628')
    expect(withCheckDigit('9009051583')).toBe('90090515836')
  })
})

describe('checkPesel — the month field carries the century', () => {
  it.each([
    ['1800s: month + 80', '958315', '1895-03-15'],
    ['1900s: month as is', '850412', '1985-04-12'],
    ['2000s: month + 20', '052507', '2005-05-07'],
    ['2100s: month + 40', '014301', '2101-03-01'],
    ['2200s: month + 60', '106228', '2210-02-28'],
    ['1900s: December', '991231', '1999-12-31'],
    ['2000s: December', '003231', '2000-12-31'],
  ])('%s (%s → %s)', (_label, yymmdd, birthDate) => {
    const pesel = withCheckDigit(`${yymmdd}1234`)
    expect(checkPesel(pesel)).toEqual({ valid: true, birthDate, sex: 'K' })
  })
})

describe('checkPesel — the 10th digit gives the sex', () => {
  it.each([0, 2, 4, 6, 8])('even digit %i means a woman (K)', (digit) => {
    const result = checkPesel(withCheckDigit(`850412123${digit}`))
    expect(result).toEqual({ valid: true, birthDate: '1985-04-12', sex: 'K' })
  })

  it.each([1, 3, 5, 7, 9])('odd digit %i means a man (M)', (digit) => {
    const result = checkPesel(withCheckDigit(`850412123${digit}`))
    expect(result).toEqual({ valid: true, birthDate: '1985-04-12', sex: 'M' })
  })
})

describe('checkPesel — refusals', () => {
  it('refuses every wrong check digit with a Polish message about the check digit', () => {
    const valid = '44051401359'
    for (let wrong = 0; wrong <= 9; wrong++) {
      if (wrong === 9) continue
      expectInvalid(`${valid.slice(0, 10)}${wrong}`, /cyfrę kontrolną/)
    }
  })

  it('refuses a single mistyped digit (the check digit no longer matches)', () => {
    expectInvalid('44051401358', /cyfrę kontrolną/)
    expectInvalid('44051411359', /cyfrę kontrolną/)
  })

  it.each([
    ['a letter', '4405140135a'],
    ['a space inside', '44051 01359'],
    ['a hyphen', '440514-0135'],
    ['a sign', '+4405140135'],
    ['full-width digits', '４４０５１４０１３５９'],
    ['an empty string', ''],
  ])('refuses %s as not 11 digits', (_label, pesel) => {
    expectInvalid(pesel, /11 cyfr/)
  })

  it.each([
    ['10 digits', '4405140135'],
    ['12 digits', '440514013590'],
  ])('refuses %s', (_label, pesel) => {
    expectInvalid(pesel, /11 cyfr/)
  })

  it('ignores spaces around the number (the form trims them too)', () => {
    expect(checkPesel('  44051401359 ')).toEqual({ valid: true, birthDate: '1944-05-14', sex: 'M' })
  })

  it.each([
    ['month 00', '900012'],
    ['month 13 (1900s)', '901312'],
    ['month 33 (2000s month 13)', '903312'],
    ['month 20 (2000s month 0)', '002012'],
    ['month 93 (1800s month 13)', '909312'],
  ])('refuses %s as a month that does not exist', (_label, yymmdd) => {
    expectInvalid(withCheckDigit(`${yymmdd}1234`), /nieistniejący miesiąc/)
  })

  it.each([
    ['30 February 1990', '900230'],
    ['31 April 1990', '900431'],
    ['day 00', '900100'],
    ['day 32', '900132'],
    ['31 June 2010', '102631'],
  ])('refuses %s as a date that does not exist', (_label, yymmdd) => {
    expectInvalid(withCheckDigit(`${yymmdd}1234`), /nieistniejącą datę/)
  })
})

describe('checkPesel — leap years', () => {
  it('accepts 29 February 2000 (divisible by 400)', () => {
    expect(checkPesel(withCheckDigit('0022291234'))).toEqual({
      valid: true,
      birthDate: '2000-02-29',
      sex: 'K',
    })
  })

  it('refuses 29 February 1900 (divisible by 100, not by 400)', () => {
    expectInvalid(withCheckDigit('0002291234'), /nieistniejącą datę/)
  })

  it('accepts 29 February 2004 and 1896, refuses 29 February 2001 and 2100', () => {
    expect(checkPesel(withCheckDigit('0422291235'))).toMatchObject({ valid: true, birthDate: '2004-02-29' })
    expect(checkPesel(withCheckDigit('9682291235'))).toMatchObject({ valid: true, birthDate: '1896-02-29' })
    expectInvalid(withCheckDigit('0122291234'), /nieistniejącą datę/)
    expectInvalid(withCheckDigit('0042291234'), /nieistniejącą datę/)
  })
})
