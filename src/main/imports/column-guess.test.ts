import { describe, expect, it } from 'vitest'
import { FIELDS_OF_KIND } from '@shared/imports.schema'
import { PSU_HEADERS } from '../../../tests/support/import-files'
import { foldHeader, guessMapping, mappingToRemember } from './column-guess'

describe('guessing columns from header names', () => {
  it('maps Polish headers with and without diacritics, in any case', () => {
    const headers = [
      'Lp.',
      'NAZWISKO',
      'Imie',
      'Pesel',
      'Data ur.',
      'Płeć (K/M)',
      'Adres zamieszkania',
      'Tel.',
      'Adres e-mail',
      'Data przyjęcia',
      'Grupa docelowa',
      'Uwagi',
    ]
    const { mapping, remembered } = guessMapping(headers, FIELDS_OF_KIND.participants, {})
    expect(mapping).toEqual({
      lastName: 1,
      firstName: 2,
      pesel: 3,
      birthDate: 4,
      sex: 5,
      address: 6,
      phone: 7,
      email: 8,
      admissionDate: 9,
      targetGroups: 10,
      notes: 11,
    })
    expect(remembered).toEqual([])
  })

  it('folds punctuation and letters the same way', () => {
    expect(foldHeader('Data ur.:')).toBe('data ur')
    expect(foldHeader('E-MAIL')).toBe('e mail')
    expect(foldHeader('Płeć (K/M)')).toBe('plec k m')
  })

  it('offers the PSU columns only for a PSU file', () => {
    const headers = PSU_HEADERS
    expect(guessMapping(headers, FIELDS_OF_KIND.participants, {}).mapping).toEqual({
      lastName: 0,
      firstName: 1,
      pesel: 2,
    })
    expect(guessMapping(headers, FIELDS_OF_KIND.psu, {}).mapping).toMatchObject({
      skierowanieNumber: 3,
      skierowanieDate: 4,
      workplace: 5,
      position: 6,
      porozumienie: 7,
      dateFrom: 8,
      dateTo: 9,
    })
  })

  it('prefers the header remembered from the last import and uses each column once', () => {
    const headers = ['Nazwisko', 'Imię', 'Nr ewid.', 'PESEL']
    const memory = mappingToRemember(['Nr ewid.'], { pesel: 0 })
    expect(memory).toEqual({ pesel: 'nr ewid' })
    const { mapping, remembered } = guessMapping(headers, FIELDS_OF_KIND.participants, memory)
    expect(mapping.pesel).toBe(2)
    expect(remembered).toEqual(['pesel'])
    expect(Object.values(mapping)).toEqual([...new Set(Object.values(mapping))])
  })
})
