// XLSX through exceljs. Each cell becomes a plain value: a formula gives its cached result (the value
// Excel last computed), never its text; a text cell starting with "=" is text; rich text and hyperlinks
// give their visible text; error cells (#N/A…) are empty.
import type ExcelJS from 'exceljs'
import { MERGE_SCAN_ROWS, refusedFile, type Cell, type SheetData } from './sheet-data'

type ExcelCell = ExcelJS.Cell
type ValueTypes = typeof ExcelJS.ValueType

export async function readXlsx(bytes: Uint8Array): Promise<SheetData[]> {
  // exceljs is large: loaded with the first import, not at the app's start.
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw refusedFile(
      'Plik nie jest poprawnym skoroszytem Excela (.xlsx) — może jest uszkodzony albo to inny dokument w formacie ZIP (np. Word). Otwórz go w Excelu i zapisz ponownie jako „Skoroszyt programu Excel (.xlsx)”.',
    )
  }
  const date1904 = workbook.properties?.date1904 === true
  return workbook.worksheets.map((worksheet) => readSheet(worksheet, date1904, excel.ValueType))
}

function readSheet(worksheet: ExcelJS.Worksheet, date1904: boolean, types: ValueTypes): SheetData {
  const rows: Cell[][] = []
  const mergedCells = new Map<number, string[]>()
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (rowNumber <= MERGE_SCAN_ROWS && cell.isMerged) {
        mergedCells.set(rowNumber, [...(mergedCells.get(rowNumber) ?? []), cell.address])
      }
      cells[column - 1] = cellValue(cell, date1904, types)
    })
    for (let i = 0; i < cells.length; i++) cells[i] ??= null
    rows[rowNumber - 1] = cells
  })
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  return { name: worksheet.name, rows, mergedCells }
}

function cellValue(cell: ExcelCell, date1904: boolean, types: ValueTypes): Cell {
  switch (cell.type) {
    case types.Number:
      return cell.value as number
    case types.String:
    case types.SharedString:
      return cell.value as string
    case types.Boolean:
      return cell.value as boolean
    case types.Date:
      return cell.value as Date
    case types.RichText:
      return (cell.value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('')
    case types.Hyperlink: {
      const text = (cell.value as ExcelJS.CellHyperlinkValue).text
      return typeof text === 'string' ? text : cell.text
    }
    case types.Formula:
      return formulaResult(cell, date1904)
    default:
      return null
  }
}

function formulaResult(cell: ExcelCell, date1904: boolean): Cell {
  const result: unknown = cell.result
  if (result === undefined || result === null) return null
  if (result instanceof Date || typeof result === 'string' || typeof result === 'boolean') return result
  if (typeof result === 'number') {
    // A date-formatted formula keeps its cached serial; a 1904 workbook counts from 1904-01-01.
    return cell.numFmt && isDateFormat(cell.numFmt) ? serialToDate(result, date1904) : result
  }
  if (typeof result === 'object' && 'richText' in result) {
    return (result as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('')
  }
  return null
}

function isDateFormat(format: string): boolean {
  const plain = format.replace(/"[^"]*"|\[[^\]]*\]/g, '')
  return /[dmy]/i.test(plain) && !/^[#0.,\s%]+$/.test(plain)
}

const DAY_MS = 86_400_000

/** Used only for formula results; plain number cells are read as serials by the date rule itself. */
function serialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30)
  return new Date(epoch + Math.floor(serial) * DAY_MS)
}
