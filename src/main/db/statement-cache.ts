// Kysely prepares every query it runs anew; for the small queries most screens and saves run, parsing
// and planning cost about as much as running them. The database Kysely is given keeps the most
// recently used statements prepared, keyed by their SQL text, so a repeated query (each BEGIN and
// COMMIT, a screen's reads, a month close's inserts of the same size) is only bound and run. SQLite
// re-prepares a kept statement itself when the schema changes. Safe on the one connection: Kysely
// runs one query at a time on it, and the app streams no results, so a kept statement is never busy
// when it is run again.
import type SQLite from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

/** How many statements stay prepared: a screen's reads and a save's writes, many times over. */
const KEPT_STATEMENTS = 200

export function reusingStatements(sqlite: SQLite.Database, kept = KEPT_STATEMENTS): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql)
      if (statement) statements.delete(sql)
      else statement = sqlite.prepare(sql)
      // Map order is insertion order: re-inserting marks it most recently used, the first is the oldest.
      statements.set(sql, statement)
      if (statements.size > kept) statements.delete(statements.keys().next().value!)
      return statement
    },
  }
}
