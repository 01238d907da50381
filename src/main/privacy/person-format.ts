// A person's rows as people read them (PDF, XLSX) and as programs read them (JSON): the same values,
// labelled and formatted, or raw under their column names.
import { formatDate, formatDateTime } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { formatHoursUnit } from '@shared/psu-hours'
import type { CellValue, ExportTable } from '../exports/table'
import type { ColumnKind, PersonSection } from './person-sections'

export interface SectionData {
  section: PersonSection
  rows: Record<string, unknown>[]
}

export function formatValue(value: unknown, kind: ColumnKind = 'text'): string {
  if (value === null || value === undefined || value === '') return ''
  if (typeof kind === 'function') return kind(String(value))
  if (typeof kind === 'object') return kind[String(value)] ?? String(value)
  switch (kind) {
    case 'date':
      return formatDate(String(value))
    case 'datetime':
      return formatDateTime(String(value))
    case 'money':
      return formatGrosze(Number(value))
    case 'minutes':
      return formatHoursUnit(Number(value))
    case 'yesno':
      return Number(value) === 1 ? 'tak' : 'nie'
    default:
      return String(value)
  }
}

/** Labelled, formatted rows: what the PDF prints. */
export function formattedRows(data: SectionData): string[][] {
  return data.rows.map((row) => data.section.columns.map((c) => formatValue(row[c.column], c.kind)))
}

/** One XLSX sheet per section; amounts and hours stay numbers. */
export function sectionTable(data: SectionData): ExportTable {
  const { columns } = data.section
  const kinds = columns.map((c) => (c.kind === 'money' ? 'money' : c.kind === 'minutes' ? 'hours' : 'text'))
  return {
    sheetName: data.section.title.replace(/[:\\/?*[\]]/g, ' '),
    headers: columns.map((c) => c.label),
    kinds,
    widths: columns.map(() => 20),
    rows: data.rows.map((row) =>
      columns.map((c, i): CellValue => {
        const value = row[c.column]
        if (kinds[i] !== 'text') return typeof value === 'number' ? value : null
        return formatValue(value, c.kind)
      }),
    ),
  }
}

/** Raw values under the column names the section declares: the machine-readable copy (art. 20). */
export function sectionJson(data: SectionData) {
  return {
    key: data.section.key,
    title: data.section.title,
    columns: Object.fromEntries(data.section.columns.map((c) => [c.column, c.label])),
    rows: data.rows.map((row) =>
      Object.fromEntries(data.section.columns.map((c) => [c.column, row[c.column] ?? null])),
    ),
  }
}
