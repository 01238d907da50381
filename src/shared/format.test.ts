import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, isCalendarDate, isRealDate, todayIso } from './dates'
import { formatGrosze } from './money'
import { comparePolish, countPl, foldForSearch, pluralPl } from './text'

const NBSP = '\u00a0'

describe('formatDate', () => {
  it("shows '2026-03-05' as '05.03.2026'", () => {
    expect(formatDate('2026-03-05')).toBe('05.03.2026')
  })

  it('shows only the date part of a timestamp', () => {
    expect(formatDate('2026-12-31T23:59:59.000Z')).toBe('31.12.2026')
  })

  it('shows nothing for an empty, null or missing date', () => {
    expect(formatDate('')).toBe('')
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
  })

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('05.03.2026')).toBe('05.03.2026')
    expect(formatDate('wczoraj')).toBe('wczoraj')
  })
})

describe('formatDateTime and todayIso', () => {
  it('shows a timestamp as DD.MM.RRRR GG:MM in local time', () => {
    const local = new Date(2026, 2, 5, 9, 7, 30)
    expect(formatDateTime(local.toISOString())).toBe('05.03.2026 09:07')
  })

  it('returns an unreadable timestamp unchanged', () => {
    expect(formatDateTime('nie-data')).toBe('nie-data')
  })

  it('gives the local calendar date as ISO text with zero padding', () => {
    expect(todayIso(new Date(2026, 0, 2, 23, 59))).toBe('2026-01-02')
    expect(todayIso(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31')
  })
})

describe('isRealDate', () => {
  it.each(['2026-03-05', '2000-02-29', '2024-02-29', '1999-12-31', '1900-01-01', '2999-12-31'])(
    'accepts %s',
    (iso) => {
      expect(isRealDate(iso)).toBe(true)
    },
  )

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-3-5',
    '05.03.2026',
    '',
    '1899-12-31',
    '3000-01-01',
    '9999-12-31',
    '0001-01-01',
  ])('refuses %j', (iso) => {
    expect(isRealDate(iso)).toBe(false)
  })

  it('leaves years outside 1900–2999 to isCalendarDate (a PESEL may carry an 1800s birth date)', () => {
    expect(isCalendarDate('1895-03-15')).toBe(true)
    expect(isCalendarDate('1895-02-29')).toBe(false)
  })
})

describe('formatGrosze', () => {
  it('groups thousands and separates the unit with non-breaking spaces', () => {
    expect(formatGrosze(123456)).toBe(`1${NBSP}234,56${NBSP}zł`)
    expect(formatGrosze(123456)).not.toContain(' ')
  })

  it.each([
    [1, `0,01${NBSP}zł`],
    [10, `0,10${NBSP}zł`],
    [0, `0,00${NBSP}zł`],
    [99999, `999,99${NBSP}zł`],
    [100000, `1${NBSP}000,00${NBSP}zł`],
    [7630600, `76${NBSP}306,00${NBSP}zł`],
    [123456789012, `1${NBSP}234${NBSP}567${NBSP}890,12${NBSP}zł`],
  ])('formats %i grosze as %j', (grosze, text) => {
    expect(formatGrosze(grosze)).toBe(text)
  })

  it('puts a minus sign before a negative amount', () => {
    expect(formatGrosze(-123456)).toBe(`-1${NBSP}234,56${NBSP}zł`)
    expect(formatGrosze(-5)).toBe(`-0,05${NBSP}zł`)
  })

  it.each([[1.5], [0.1], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])(
    'throws a RangeError for %s, which is not a safe whole number of grosze',
    (value) => {
      expect(() => formatGrosze(value)).toThrow(RangeError)
    },
  )
})

describe('foldForSearch', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['Żółw', 'zolw'],
    ['ZAŻÓŁĆ GĘŚLĄ JAŹŃ', 'zazolc gesla jazn'],
    ['zażółć gęślą jaźń', 'zazolc gesla jazn'],
    ['  Jan   KOWALSKI\t', 'jan kowalski'],
    ['Müller', 'muller'],
    ['AB123', 'ab123'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded)
  })

  it('folds composed and decomposed spellings the same way', () => {
    expect(foldForSearch('Ż'.normalize('NFD'))).toBe(foldForSearch('Ż'.normalize('NFC')))
  })
})

describe('pluralPl', () => {
  const form = (n: number) => pluralPl(n, 'błąd', 'błędy', 'błędów')

  it.each([
    [1, 'błąd'],
    [2, 'błędy'],
    [3, 'błędy'],
    [4, 'błędy'],
    [5, 'błędów'],
    [12, 'błędów'],
    [13, 'błędów'],
    [14, 'błędów'],
    [22, 'błędy'],
    [25, 'błędów'],
    [112, 'błędów'],
    [0, 'błędów'],
    [11, 'błędów'],
    [21, 'błędów'],
    [104, 'błędy'],
  ])('%i → %s', (n, expected) => {
    expect(form(n)).toBe(expected)
  })
})

describe('counts and Polish order', () => {
  it('writes a count with its noun in the right form', () => {
    expect([1, 2, 5, 12, 22].map((n) => countPl(n, 'osoba', 'osoby', 'osób'))).toEqual([
      '1 osoba',
      '2 osoby',
      '5 osób',
      '12 osób',
      '22 osoby',
    ])
  })

  it('orders Ł after L and Ź before Ż', () => {
    expect(['Żak', 'Łoś', 'Zenon', 'Źrebiec', 'Lis'].sort(comparePolish)).toEqual([
      'Lis',
      'Łoś',
      'Zenon',
      'Źrebiec',
      'Żak',
    ])
  })
})
