import { describe, expect, it } from 'vitest'
import { cellText, excelSerialToIso, fullYear, readDate, readGroups, readPesel, readSex } from './cell-values'

const TODAY = '2026-03-05'

describe('dates as offices type them', () => {
  it.each([
    ['05.03.2026', '2026-03-05'],
    ['5.3.2026', '2026-03-05'],
    ['5-3-2026', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['05.03.2026 r.', '2026-03-05'],
    ['2026-03-05', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['2026-03-05T00:00:00.000Z', '2026-03-05'],
    ['5.3.26', '2026-03-05'],
    ['14.7.85', '1985-07-14'],
    ['', ''],
  ])('reads %s as %s', (typed, iso) => {
    expect(readDate(typed, TODAY)).toEqual({ ok: true, value: iso })
  })

  it('puts two-digit years after this year in the last century', () => {
    expect(fullYear(26, TODAY)).toBe(2026)
    expect(fullYear(27, TODAY)).toBe(1927)
    expect(fullYear(0, TODAY)).toBe(2000)
    expect(fullYear(99, TODAY)).toBe(1999)
  })

  it('refuses a date that does not exist, and text that is not a date', () => {
    expect(readDate('31.02.2020', TODAY)).toEqual({
      ok: false,
      message: 'taka data nie istnieje: „31.02.2020”',
    })
    expect(readDate('2021-02-29', TODAY).ok).toBe(false)
    expect(readDate('29.02.2024', TODAY)).toEqual({ ok: true, value: '2024-02-29' })
    expect(readDate('marzec 2020', TODAY)).toEqual({
      ok: false,
      message: '„marzec 2020” nie jest datą (wpisz DD.MM.RRRR)',
    })
  })

  it('reads Excel serial numbers in the 1900 system, with its leap-year bug', () => {
    expect(excelSerialToIso(1)).toEqual({ ok: true, value: '1900-01-01' })
    expect(excelSerialToIso(59)).toEqual({ ok: true, value: '1900-02-28' })
    expect(excelSerialToIso(60)).toEqual({
      ok: false,
      message: '29.02.1900 nie istnieje (to znany błąd kalendarza Excela)',
    })
    expect(excelSerialToIso(61)).toEqual({ ok: true, value: '1900-03-01' })
    expect(excelSerialToIso(45000)).toEqual({ ok: true, value: '2023-03-15' })
    expect(excelSerialToIso(31242.75)).toEqual({ ok: true, value: '1985-07-14' })
    expect(readDate(45000, TODAY)).toEqual({ ok: true, value: '2023-03-15' })
    expect(readDate('45000', TODAY)).toEqual({ ok: true, value: '2023-03-15' })
    expect(excelSerialToIso(0).ok).toBe(false)
  })

  it('takes a date cell by its calendar day', () => {
    expect(readDate(new Date(Date.UTC(1985, 6, 14)), TODAY)).toEqual({ ok: true, value: '1985-07-14' })
  })
})

describe('PESEL cells', () => {
  it('pads a PESEL that Excel stored as a number back to 11 digits', () => {
    expect(readPesel(2210112345)).toEqual({ ok: true, value: '02210112345' })
    expect(readPesel(85071412345)).toEqual({ ok: true, value: '85071412345' })
    expect(readPesel(' 850714 12345 ')).toEqual({ ok: true, value: '85071412345' })
  })

  it('explains a PESEL that lost its digits to scientific notation', () => {
    const read = readPesel('8,50714E+10')
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toContain('notacji wykładniczej')
  })
})

describe('sex and target groups', () => {
  it.each([
    ['K', 'K'],
    ['kobieta', 'K'],
    ['Ż', 'K'],
    ['m', 'M'],
    ['Mężczyzna', 'M'],
    ['', ''],
  ])('reads sex %s', (typed, sex) => {
    expect(readSex(typed)).toEqual({ ok: true, value: sex })
  })

  it('refuses an unknown sex', () => {
    expect(readSex('x')).toEqual({ ok: false, message: 'nieznana płeć „x” (wpisz K albo M)' })
  })

  it('reads groups by words, codes and art. 1 ust. 2 numbers', () => {
    expect(readGroups('bezdomny, uzależniony od alkoholu')).toEqual({
      ok: true,
      value: { groups: ['bezdomni', 'uzaleznieni_alkohol'], otherReason: '' },
    })
    expect(readGroups('5; 8')).toEqual({
      ok: true,
      value: { groups: ['dlugotrwale_bezrobotni', 'niepelnosprawni'], otherReason: '' },
    })
    expect(readGroups('DŁUGOTRWALE BEZROBOTNA')).toEqual({
      ok: true,
      value: { groups: ['dlugotrwale_bezrobotni'], otherReason: '' },
    })
    expect(readGroups('inna: samotna matka')).toEqual({
      ok: true,
      value: { groups: ['inna'], otherReason: 'samotna matka' },
    })
    expect(readGroups('emeryt')).toEqual({ ok: false, message: 'nieznana grupa docelowa „emeryt”' })
  })
})

describe('cell text', () => {
  it('writes numbers, dates and booleans as the sheet shows them', () => {
    expect(cellText(12.5)).toBe('12,5')
    expect(cellText(600123456)).toBe('600123456')
    expect(cellText(new Date(Date.UTC(2026, 2, 5)))).toBe('05.03.2026')
    expect(cellText(true)).toBe('tak')
    expect(cellText('  Jan   Maria ')).toBe('Jan Maria')
    expect(cellText(null)).toBe('')
  })
})
