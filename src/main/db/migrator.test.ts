// Migrations beyond the real ones are injected by mocking ./migrations (src stays unchanged), so the
// copy-before-migrating path and the per-migration transaction are tested whatever the real migrations are.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fileStamp } from '../backup/backup-files'
import { createTempDir, type TempDir } from '../../../tests/support/temp-database'
import { APPLICATION_ID, openDatabase } from './connection'
import type { Migration } from './migrations'
import { readUserVersion, runMigrations } from './migrator'

const extra = vi.hoisted(() => ({ migrations: [] as Migration[] }))

vi.mock('./migrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('./migrations')>()
  const all = () => [...real.MIGRATIONS, ...extra.migrations]
  return {
    get MIGRATIONS() {
      return all()
    },
    get LATEST_SCHEMA_VERSION() {
      return all().at(-1)!.version
    },
  }
})

// The real migrations keep growing; the injected ones always come right after them.
const REAL_LATEST = (await vi.importActual<typeof import('./migrations')>('./migrations'))
  .LATEST_SCHEMA_VERSION
const NEXT = REAL_LATEST + 1

function migration(version: number, table: string, fail = false): Migration {
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

function inspectFile(path: string) {
  const sqlite = new SQLite(path, { readonly: true })
  try {
    return {
      userVersion: sqlite.pragma('user_version', { simple: true }) as number,
      applicationId: sqlite.pragma('application_id', { simple: true }) as number,
      tables: (
        sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]
      ).sort(),
      officeName: (sqlite.prepare("SELECT value FROM settings WHERE key = 'officeName'").pluck().get() ??
        null) as string | null,
    }
  } finally {
    sqlite.close()
  }
}

let temp: TempDir
let file: string
const at = new Date('2026-03-05T10:20:30.456Z')
const stamp = fileStamp(at)

/** A database at the real latest version holding one settings row. */
async function createRealDatabase(): Promise<void> {
  const database = await openDatabase(file)
  database.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('officeName', '\"OPS\"')").run()
  await database.close()
}

beforeEach(() => {
  extra.migrations = []
  temp = createTempDir()
  file = join(temp.dir, 'kis.sqlite')
})

afterEach(() => {
  extra.migrations = []
  temp.cleanup()
})

describe('the injected migration list', () => {
  it('starts with only the real migrations', async () => {
    const { LATEST_SCHEMA_VERSION } = await import('./migrations')
    expect(LATEST_SCHEMA_VERSION).toBe(REAL_LATEST)
  })
})

describe('openDatabase — migrating an existing database', () => {
  const copyName = (suffix = '') => `kis-przed-migracja-v${REAL_LATEST}-${stamp}${suffix}.sqlite`

  it('copies the file to kopie/ before migrating and the copy keeps the old version and data', async () => {
    await createRealDatabase()
    extra.migrations = [migration(NEXT, 'added_in_next')]

    const database = await openDatabase(file, () => at)
    expect(database.schemaVersion).toBe(NEXT)
    const expectedCopy = join(temp.dir, 'kopie', copyName())
    expect(database.preMigrationCopy).toBe(expectedCopy)
    await database.close()

    const copy = inspectFile(expectedCopy)
    expect(copy).toMatchObject({
      userVersion: REAL_LATEST,
      applicationId: APPLICATION_ID,
      officeName: '"OPS"',
    })
    expect(copy.tables).not.toContain('added_in_next')

    const migrated = inspectFile(file)
    expect(migrated).toMatchObject({ userVersion: NEXT, applicationId: APPLICATION_ID, officeName: '"OPS"' })
    expect(migrated.tables).toContain('added_in_next')
  })

  it('never overwrites an earlier copy made at the same moment', async () => {
    await createRealDatabase()
    extra.migrations = [migration(NEXT, 'added_in_next')]
    await (await openDatabase(file, () => at)).close()

    // Put the file back to the real latest version and migrate again with the same clock.
    const sqlite = new SQLite(file)
    sqlite.exec('DROP TABLE added_in_next')
    sqlite.pragma(`user_version = ${REAL_LATEST}`)
    sqlite.close()
    const second = await openDatabase(file, () => at)
    await second.close()

    expect(second.preMigrationCopy).toBe(join(temp.dir, 'kopie', copyName('-2')))
    expect(readdirSync(join(temp.dir, 'kopie')).sort()).toEqual([copyName('-2'), copyName()])
  })

  it('leaves the database at the last good version when a later migration fails', async () => {
    await createRealDatabase()
    extra.migrations = [migration(NEXT, 'good_next'), migration(NEXT + 1, 'broken_after', true)]

    await expect(openDatabase(file, () => at)).rejects.toThrow(`migration ${NEXT + 1} failed on purpose`)

    const after = inspectFile(file)
    expect(after.userVersion).toBe(NEXT)
    expect(after.tables).toContain('good_next')
    expect(after.tables).not.toContain('broken_after')
    expect(after.officeName).toBe('"OPS"')
    // The copy made before migrating is still there to restore from.
    expect(existsSync(join(temp.dir, 'kopie', copyName()))).toBe(true)
  })
})

describe('runMigrations', () => {
  let kysely: Kysely<unknown>
  let sqlite: SQLite.Database

  beforeEach(() => {
    sqlite = new SQLite(':memory:')
    kysely = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) })
  })

  afterEach(async () => {
    await kysely.destroy()
  })

  it('runs every migration on an empty database, stamping application_id and the last version', async () => {
    extra.migrations = [migration(NEXT, 'next')]
    expect(await runMigrations(kysely, 4242, 0)).toBe(NEXT)
    expect(await readUserVersion(kysely)).toBe(NEXT)
    expect(sqlite.pragma('application_id', { simple: true })).toBe(4242)
  })

  it('runs nothing when the database is already at the last version', async () => {
    sqlite.pragma(`user_version = ${REAL_LATEST}`)
    expect(await runMigrations(kysely, 4242, REAL_LATEST)).toBe(REAL_LATEST)
    expect(sqlite.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0)
  })

  it('stops at toVersion when asked to build an older schema', async () => {
    extra.migrations = [migration(NEXT, 'next')]
    expect(await runMigrations(kysely, 4242, 0, REAL_LATEST)).toBe(REAL_LATEST)
    expect(await readUserVersion(kysely)).toBe(REAL_LATEST)
    expect(sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).not.toContain(
      'next',
    )
  })

  it('rolls back the failing migration together with its version bump', async () => {
    extra.migrations = [
      migration(NEXT, 'good'),
      migration(NEXT + 1, 'broken', true),
      migration(NEXT + 2, 'later'),
    ]
    await expect(runMigrations(kysely, 4242, 0)).rejects.toThrow(`migration ${NEXT + 1} failed on purpose`)
    expect(await readUserVersion(kysely)).toBe(NEXT)
    const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()
    expect(tables).toContain('good')
    expect(tables).not.toContain('broken')
    expect(tables).not.toContain('later')
  })
})
