// A sheet as a table: the header row (found or chosen), its column names, and the data rows under
// it. Empty sheets, a header without rows and merged header cells are refused here, in Polish.
import { cellText } from './cell-values'
import { columnLetter, filledCount, isEmptyCell, refusedFile, type Cell, type SheetData } from './sheet-data'

export interface SheetTable {
  headerRow: number
  headers: string[]
  /** Data rows with at least one filled cell, with their sheet row number. */
  rows: { row: number; cells: Cell[] }[]
  emptyRows: number
}

/** The first row with at least two filled cells: a title row above the header is passed over. */
export function findHeaderRow(sheet: SheetData): number {
  const index = sheet.rows.findIndex((r) => filledCount(r) >= 2)
  if (index >= 0) return index + 1
  if (sheet.rows.some((r) => filledCount(r) > 0)) {
    throw refusedFile(
      `Arkusz „${sheet.name}” ma tylko jedną wypełnioną kolumnę — to nie wygląda na listę osób z kolumnami (nazwisko, imię, PESEL…).`,
    )
  }
  throw refusedFile(`Arkusz „${sheet.name}” jest pusty — wybierz inny arkusz albo inny plik.`)
}

export function sheetTable(sheet: SheetData, headerRow: number): SheetTable {
  if (sheet.rows.every((r) => filledCount(r) === 0)) {
    throw refusedFile(`Arkusz „${sheet.name}” jest pusty — wybierz inny arkusz albo inny plik.`)
  }
  const merged = sheet.mergedCells.get(headerRow)
  if (merged && merged.length > 0) {
    throw refusedFile(
      `Wiersz nagłówka (${headerRow}) arkusza „${sheet.name}” ma scalone komórki (${merged.slice(0, 6).join(', ')}). ` +
        'W Excelu zaznacz je i wybierz Scal i wyśrodkuj → Rozdziel komórki, tak aby każda kolumna miała własną nazwę, zapisz i wybierz plik ponownie.',
    )
  }
  const headerCells = sheet.rows[headerRow - 1] ?? []
  if (filledCount(headerCells) === 0) {
    throw refusedFile(
      `Wiersz ${headerRow} arkusza „${sheet.name}” jest pusty — wskaż wiersz z nazwami kolumn.`,
    )
  }
  const width = Math.max(headerCells.length, ...sheet.rows.slice(headerRow).map((r) => r.length))
  const headers = Array.from({ length: width }, (_, i) => {
    const name = cellText(headerCells[i])
    return name === '' ? `(kolumna ${columnLetter(i)})` : name
  })
  const rows: SheetTable['rows'] = []
  let emptyRows = 0
  for (let i = headerRow; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? []
    if (cells.every(isEmptyCell)) emptyRows++
    else rows.push({ row: i + 1, cells })
  }
  if (rows.length === 0) {
    throw refusedFile(`Arkusz „${sheet.name}” ma tylko nagłówek (wiersz ${headerRow}), bez wierszy z danymi.`)
  }
  return { headerRow, headers, rows, emptyRows }
}
