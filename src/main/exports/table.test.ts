import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { tableToCsv } from './csv'
import { buildTable, type ExportColumn } from './table'
import { tablesToXlsx } from './xlsx'

interface Row {
  name: string
  amountGr: number
  minutes: number
  note: string | null
}

const COLUMNS: ExportColumn<Row>[] = [
  { header: 'Nazwisko', value: (r) => r.name },
  { header: 'Kwota', kind: 'money', value: (r) => r.amountGr },
  { header: 'Godziny', kind: 'hours', value: (r) => r.minutes },
  { header: 'Uwagi', value: (r) => r.note },
]
const table = buildTable('Lista', COLUMNS, [
  { name: 'Żółw', amountGr: 123_456, minutes: 90, note: 'a;b "c"' },
  { name: '@SUMA(A1)', amountGr: 5, minutes: 0, note: null },
])

describe('CSV export', () => {
  it('writes a BOM, semicolons, decimal commas and quotes what needs it', () => {
    expect(tableToCsv(table)).toBe(
      '\uFEFFNazwisko;Kwota;Godziny;Uwagi\r\n' +
        'Żółw;1234,56;1,50;"a;b ""c"""\r\n' +
        `"'@SUMA(A1)";0,05;0,00;\r\n`,
    )
  })
})

describe('XLSX export', () => {
  it('reads back with the same cells, money in złoty with the zł format', async () => {
    const workbook = new ExcelJS.Workbook()
    const bytes = await tablesToXlsx([table])
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    const sheet = workbook.getWorksheet('Lista')!
    expect(sheet.getRow(1).values).toEqual([undefined, 'Nazwisko', 'Kwota', 'Godziny', 'Uwagi'])
    expect(sheet.getRow(2).getCell(1).value).toBe('Żółw')
    expect(sheet.getRow(2).getCell(2).value).toBe(1234.56)
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('#,##0.00 "zł"')
    expect(sheet.getRow(2).getCell(3).value).toBe(1.5)
    expect(sheet.getRow(3).getCell(4).value).toBeNull()
  })
})
