// SQLite files other than the open database: online copies, read-only inspection of a copy or a
// candidate for restore, and the schema a given version should have. The rules about what is
// acceptable live in src/main/backup; this file only reads facts (better-sqlite3 stays in db/).
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { MIGRATIONS } from './migrations'
import { runMigrations } from './migrator'
import { APPLICATION_ID } from './application-id'

/** An open better-sqlite3 connection, for modules outside db/ that must not import the driver. */
export type LiveDatabase = SQLite.Database

/** Table name → column names. */
export type SchemaShape = Record<string, string[]>

export interface DatabaseFacts {
  applicationId: number
  userVersion: number
  schema: SchemaShape
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
    const tables = tableNames(sqlite)
    const schema: SchemaShape = {}
    const rowCounts: Record<string, number> = {}
    for (const table of tables) {
      schema[table] = columnsOf(sqlite, table)
    }
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

function columnsOf(sqlite: SQLite.Database, table: string): string[] {
  return (sqlite.pragma(`table_info("${table.replace(/"/g, '""')}")`) as { name: string }[]).map(
    (c) => c.name,
  )
}

const shapes = new Map<string, Promise<SchemaShape>>()

/**
 * The tables and columns a database of `version` has: the migrations up to it, run on an empty
 * in-memory database. Whoever adds a migration changes this without touching the checks.
 */
export function schemaAt(version: number): Promise<SchemaShape> {
  const upTo = MIGRATIONS.filter((m) => m.version <= version)
  const key = upTo.map((m) => `${m.version}:${m.name}`).join(',')
  let shape = shapes.get(key)
  if (!shape) {
    shape = buildShape(upTo.at(-1)?.version ?? 0)
    shapes.set(key, shape)
  }
  return shape
}

async function buildShape(version: number): Promise<SchemaShape> {
  const sqlite = new SQLite(':memory:')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    await runMigrations(db, APPLICATION_ID, 0, version)
    const shape: SchemaShape = {}
    for (const table of tableNames(sqlite)) shape[table] = columnsOf(sqlite, table)
    return shape
  } finally {
    await db.destroy()
  }
}

function tableNames(sqlite: SQLite.Database): string[] {
  return sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
}
