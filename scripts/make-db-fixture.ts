// Builds tests/fixtures/db/kis-v<N>.sqlite: a small database exactly as schema version N left it
// (migrations 1..N as they are in src/main/db/migrations) with representative rows, so the upgrade
// test can prove that every later migration keeps the data; and tests/fixtures/db/schema-v<N>.sql,
// the whole schema of version N, so the guard sees any change to a landed migration. Run with
// `npm run fixtures:db` (vitest resolves the app's TypeScript): it writes the files that are missing,
// never touching committed ones unless KIS_FIXTURE_VERSION=<N> asks to rebuild that version.
//
// Seeds (scripts/db-fixture-seeds.ts) are frozen like migrations: whoever adds migration N adds
// SEEDS[N] and runs `npm run fixtures:db`.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { expect, test } from 'vitest'
import { APPLICATION_ID } from '../src/main/db/application-id'
import { MIGRATIONS } from '../src/main/db/migrations'
import { runMigrations } from '../src/main/db/migrator'
import { schemaAt } from '../src/main/db/schema-snapshot'
import { FIXTURE_DIR, schemaFilePath, schemaToText } from '../tests/support/schema-file'
import { SEEDS } from './db-fixture-seeds'

export function fixturePath(version: number): string {
  return join(FIXTURE_DIR, `kis-v${version}.sqlite`)
}

export async function makeDbFixture(version: number, file: string): Promise<void> {
  if (!MIGRATIONS.some((m) => m.version === version)) throw new Error(`no migration has version ${version}`)
  // Built beside the target and renamed at the end: a failed seed never leaves a half-made fixture.
  const building = `${file}.building`
  rmSync(building, { force: true })
  const sqlite = new SQLite(building)
  sqlite.pragma('journal_mode = DELETE')
  sqlite.pragma('foreign_keys = ON')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    await runMigrations(db, APPLICATION_ID, 0, version)
    for (const migration of MIGRATIONS) {
      if (migration.version > version) break
      const seed = SEEDS[migration.version]
      if (!seed)
        throw new Error(
          `No seed for schema version ${migration.version}: add SEEDS[${migration.version}] in scripts/db-fixture-seeds.ts`,
        )
      await db.transaction().execute((trx) => seed(trx))
    }
    // Small pages keep the committed files small; the app reads any page size.
    sqlite.pragma('page_size = 1024')
    sqlite.exec('VACUUM')
  } catch (error) {
    await db.destroy()
    rmSync(building, { force: true })
    throw error
  }
  await db.destroy()
  renameSync(building, file)
}

test('writes the fixture database and schema file of every schema version that has none', async () => {
  mkdirSync(FIXTURE_DIR, { recursive: true })
  const only = process.env.KIS_FIXTURE_VERSION ? Number(process.env.KIS_FIXTURE_VERSION) : null
  const written: string[] = []
  const due = (version: number, file: string) => (only !== null ? version === only : !existsSync(file))
  for (const { version } of MIGRATIONS) {
    if (due(version, fixturePath(version))) {
      await makeDbFixture(version, fixturePath(version))
      written.push(`kis-v${version}.sqlite`)
    }
    if (due(version, schemaFilePath(version))) {
      writeFileSync(schemaFilePath(version), schemaToText(version, (await schemaAt(version)).objects))
      written.push(`schema-v${version}.sql`)
    }
  }
  console.log(written.length > 0 ? `fixtures written: ${written.join(', ')}` : 'all fixtures present')
  if (only !== null) expect(written).toEqual([`kis-v${only}.sqlite`, `schema-v${only}.sql`])
})
