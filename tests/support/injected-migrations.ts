// Migrations beyond the real ones, for tests that mock src/main/db/migrations: the mock serves the
// real list followed by `injected.migrations`, so a test can add versions whatever the real ones are.
import { sql } from 'kysely'
import type * as Migrations from '../../src/main/db/migrations'

export const injected = { migrations: [] as Migrations.Migration[] }

/** The mocked module: the real migrations, then the injected ones, read each time they are used. */
export function withInjected(real: typeof Migrations) {
  const all = () => [...real.MIGRATIONS, ...injected.migrations]
  return {
    get MIGRATIONS() {
      return all()
    },
    get LATEST_SCHEMA_VERSION() {
      return all().at(-1)!.version
    },
  }
}

/** A migration that creates `table` with one row, and fails afterwards when asked to. */
export function testMigration(version: number, table: string, fail = false): Migrations.Migration {
  return {
    version,
    name: `test_${version}`,
    async up(db) {
      await sql.raw(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`).execute(db)
      await sql.raw(`INSERT INTO ${table} (id) VALUES (1)`).execute(db)
      if (fail) throw new Error(`migration ${version} failed on purpose`)
    },
  }
}
