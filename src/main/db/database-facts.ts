// What a verification reads from a SQLite file, in one place that imports nothing but the driver's
// types: it runs inside the facts worker (loaded from source by Node in tests, bundled in the app),
// and schema-snapshot.ts reads schemas with the same query.
import type SQLite from 'better-sqlite3'

export interface RawSchemaObject {
  type: string
  name: string
  table: string
  /** The CREATE statement as SQLite stored it. */
  sql: string
}

export interface RawSchema {
  objects: RawSchemaObject[]
  /** Table name → column names. */
  columns: Record<string, string[]>
}

export interface RawDatabaseFacts {
  applicationId: number
  userVersion: number
  schema: RawSchema
  /** Lines of PRAGMA integrity_check (or quick_check) other than "ok" (at most 100). */
  integrityErrors: string[]
  /** Rows of PRAGMA foreign_key_check. */
  foreignKeyErrors: number
  rowCounts: Record<string, number>
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Every object the database defines (SQLite's own sqlite_* objects and automatic indexes aside). */
export function readRawSchema(sqlite: SQLite.Database): RawSchema {
  const objects = sqlite
    .prepare(
      `SELECT type, name, tbl_name AS "table", sql FROM sqlite_schema
       WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY type, name`,
    )
    .all() as RawSchemaObject[]
  const columns: Record<string, string[]> = {}
  for (const { type, name } of objects) {
    if (type !== 'table') continue
    columns[name] = (sqlite.pragma(`table_info(${quoted(name)})`) as { name: string }[]).map((c) => c.name)
  }
  return { objects, columns }
}

/**
 * Everything a verification needs, read without writing anything. Throws SQLite's errors. `quick`
 * runs quick_check, which reads every page and checks its structure and constraints but not that
 * each index matches its table — a third of integrity_check's time on a large file.
 */
export function readRawFacts(sqlite: SQLite.Database, check: 'full' | 'quick'): RawDatabaseFacts {
  const schema = readRawSchema(sqlite)
  const pragma = check === 'full' ? 'integrity_check' : 'quick_check'
  const integrity = sqlite.pragma(`${pragma}(100)`) as Record<string, string>[]
  const integrityErrors = integrity.map((r) => r[pragma]!).filter((line) => line !== 'ok')
  const foreignKeyErrors =
    integrityErrors.length > 0 ? 0 : (sqlite.pragma('foreign_key_check') as unknown[]).length
  const rowCounts: Record<string, number> = {}
  if (integrityErrors.length === 0) {
    for (const table of Object.keys(schema.columns)) {
      rowCounts[table] = sqlite
        .prepare(`SELECT count(*) FROM ${quoted(table)}`)
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
}
