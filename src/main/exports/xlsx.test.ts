import ExcelJS from 'exceljs'
import { expect, it } from 'vitest'
import { buildTable } from './table'
import { tablesToXlsx } from './xlsx'

it('writes a 20 000-row list through the streaming writer on the XLSX worker, read back whole', async () => {
  const people = Array.from({ length: 20_000 }, (_, i) => ({ name: `Osoba ${i}`, due: i * 101 }))
  const table = buildTable(
    'Osoby',
    [
      { header: 'Imię i nazwisko', value: (p: (typeof people)[number]) => p.name },
      { header: 'Należność', kind: 'money', value: (p: (typeof people)[number]) => p.due },
    ],
    people,
  )
  const bytes = await tablesToXlsx([table])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.slice().buffer)
  const sheet = workbook.getWorksheet('Osoby')!
  expect(sheet.rowCount).toBe(20_001)
  expect(sheet.getRow(20_001).values).toEqual([undefined, 'Osoba 19999', 19999 * 1.01])
  expect(sheet.getColumn(2).numFmt).toBe('#,##0.00 "zł"')
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
})
