// What a spreadsheet becomes once read: plain cells, whatever the file format was. Formulas are
// already replaced by their cached results; dates from Excel's date cells are real Dates (UTC midnight).
import { DomainError } from '../errors'

export { columnLetter } from '@shared/imports.schema'

export type Cell = string | number | boolean | Date | null

export interface SheetData {
  name: string
  /** rows[0] is sheet row 1; each row as dense as its last filled cell. */
  rows: Cell[][]
  /** Sheet row number → addresses of merged cells in that row (only rows near the top are recorded). */
  mergedCells: Map<number, string[]>
}

export interface ImportBook {
  format: 'xlsx' | 'csv'
  /** CSV only, in Polish. */
  encoding: string | null
  delimiter: string | null
  sheets: SheetData[]
}

/** Rows whose merged cells are recorded: the header is looked for there. */
export const MERGE_SCAN_ROWS = 50

/** A file the import refuses; the message says why and what to do, in Polish. */
export function refusedFile(message: string): DomainError {
  return new DomainError('INVALID_INPUT', `${message} Nic nie zostało zapisane.`)
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}

export function filledCount(row: readonly Cell[] | undefined): number {
  return row ? row.filter((c) => !isEmptyCell(c)).length : 0
}
