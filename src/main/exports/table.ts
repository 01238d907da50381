// A list as it leaves the app: typed columns, plain rows. Screens, XLSX and CSV share the same cells.
import { stripBidiControls } from '@shared/text'

export type CellValue = string | number | null

export interface ExportColumn<Row> {
  header: string
  /** 'money' values are integer grosze; 'hours' values are integer minutes. */
  kind?: 'text' | 'number' | 'money' | 'hours'
  width?: number
  value: (row: Row) => CellValue
}

export interface ExportTable {
  sheetName: string
  headers: string[]
  kinds: NonNullable<ExportColumn<never>['kind']>[]
  widths: number[]
  rows: CellValue[][]
}

export function buildTable<Row>(
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): ExportTable {
  return {
    sheetName,
    headers: columns.map((c) => c.header),
    kinds: columns.map((c) => c.kind ?? 'text'),
    widths: columns.map((c) => c.width ?? 16),
    rows: rows.map((row) => columns.map((c) => cellValue(c.value(row)))),
  }
}

/** Bidi overrides never leave the app, whatever a record holds (see @shared/text). */
function cellValue(value: CellValue): CellValue {
  return typeof value === 'string' ? stripBidiControls(value) : value
}
