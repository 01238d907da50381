// SQLite files other than the open database: online copies and read-only inspection of a copy or a
// candidate for restore. The rules about what is acceptable live in src/main/backup; this file only
// reads facts (better-sqlite3 stays in db/).
import SQLite from 'better-sqlite3'
import { readSchema, type Schema } from './schema-snapshot'

/** An open better-sqlite3 connection, for modules outside db/ that must not import the driver. */
export type LiveDatabase = SQLite.Database

export interface DatabaseFacts {
  applicationId: number
  userVersion: number
  schema: Schema
  /** Lines of PRAGMA integrity_check other than "ok" (at most 100). */
  integrityErrors: string[]
  /** Rows of PRAGMA foreign_key_check. */
  foreignKeyErrors: number
  rowCounts: Record<string, number>
}

export type CopyProgress = (copiedPages: number, totalPages: number) => void

/** The SQLite error code ('SQLITE_BUSY', …) of an error, if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

/**
 * Copies a live database with SQLite's online backup: page by page, consistent even while the
 * connection keeps working, never a raw copy of a file that may be in the middle of a save.
 */
export async function onlineBackup(source: SQLite.Database, dest: string, onProgress?: CopyProgress) {
  let total = 0
  await source.backup(dest, {
    progress({ totalPages, remainingPages }) {
      total = totalPages
      onProgress?.(totalPages - remainingPages, totalPages)
      // About a hundred steps, so a large file reports progress and the event loop keeps running.
      return Math.max(64, Math.ceil(totalPages / 100))
    },
  })
  onProgress?.(total, total)
}

function openReadOnly(file: string): SQLite.Database {
  // No waiting: a file locked by a writer is reported at once rather than after busy_timeout.
  return new SQLite(file, { readonly: true, fileMustExist: true, timeout: 0 })
}

/**
 * A candidate file opened read-only with a read transaction held, so nobody can commit to it
 * while it is looked at and copied. Opening throws SQLite's own errors (BUSY when locked, NOTADB,
 * CORRUPT, READONLY_ROLLBACK for a hot journal); the caller names them.
 */
export interface HeldSource {
  applicationId: number
  userVersion: number
  copyTo(dest: string, onProgress?: CopyProgress): Promise<void>
  close(): void
}

export function holdForCopy(file: string): HeldSource {
  const sqlite = openReadOnly(file)
  try {
    sqlite.exec('BEGIN')
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
    return {
      applicationId: sqlite.pragma('application_id', { simple: true }) as number,
      userVersion: sqlite.pragma('user_version', { simple: true }) as number,
      copyTo: (dest, onProgress) => onlineBackup(sqlite, dest, onProgress),
      close: () => sqlite.close(),
    }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/** Everything a verification needs, read without writing anything. Throws SQLite's errors. */
export function readDatabaseFacts(file: string): DatabaseFacts {
  const sqlite = openReadOnly(file)
  try {
    const schema = readSchema(sqlite)
    const tables = Object.keys(schema.columns)
    const rowCounts: Record<string, number> = {}
    const integrity = sqlite.pragma('integrity_check(100)', { simple: false }) as {
      integrity_check: string
    }[]
    const integrityErrors = integrity.map((r) => r.integrity_check).filter((line) => line !== 'ok')
    const foreignKeyErrors =
      integrityErrors.length > 0 ? 0 : (sqlite.pragma('foreign_key_check') as unknown[]).length
    if (integrityErrors.length === 0) {
      for (const table of tables) {
        rowCounts[table] = sqlite
          .prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`)
          .pluck()
          .get() as number
      }
    }
    return {
      applicationId: sqlite.pragma('application_id', { simple: true }) as number,
      userVersion: sqlite.pragma('user_version', { simple: true }) as number,
      schema,
      integrityErrors,
      foreignKeyErrors,
      rowCounts,
    }
  } finally {
    sqlite.close()
  }
}
