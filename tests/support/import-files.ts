// Spreadsheet files for the import tests, made by the tests themselves: XLSX through exceljs, CSV in
// UTF-8 (with or without a BOM) or Windows-1250, with semicolons or commas.
import ExcelJS from 'exceljs'
import { makePesel } from './pesel-factory'

export type FileCell = string | number | Date | null | ExcelJS.CellFormulaValue | ExcelJS.CellRichTextValue

export interface XlsxSheet {
  name: string
  rows: FileCell[][]
  merges?: string[]
  /** Column number formats by 1-based column (e.g. a date column). */
  formats?: Record<number, string>
}

export async function makeXlsx(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name)
    for (const row of s.rows) sheet.addRow(row)
    for (const [column, format] of Object.entries(s.formats ?? {}))
      sheet.getColumn(Number(column)).numFmt = format
    for (const range of s.merges ?? []) sheet.mergeCells(range)
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const WINDOWS_1250: Record<string, number> = {
  ą: 0xb9,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0x9c,
  ź: 0x9f,
  ż: 0xbf,
  Ą: 0xa5,
  Ć: 0xc6,
  Ę: 0xca,
  Ł: 0xa3,
  Ń: 0xd1,
  Ó: 0xd3,
  Ś: 0x8c,
  Ź: 0x8f,
  Ż: 0xaf,
}

export function encodeWindows1250(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0)
      const byte = WINDOWS_1250[c]
      if (byte === undefined) throw new Error(`no Windows-1250 byte for ${c}`)
      return byte
    }),
  )
}

export interface CsvOptions {
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1250'
  separator: ';' | ','
}

export function makeCsv(rows: (string | number | null)[][], options: CsvOptions): Uint8Array {
  const quote = (v: string | number | null) => {
    const text = v === null ? '' : String(v)
    return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const text = rows.map((r) => r.map(quote).join(options.separator)).join('\r\n') + '\r\n'
  if (options.encoding === 'windows-1250') return encodeWindows1250(text)
  const utf8 = new TextEncoder().encode(text)
  return options.encoding === 'utf-8-bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]) : utf8
}

/** The start of an encrypted OOXML package: an OLE container whose directory names EncryptedPackage. */
export function makeEncryptedWorkbook(): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  bytes.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 1024)
  bytes.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 1152)
  return bytes
}

/** An old binary .xls: the same OLE container with a Workbook stream. */
export function makeLegacyXls(): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  bytes.set(new Uint8Array(Buffer.from('Workbook', 'utf16le')), 1024)
  return bytes
}

/** The i-th of many distinct valid PESEL numbers (years 1950–1999, any month, days 1–28). */
export function nthPesel(i: number): string {
  const k = Math.floor(i / 50)
  const day = 1 + (Math.floor(k / 12) % 28)
  const birth = `${1950 + (i % 50)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return makePesel(birth, i % 2 === 0 ? 'K' : 'M', Math.floor(i / (50 * 12 * 28)))
}

/** The columns of the PUP's list of people directed to PSU, as the office's sheet names them. */
export const PSU_HEADERS = [
  'Nazwisko',
  'Imię',
  'PESEL',
  'Nr skierowania',
  'Data skierowania',
  'Miejsce pracy',
  'Rodzaj prac',
  'Nr porozumienia',
  'Od',
  'Do',
]

/** One row of the PUP's list in PSU_HEADERS order, with the target group ("5") appended. */
export function psuRow(
  person: [lastName: string, firstName: string, pesel: string],
  skierowanie: [number: string, date: string],
  place: [workplace: string, kind: string, porozumienie: string],
  period: [from: string, to: string],
): string[] {
  return [...person, ...skierowanie, ...place, ...period, '5']
}
