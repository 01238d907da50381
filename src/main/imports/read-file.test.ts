import { describe, expect, it } from 'vitest'
import {
  encodeWindows1250,
  makeCsv,
  makeEncryptedWorkbook,
  makeLegacyXls,
  makeXlsx,
} from '../../../tests/support/import-files'
import { readImportFile } from './read-file'
import { findHeaderRow, sheetTable } from './sheet-table'

const ROWS = [
  ['Nazwisko', 'Imię', 'Miejscowość'],
  ['Żółć', 'Łucja', 'Łódź; Bałuty'],
  ['Kowalski', 'Jan "Janek"', 'Zgierz'],
]

async function refusal(bytes: Uint8Array, name = 'plik.xlsx'): Promise<string> {
  try {
    await readImportFile(bytes, name)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a refusal')
}

describe('CSV in the encodings and separators offices use', () => {
  it.each([
    ['utf-8-bom', ';', 'UTF-8 ze znacznikiem BOM', 'średnik'],
    ['utf-8', ';', 'UTF-8 bez znacznika BOM', 'średnik'],
    ['windows-1250', ';', 'Windows-1250', 'średnik'],
    ['utf-8', ',', 'UTF-8 bez znacznika BOM', 'przecinek'],
    ['windows-1250', ',', 'Windows-1250', 'przecinek'],
  ] as const)(
    'reads %s with "%s" and says which',
    async (encoding, separator, encodingLabel, separatorLabel) => {
      const book = await readImportFile(makeCsv(ROWS, { encoding, separator }), 'lista.csv')
      expect(book).toMatchObject({ format: 'csv', encoding: encodingLabel, delimiter: separatorLabel })
      expect(book.sheets[0]!.rows).toEqual(ROWS)
    },
  )

  it('keeps a cell starting with = as text (nothing is evaluated)', async () => {
    const rows = [
      ['Nazwisko', 'Imię'],
      ['=HYPERLINK("http://x";"Nowak")', 'Anna'],
    ]
    const book = await readImportFile(makeCsv(rows, { encoding: 'utf-8', separator: ';' }), 'a.csv')
    expect(book.sheets[0]!.rows[1]![0]).toBe('=HYPERLINK("http://x";"Nowak")')
  })

  it('refuses text with no separators, binary files, PDFs and empty files', async () => {
    expect(await refusal(new TextEncoder().encode('jakiś tekst\nbez kolumn\n'), 'a.txt')).toContain(
      'nie ma średników, przecinków ani tabulatorów',
    )
    expect(await refusal(Uint8Array.from([1, 2, 0, 4, 5]), 'a.bin')).toContain('zawiera dane binarne')
    expect(await refusal(new TextEncoder().encode('%PDF-1.7 ...'), 'a.pdf')).toContain('dokument PDF')
    expect(await refusal(new Uint8Array(0), 'a.csv')).toContain('jest pusty')
    expect(await refusal(encodeWindows1250('   \r\n'), 'a.csv')).toContain('Plik CSV jest pusty')
  })
})

describe('XLSX', () => {
  it('uses a formula’s cached value, never its text, and reads date cells and rich text', async () => {
    const bytes = await makeXlsx([
      {
        name: 'Uczestnicy',
        rows: [
          ['Nazwisko', 'Imię', 'Data urodzenia', 'Link'],
          [
            { formula: 'UPPER("nowak")', result: 'NOWAK' },
            { richText: [{ text: 'An' }, { text: 'na', font: { bold: true } }] },
            new Date(Date.UTC(1985, 6, 14)),
            '=HYPERLINK("http://x","y")',
          ],
        ],
        formats: { 3: 'dd.mm.yyyy' },
      },
    ])
    const book = await readImportFile(bytes, 'lista.xlsx')
    const row = book.sheets[0]!.rows[1]!
    expect(row[0]).toBe('NOWAK')
    expect(row[1]).toBe('Anna')
    expect(row[2]).toEqual(new Date(Date.UTC(1985, 6, 14)))
    expect(row[3]).toBe('=HYPERLINK("http://x","y")')
  })

  it('lists every sheet and passes over a title row above the header', async () => {
    const bytes = await makeXlsx([
      { name: 'Pusty', rows: [] },
      {
        name: 'Lista 2024',
        rows: [['Lista uczestników KIS 2024'], [], ['Nazwisko', 'Imię'], ['Nowak', 'Anna']],
      },
    ])
    const book = await readImportFile(bytes, 'lista.xlsx')
    expect(book.sheets.map((s) => s.name)).toEqual(['Pusty', 'Lista 2024'])
    const sheet = book.sheets[1]!
    expect(findHeaderRow(sheet)).toBe(3)
    expect(sheetTable(sheet, 3)).toMatchObject({ headerRow: 3, headers: ['Nazwisko', 'Imię'], emptyRows: 0 })
    expect(() => findHeaderRow(book.sheets[0]!)).toThrow('Arkusz „Pusty” jest pusty')
  })

  it('refuses merged header cells and a header without rows', async () => {
    const bytes = await makeXlsx([
      {
        name: 'Scalone',
        rows: [
          ['Osoba', null, 'PESEL'],
          ['Nowak', 'Anna', '85071412345'],
        ],
        merges: ['A1:B1'],
      },
      { name: 'Nagłówek', rows: [['Nazwisko', 'Imię']] },
    ])
    const book = await readImportFile(bytes, 'lista.xlsx')
    expect(() => sheetTable(book.sheets[0]!, 1)).toThrow(/scalone komórki \(A1, B1\).*Rozdziel komórki/)
    expect(() => sheetTable(book.sheets[1]!, 1)).toThrow('ma tylko nagłówek (wiersz 1), bez wierszy z danymi')
  })

  it('refuses a password-protected workbook, an old .xls, an .ods and a broken ZIP, in Polish', async () => {
    expect(await refusal(makeEncryptedWorkbook())).toContain('chroniony hasłem')
    expect(await refusal(makeLegacyXls(), 'stary.xls')).toContain('starym formacie Excela (.xls)')
    const ods = new Uint8Array(200)
    ods.set([0x50, 0x4b, 0x03, 0x04])
    ods.set(new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 30)
    expect(await refusal(ods, 'a.ods')).toContain('(.ods)')
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])
    expect(await refusal(broken)).toContain('nie jest poprawnym skoroszytem Excela')
    expect(await refusal(broken)).toContain('Nic nie zostało zapisane.')
  })
})
