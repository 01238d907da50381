// Every schema version has a committed schema file (tests/fixtures/db/schema-v<N>.sql) that the
// migrations must keep creating exactly — tables' SQL, indexes, triggers, views — so a change to a
// landed migration fails here. Every earlier version has a committed fixture database
// (kis-v<N>.sqlite) with that same schema; a copy of each opens with the app's open, upgrades to the
// latest version after a verified backup, and keeps every row and column it had. Both files are
// written by scripts/make-db-fixture.ts.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../../src/main/db/connection'
import { openAppDatabase } from '../../src/main/backup/open-database'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations'
import { compareSchemas, readSchema, schemaAt } from '../../src/main/db/schema-snapshot'
import { createParticipantsService } from '../../src/main/participants/participants.service'
import { schemaFilePath, schemaFromText } from '../support/schema-file'
import { createTempDir, type TempDir } from '../support/temp-database'

const FIXTURES = join(__dirname, '../fixtures/db')
const fixture = (version: number) => join(FIXTURES, `kis-v${version}.sqlite`)
const REGENERATE = 'npm run fixtures:db'

type Dump = Record<string, { columns: string[]; rows: string[] }>

/** Every table's rows (as JSON, sorted), limited to the given columns per table when given. */
function dump(sqlite: SQLite.Database, only?: Dump): Dump {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  const result: Dump = {}
  for (const table of only ? Object.keys(only) : tables) {
    const columns =
      only?.[table]?.columns ??
      (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name)
    const list = columns.map((c) => `"${c}"`).join(', ')
    const rows = (sqlite.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][])
      .map((r) => JSON.stringify(r))
      .sort()
    result[table] = { columns, rows }
  }
  return result
}

function readOnly<T>(file: string, use: (sqlite: SQLite.Database) => T): T {
  const sqlite = new SQLite(file, { readonly: true })
  try {
    return use(sqlite)
  } finally {
    sqlite.close()
  }
}

/**
 * Data a later migration changes on purpose, left out of "keeps every row and column": migration 11
 * corrects the seeded minimum rates' confidence and source (checked by minimum-rates-migration.test.ts)
 * and moves the refund term from the payout settings onto each porozumienie (checked below).
 */
function keptBy(version: number, before: Dump): Dump {
  if (version >= 11) return before
  const kept: Dump = { ...before }
  const rates = before.psu_minimum_rates
  if (rates) kept.psu_minimum_rates = { columns: ['id', 'valid_from', 'rate_gr'], rows: [] }
  const settings = before.psu_payout_settings
  if (settings) {
    kept.psu_payout_settings = { columns: settings.columns.filter((c) => c !== 'refund_due_days'), rows: [] }
  }
  return kept
}

const earlier = MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_SCHEMA_VERSION)
const present = MIGRATIONS.map((m) => m.version).filter((v) => existsSync(fixture(v)))

let temp: TempDir | null = null
let opened: AppDatabase | null = null

afterEach(async () => {
  if (opened?.sqlite.open) await opened.close()
  temp?.cleanup()
  opened = null
  temp = null
})

describe('migration fixtures', () => {
  it('has a committed fixture database for every earlier schema version', () => {
    const missing = earlier.filter((v) => !existsSync(fixture(v)))
    expect(
      missing,
      `Brak bazy testowej dla wersji schematu ${missing.join(', ')} w tests/fixtures/db. ` +
        `Dodaj SEEDS[N] w scripts/make-db-fixture.ts dla nowej migracji i uruchom \`${REGENERATE}\` ` +
        'przed dodaniem migracji, która tę wersję zastępuje.',
    ).toEqual([])
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.sqlite')).length).toBeGreaterThanOrEqual(
      earlier.length,
    )
  })

  it.each(MIGRATIONS.map((m) => m.version))(
    'the migrations still create the committed schema of v%i (tables, indexes, triggers, views)',
    async (version) => {
      const file = schemaFilePath(version)
      expect(
        existsSync(file),
        `Brak pliku tests/fixtures/db/schema-v${version}.sql — uruchom \`${REGENERATE}\`.`,
      ).toBe(true)
      const committed = schemaFromText(readFileSync(file, 'utf8'))
      expect(committed.length, 'the schema file lists the objects').toBeGreaterThan(0)
      expect(
        compareSchemas(committed, (await schemaAt(version)).objects),
        `Migracje 1..${version} tworzą inny schemat niż zapisany w schema-v${version}.sql: zmieniono migrację, ` +
          'która już trafiła do użytkowników. Cofnij tę zmianę i dodaj nową migrację (README, migracje).',
      ).toEqual([])
    },
  )

  it.each(present)(
    'upgrades a copy of the v%i fixture to the latest schema, keeping its data',
    async (version) => {
      temp = createTempDir('kis-fixture-')
      const file = join(temp.dir, 'kis.sqlite')
      copyFileSync(fixture(version), file)
      const before = readOnly(file, (sqlite) => {
        expect(sqlite.pragma('user_version', { simple: true })).toBe(version)
        return dump(sqlite)
      })
      // A fixture is the schema its migrations build: a changed migration file shows up here.
      const expected = (await schemaAt(version)).objects
      expect(
        readOnly(file, (sqlite) => compareSchemas(expected, readSchema(sqlite).objects)),
        `kis-v${version}.sqlite nie odpowiada migracjom 1..${version}. Jeśli ta wersja nie trafiła jeszcze do ` +
          `użytkowników, zbuduj ją od nowa: KIS_FIXTURE_VERSION=${version} ${REGENERATE}`,
      ).toEqual([])
      const seededRows = Object.values(before).reduce((sum, t) => sum + t.rows.length, 0)
      expect(before.participants?.rows.length, 'the fixture holds seeded participants').toBeGreaterThan(0)

      opened = await openAppDatabase(file, () => new Date('2026-03-05T10:00:00.000Z'))
      expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
      expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(opened.sqlite.pragma('foreign_key_check')).toEqual([])
      const kept = keptBy(version, before)
      const reread = (sqlite: SQLite.Database) => dump(sqlite, kept)
      expect(reread(opened.sqlite)).toEqual(readOnly(fixture(version), reread))
      if (version < 11 && before.psu_payout_settings?.rows.length) {
        const days = readOnly(fixture(version), (sqlite) =>
          sqlite.prepare('SELECT refund_due_days FROM psu_payout_settings').pluck().get(),
        )
        const terms = opened.sqlite
          .prepare('SELECT DISTINCT refund_due_days FROM psu_porozumienia')
          .pluck()
          .all()
        expect(terms.length ? terms : [days], 'the refund term moved onto every porozumienie').toEqual([days])
      }

      if (version < LATEST_SCHEMA_VERSION) {
        // The verified backup made before migrating holds the fixture's data at its old version.
        expect(opened.preMigrationCopy).toMatch(new RegExp(`kis-przed-migracja-v${version}-.*\\.sqlite$`))
        readOnly(opened.preMigrationCopy!, (sqlite) => {
          expect(sqlite.pragma('user_version', { simple: true })).toBe(version)
          expect(dump(sqlite)).toEqual(before)
        })
      } else {
        expect(opened.preMigrationCopy).toBeNull()
      }

      // The app reads the upgraded data through its services.
      const people = await createParticipantsService(opened.db).listAll({
        search: '',
        status: 'wszystkie',
        targetGroup: null,
        sortBy: 'name',
        sortDir: 'asc',
      })
      expect(people.map((p) => p.lastName)).toContain('Żółkiewska')
      console.log(
        `fixture v${version} → v${LATEST_SCHEMA_VERSION}: ${seededRows} rows in ${Object.keys(before).length} tables kept`,
      )
    },
  )
})
