// CSV as Polish offices save it: UTF-8 with or without a BOM, or Windows-1250 (Excel's "CSV" on a
// Polish Windows); semicolons (Excel's Polish list separator), commas or tabs. The encoding and
// separator are found, not asked, and the wizard says which were found.
import { refusedFile, type SheetData } from './sheet-data'

export interface DecodedText {
  text: string
  encoding: string
}

const SEPARATORS = [
  { char: ';', label: 'średnik' },
  { char: '\t', label: 'tabulator' },
  { char: ',', label: 'przecinek' },
] as const

/** A BOM decides; otherwise text that is valid UTF-8 is UTF-8, and anything else is Windows-1250. */
export function decodeCsv(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 ze znacznikiem BOM' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 (Unicode)' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 (Unicode)' }
  }
  if (bytes.includes(0)) {
    throw refusedFile(
      'Plik nie jest arkuszem: zawiera dane binarne, a nie tekst CSV ani skoroszyt Excela (.xlsx).',
    )
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8 bez znacznika BOM',
    }
  } catch {
    return { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'Windows-1250' }
  }
}

/** The separator that occurs most often (outside quotes) in the first non-empty line. */
export function detectSeparator(text: string): (typeof SEPARATORS)[number] {
  const firstLine = firstNonEmptyLine(text)
  let best: (typeof SEPARATORS)[number] | null = null
  let bestCount = 0
  for (const separator of SEPARATORS) {
    const count = countOutsideQuotes(firstLine, separator.char)
    if (count > bestCount) {
      best = separator
      bestCount = count
    }
  }
  if (!best) {
    throw refusedFile(
      'Plik nie wygląda na arkusz: w pierwszym wierszu nie ma średników, przecinków ani tabulatorów oddzielających kolumny.',
    )
  }
  return best
}

function firstNonEmptyLine(text: string): string {
  // A line break inside quotes belongs to the cell, so the line is cut at the first break outside quotes.
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (text.slice(start, i).trim() !== '') return text.slice(start, i)
      start = i + 1
    }
  }
  return text.slice(start)
}

function countOutsideQuotes(line: string, char: string): number {
  let quoted = false
  let count = 0
  for (const c of line) {
    if (c === '"') quoted = !quoted
    else if (!quoted && c === char) count++
  }
  return count
}

/** RFC 4180 fields: quotes around a field, "" for a quote inside, line breaks inside quotes. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"' && field === '') quoted = true
    else if (c === separator) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

export function readCsv(
  bytes: Uint8Array,
  sheetName: string,
): { sheet: SheetData; encoding: string; delimiter: string } {
  const { text, encoding } = decodeCsv(bytes)
  if (text.trim() === '') throw refusedFile('Plik CSV jest pusty.')
  const separator = detectSeparator(text)
  // Every CSV cell is text: "=HYPERLINK(…)" stays the text it is, nothing is evaluated.
  const rows = parseCsv(text, separator.char).map((r) => r.map((v) => (v === '' ? null : v)))
  return { sheet: { name: sheetName, rows, mergedCells: new Map() }, encoding, delimiter: separator.label }
}
