// SQLite files other than the open database: online copies and read-only inspection of a copy or a
// candidate for restore. The rules about what is acceptable live in src/main/backup; this file only
// reads facts (better-sqlite3 stays in db/).
import SQLite from 'better-sqlite3'
import type { RawDatabaseFacts } from './database-facts'
import { copyDatabaseOffThread, readFactsOffThread } from './facts-thread'
import { normalizeSchema, type Schema } from './schema-snapshot'

/** An open better-sqlite3 connection, for modules outside db/ that must not import the driver. */
export type LiveDatabase = SQLite.Database

/** A file's facts with its schema normalized for comparison (see schema-snapshot.ts). */
export interface DatabaseFacts extends Omit<RawDatabaseFacts, 'schema'> {
  schema: Schema
}

export type CopyProgress = (copiedPages: number, totalPages: number) => void

/** The SQLite error code ('SQLITE_BUSY', …) of an error, if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

/**
 * A copy of the app's own open database made on the facts worker, so the main thread only waits for
 * a message: the worker holds a read transaction (no commit can land mid-copy) while the file's
 * bytes are copied, fsync'd (see database-facts.worker.ts for why that copy is whole and consistent).
 */
export function copyLiveDatabase(source: SQLite.Database, dest: string, onProgress?: CopyProgress) {
  return copyDatabaseOffThread(source.name, dest, onProgress)
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
  /** Made on the facts worker; the read transaction held here keeps writers out meanwhile. */
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
      copyTo: (dest, onProgress) => copyDatabaseOffThread(file, dest, onProgress),
      close: () => sqlite.close(),
    }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/**
 * Everything a verification needs, read without writing anything, on a worker thread so the window
 * keeps answering during the seconds a large file takes. Throws SQLite's errors (with their code).
 */
export async function readDatabaseFacts(
  file: string,
  check: 'full' | 'quick',
  ownCopy: boolean,
): Promise<DatabaseFacts> {
  const facts = await readFactsOffThread(file, check, ownCopy)
  return { ...facts, schema: normalizeSchema(facts.schema) }
}
