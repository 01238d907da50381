// Guessing which column holds which field from the header names: Polish with or without diacritics,
// any case, common abbreviations ("Tel.", "Data ur."). A header remembered from the last import wins,
// then an exact name, then a name containing the word; each column and each field is used once.
import type { ImportField, ImportMapping } from '@shared/imports.schema'
import { foldForSearch } from '@shared/text'

const SYNONYMS: Record<ImportField, readonly string[]> = {
  lastName: ['nazwisko', 'nazwiska', 'nazwisko uczestnika', 'surname', 'last name'],
  firstName: ['imie', 'imiona', 'imie uczestnika', 'pierwsze imie', 'first name'],
  pesel: ['pesel', 'nr pesel', 'numer pesel'],
  idDocument: [
    'nr dokumentu',
    'numer dokumentu',
    'dokument',
    'dokument tozsamosci',
    'seria i numer dokumentu',
    'nr dowodu',
    'dowod osobisty',
    'paszport',
  ],
  birthDate: ['data urodzenia', 'data ur', 'urodzony', 'urodzona', 'urodzony a', 'data urodz'],
  sex: ['plec', 'k m', 'km'],
  address: ['adres', 'adres zamieszkania', 'miejsce zamieszkania', 'zamieszkaly', 'zamieszkala'],
  phone: ['telefon', 'tel', 'nr telefonu', 'numer telefonu', 'telefon kontaktowy', 'nr tel'],
  email: ['email', 'e mail', 'adres email', 'adres e mail', 'mail'],
  admissionDate: ['data przyjecia', 'przyjety', 'przyjeta', 'data przyjecia do kis', 'data wpisu'],
  targetGroups: ['grupa', 'grupy', 'grupa docelowa', 'grupy docelowe', 'kategoria'],
  notes: ['uwagi', 'notatki', 'komentarz', 'notatka'],
  skierowanieNumber: ['nr skierowania', 'numer skierowania', 'skierowanie', 'skierowanie nr'],
  skierowanieDate: ['data skierowania', 'skierowanie z dnia', 'z dnia'],
  workplace: [
    'miejsce pracy',
    'miejsce',
    'miejsce wykonywania',
    'miejsce wykonywania prac',
    'jednostka',
    'placowka',
  ],
  position: ['stanowisko', 'rodzaj prac', 'rodzaj pracy', 'rodzaj', 'praca'],
  porozumienie: ['porozumienie', 'nr porozumienia', 'numer porozumienia'],
  dateFrom: ['od', 'data od', 'okres od', 'praca od', 'data rozpoczecia', 'od dnia', 'poczatek'],
  dateTo: ['do', 'data do', 'okres do', 'praca do', 'data zakonczenia', 'do dnia', 'koniec'],
}

/** "Data ur.:", "E-MAIL", "Płeć (K/M)" → "data ur", "e mail", "plec k m". */
export function foldHeader(header: string): string {
  return foldForSearch(header.replace(/[^\p{L}\p{N}]+/gu, ' '))
}

function containsWords(header: string, words: string): boolean {
  return ` ${header} `.includes(` ${words} `)
}

/** Remembered: field → folded header of the column it was mapped to last time. */
export type RememberedMapping = Partial<Record<ImportField, string>>

export function guessMapping(
  headers: readonly string[],
  fields: readonly ImportField[],
  remembered: RememberedMapping,
): { mapping: ImportMapping; remembered: ImportField[] } {
  const folded = headers.map(foldHeader)
  const candidates: { field: ImportField; column: number; score: number }[] = []
  for (const field of fields) {
    folded.forEach((header, column) => {
      if (header === '') return
      let score = 0
      if (remembered[field] === header) score = 3
      else if (SYNONYMS[field].includes(header)) score = 2
      else if (SYNONYMS[field].some((s) => s.length >= 3 && containsWords(header, s))) score = 1
      if (score > 0) candidates.push({ field, column, score })
    })
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const mapping: ImportMapping = {}
  const usedColumns = new Set<number>()
  const fromMemory: ImportField[] = []
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || usedColumns.has(c.column)) continue
    mapping[c.field] = c.column
    usedColumns.add(c.column)
    if (c.score === 3) fromMemory.push(c.field)
  }
  return { mapping, remembered: fromMemory }
}

/** What to remember after an import: each mapped field's folded header. */
export function mappingToRemember(headers: readonly string[], mapping: ImportMapping): RememberedMapping {
  const remembered: RememberedMapping = {}
  for (const [field, column] of Object.entries(mapping) as [ImportField, number | null][]) {
    const header = column === null ? '' : foldHeader(headers[column] ?? '')
    if (header !== '') remembered[field] = header
  }
  return remembered
}
