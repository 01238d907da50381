// The first 100 bytes of an SQLite file say what it is without opening it: the magic string, the
// page size and count (so a cut-off copy shows), WAL mode, user_version and application_id.
import { closeSync, openSync, readSync } from 'node:fs'

export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
export const HEADER_SIZE = 100

export interface SqliteHeader {
  pageSize: number
  /** Pages according to the header, or null when that field is not to be trusted (old writers). */
  pageCount: number | null
  wal: boolean
  userVersion: number
  applicationId: number
}

export type HeaderReading =
  { kind: 'sqlite'; header: SqliteHeader } | { kind: 'short' } | { kind: 'not-sqlite' } | { kind: 'damaged' }

/** Reads at most the first `HEADER_SIZE` bytes of a file. */
export function readFileStart(file: string, length = HEADER_SIZE): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const read = readSync(fd, buffer, 0, length, 0)
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

export function parseSqliteHeader(bytes: Buffer): HeaderReading {
  const magicLength = Math.min(bytes.length, SQLITE_MAGIC.length)
  if (magicLength === 0 || !bytes.subarray(0, magicLength).equals(SQLITE_MAGIC.subarray(0, magicLength))) {
    return { kind: 'not-sqlite' }
  }
  if (bytes.length < HEADER_SIZE) return { kind: 'short' }
  const rawPageSize = bytes.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0
  const writeVersion = bytes[18]!
  const readVersion = bytes[19]!
  if (!validPageSize || writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2) {
    return { kind: 'damaged' }
  }
  const changeCounter = bytes.readUInt32BE(24)
  const inHeaderPages = bytes.readUInt32BE(28)
  const versionValidFor = bytes.readUInt32BE(92)
  return {
    kind: 'sqlite',
    header: {
      pageSize,
      pageCount: inHeaderPages > 0 && changeCounter === versionValidFor ? inHeaderPages : null,
      wal: writeVersion === 2 || readVersion === 2,
      userVersion: bytes.readUInt32BE(60),
      applicationId: bytes.readUInt32BE(68),
    },
  }
}

/** The size an SQLite file must have at least, according to its header. */
export function expectedSize(header: SqliteHeader): number | null {
  return header.pageCount === null ? null : header.pageCount * header.pageSize
}

/** A few kinds of file people pick by mistake, for a refusal that says what the file looks like. */
export function describeFileKind(bytes: Buffer): string | null {
  const startsWith = (text: string) => bytes.subarray(0, text.length).equals(Buffer.from(text, 'latin1'))
  if (startsWith('\x89PNG')) return 'obraz PNG'
  if (startsWith('\xff\xd8\xff')) return 'zdjęcie JPEG'
  if (startsWith('%PDF')) return 'dokument PDF'
  if (startsWith('PK\x03\x04')) return 'archiwum ZIP albo dokument Office (np. arkusz XLSX)'
  if (startsWith('\xd0\xcf\x11\xe0')) return 'starszy dokument Office (np. DOC lub XLS)'
  if (bytes.length > 0 && bytes.every((b) => b === 0)) return 'plik wypełniony zerami'
  if (bytes.length > 0 && bytes.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)))
    return 'plik tekstowy'
  return null
}
