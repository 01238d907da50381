// What kind of file was picked, from its first bytes (not its name): a ZIP is an XLSX (or an ODS
// or a Word document), an OLE container is a password-protected workbook or an old .xls, anything
// else is read as CSV text. Every refusal says what to do in Excel.
import { readCsv } from './csv-read'
import { refusedFile, type ImportBook } from './sheet-data'
import { readXlsx } from './xlsx-read'

/** Files above this size are refused before reading (a register of 20 000 people is ~2 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const KNOWN_BINARIES: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'dokument PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'obraz PNG' },
  { magic: [0xff, 0xd8, 0xff], what: 'obraz JPEG' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'baza danych SQLite' },
]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** True when the bytes contain `text` as UTF-16LE (how OLE directories name their streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle)
}

export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportBook> {
  if (bytes.length === 0) throw refusedFile(`Plik ${fileName} jest pusty (0 bajtów).`)
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw refusedFile(
      `Plik ${fileName} jest za duży (${Math.round(bytes.length / 1024 / 1024)} MB); import przyjmuje pliki do 50 MB.`,
    )
  }
  if (startsWith(bytes, OLE)) {
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
      throw refusedFile(
        'Skoroszyt jest chroniony hasłem, więc nie da się go odczytać. Otwórz go w Excelu, usuń hasło (Plik → Informacje → Chroń skoroszyt → Zaszyfruj przy użyciu hasła → usuń hasło), zapisz i wybierz ponownie.',
      )
    }
    throw refusedFile(
      'To plik w starym formacie Excela (.xls). Otwórz go w Excelu albo LibreOffice i zapisz jako „Skoroszyt programu Excel (.xlsx)”, potem wybierz ponownie.',
    )
  }
  if (startsWith(bytes, ZIP)) {
    if (Buffer.from(bytes.subarray(0, 200)).includes('application/vnd.oasis.opendocument')) {
      throw refusedFile(
        'To plik LibreOffice/OpenOffice (.ods). Zapisz go jako „Skoroszyt programu Excel (.xlsx)” albo CSV i wybierz ponownie.',
      )
    }
    return { format: 'xlsx', encoding: null, delimiter: null, sheets: await readXlsx(bytes) }
  }
  const binary = KNOWN_BINARIES.find((b) => startsWith(bytes, b.magic))
  if (binary) {
    throw refusedFile(
      `Plik ${fileName} to ${binary.what}, a nie arkusz. Wybierz skoroszyt Excela (.xlsx) albo plik CSV.`,
    )
  }
  const { sheet, encoding, delimiter } = readCsv(bytes, fileName.replace(/\.[^.]+$/, ''))
  return { format: 'csv', encoding, delimiter, sheets: [sheet] }
}
