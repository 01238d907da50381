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

/** What a spreadsheet may take for the start of a formula: = + - @ (also full-width), tab, carriage return. */
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/

function quote(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return /[";\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe
}
