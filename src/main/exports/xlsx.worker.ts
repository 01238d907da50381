// XLSX files written on their own thread with exceljs's streaming writer: a 45 000-row list takes
// seconds, and the main process must keep answering the window meanwhile. One worksheet per table,
// bold frozen header, filters, money as numbers in zł. Imports only exceljs, Node and db/worker-serve.ts
// (with its extension, so Node can also run this file as source in tests).
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { serveCalls } from '../db/worker-serve.ts'
import type { ExportTable } from './table'

const FORMATS: Record<ExportTable['kinds'][number], string | undefined> = {
  text: '@',
  number: '0',
  money: '#,##0.00 "zł"',
  hours: '0.00',
}

function cell(value: ExportTable['rows'][number][number], kind: ExportTable['kinds'][number] | undefined) {
  if (typeof value !== 'number') return value
  if (kind === 'money') return value / 100
  if (kind === 'hours') return value / 60
  return value
}

async function toXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true })
  workbook.creator = 'KIS i PSU'
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    })
    sheet.columns = table.headers.map((header, i) => ({
      header,
      width: table.widths[i],
      style: { numFmt: FORMATS[table.kinds[i]!] },
    }))
    sheet.getRow(1).font = { bold: true }
    if (table.headers.length > 0) {
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1 + table.rows.length, column: table.headers.length },
      }
    }
    sheet.getRow(1).commit()
    for (const row of table.rows) sheet.addRow(row.map((value, i) => cell(value, table.kinds[i]))).commit()
    sheet.commit()
  }
  await workbook.commit()
  return new Uint8Array(Buffer.concat(chunks))
}

serveCalls<readonly ExportTable[], Uint8Array>(toXlsx)
