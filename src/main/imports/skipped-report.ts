// The skipped-rows report: each row that was not written, as it stood in the file, with the reason
// first — the coordinator fixes the rows in Excel and imports the report itself again (the mapping
// follows the header names, so the two extra columns are simply not mapped).
import type { ClassifiedRow } from '@shared/imports.schema'
import type { ExportTable } from '../exports/table'
import { cellText } from './cell-values'
import { skippedReasons } from './import-plan'
import type { Cell } from './sheet-data'

export const ROW_COLUMN = 'Wiersz w pliku'
export const REASON_COLUMN = 'Powód pominięcia'

export function skippedRowsTable(
  headers: readonly string[],
  rows: readonly ClassifiedRow[],
  ticked: ReadonlySet<number>,
  cells: ReadonlyMap<number, readonly Cell[]>,
): ExportTable {
  const reasons = [...skippedReasons(rows, ticked)].sort(([a], [b]) => a - b)
  return {
    sheetName: 'Pominięte wiersze',
    headers: [ROW_COLUMN, REASON_COLUMN, ...headers],
    kinds: ['number', 'text', ...headers.map(() => 'text' as const)],
    widths: [10, 60, ...headers.map(() => 18)],
    rows: reasons.map(([row, reason]) => {
      const source = cells.get(row) ?? []
      return [row, reason, ...headers.map((_, i) => cellText(source[i]))]
    }),
  }
}
