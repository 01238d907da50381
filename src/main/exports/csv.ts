// CSV the way Polish Excel opens it: UTF-8 with BOM, semicolons, decimal commas.
import type { CellValue, ExportTable } from './table'

export function tableToCsv(table: ExportTable): string {
  const lines = [
    table.headers.map(quote),
    ...table.rows.map((row) => row.map((v, i) => cell(v, table.kinds[i]!))),
  ]
  return '\uFEFF' + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n'
}

function cell(value: CellValue, kind: ExportTable['kinds'][number]): string {
  if (value === null) return ''
  if (typeof value === 'number') {
    if (kind === 'money') return (value / 100).toFixed(2).replace('.', ',')
    if (kind === 'hours') return (value / 60).toFixed(2).replace('.', ',')
    return String(value).replace('.', ',')
  }
  return quote(value)
}

function quote(text: string): string {
  // A leading =, +, - or @ would make a spreadsheet run the text as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[";\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe
}
