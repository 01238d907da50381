// The whole schema of a database as data: every table, index, trigger and view with its SQL (read
// from sqlite_schema), and the columns of each table. One comparison serves restore (a candidate must
// have exactly the schema that its version's migrations create) and the migration-fixture guard (a
// landed migration must keep creating the schema committed for its version).
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { APPLICATION_ID } from './application-id'
import { readRawSchema, type RawSchema } from './database-facts'
import { MIGRATIONS } from './migrations'
import { runMigrations } from './migrator'

export const SCHEMA_OBJECT_TYPES = ['table', 'index', 'trigger', 'view'] as const
export type SchemaObjectType = (typeof SCHEMA_OBJECT_TYPES)[number]

export interface SchemaObject {
  type: SchemaObjectType
  name: string
  /** The table an index or trigger belongs to (a table's or view's own name). */
  table: string
  /** The CREATE statement, normalized (see normalizeSql). */
  sql: string
}

/** Table name → column names. */
export type SchemaColumns = Record<string, string[]>

export interface Schema {
  objects: SchemaObject[]
  columns: SchemaColumns
}

export interface SchemaDifference {
  change: 'missing' | 'extra' | 'changed'
  type: SchemaObjectType
  name: string
  table: string
}

/** Every object the database defines (SQLite's own sqlite_* objects and automatic indexes aside). */
export function readSchema(sqlite: SQLite.Database): Schema {
  return normalizeSchema(readRawSchema(sqlite))
}

/** A schema as read, with each statement normalized so the same schema written another way compares equal. */
export function normalizeSchema(raw: RawSchema): Schema {
  const objects = raw.objects.map((row) => ({
    ...row,
    type: row.type as SchemaObjectType,
    sql: normalizeSql(row.sql),
  }))
  return { objects, columns: raw.columns }
}

const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|\s+|[^\s'"`[]+|./g

/**
 * The same statement written another way compares equal: identifier quotes dropped, keywords and
 * identifiers in lower case (SQLite ignores their case), whitespace collapsed and none around
 * punctuation. String literals stay exactly as written.
 */
export function normalizeSql(sql: string): string {
  let out = ''
  for (const [token] of sql.matchAll(TOKEN)) {
    const first = token[0]!
    if (first === "'") out += token
    else if (first === '"' || first === '`')
      out += token
        .slice(1, -1)
        .replaceAll(first + first, first)
        .toLowerCase()
    else if (first === '[') out += token.slice(1, -1).toLowerCase()
    else if (/^\s+$/.test(token)) out += ' '
    else out += token.toLowerCase()
  }
  return out
    .replace(/ ?([(),;]) ?/g, '$1')
    .trim()
    .replace(/;$/, '')
}

/** What differs between the schema a version should have and the one a file has. */
export function compareSchemas(
  expected: readonly SchemaObject[],
  actual: readonly SchemaObject[],
): SchemaDifference[] {
  const key = (o: SchemaObject) => `${o.type}:${o.name.toLowerCase()}`
  const found = new Map(actual.map((o) => [key(o), o]))
  const wanted = new Map(expected.map((o) => [key(o), o]))
  const differences: SchemaDifference[] = []
  const describe = (change: SchemaDifference['change'], o: SchemaObject) =>
    differences.push({ change, type: o.type, name: o.name, table: o.table })
  for (const object of expected) {
    const other = found.get(key(object))
    if (!other) describe('missing', object)
    else if (other.sql !== object.sql) describe('changed', object)
  }
  for (const object of actual) if (!wanted.has(key(object))) describe('extra', object)
  return differences
}

const schemas = new Map<string, Promise<Schema>>()

/**
 * The schema a database of `version` has: the migrations up to it, run on an empty in-memory
 * database, once per process. Whoever adds a migration changes this without touching the checks.
 */
export function schemaAt(version: number): Promise<Schema> {
  const upTo = MIGRATIONS.filter((m) => m.version <= version)
  const key = upTo.map((m) => `${m.version}:${m.name}`).join(',')
  let schema = schemas.get(key)
  if (!schema) {
    schema = buildSchema(upTo.at(-1)?.version ?? 0)
    schemas.set(key, schema)
  }
  return schema
}

async function buildSchema(version: number): Promise<Schema> {
  const sqlite = new SQLite(':memory:')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    await runMigrations(db, APPLICATION_ID, 0, version)
    return readSchema(sqlite)
  } finally {
    await db.destroy()
  }
}
