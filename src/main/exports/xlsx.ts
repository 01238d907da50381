// XLSX through exceljs: one worksheet per table, bold frozen header, filters, money as numbers in zł.
import type { ExportTable } from './table'

const FORMATS: Record<ExportTable['kinds'][number], string | undefined> = {
  text: '@',
  number: '0',
  money: '#,##0.00 "zł"',
  hours: '0.00',
}

export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  // exceljs is large: loaded with the first export, not at the app's start.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
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
    for (const row of table.rows) {
      sheet.addRow(
        row.map((value, i) => {
          const kind = table.kinds[i]
          if (typeof value !== 'number') return value
          if (kind === 'money') return value / 100
          if (kind === 'hours') return value / 60
          return value
        }),
      )
    }
    if (table.headers.length > 0) {
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1 + table.rows.length, column: table.headers.length },
      }
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
