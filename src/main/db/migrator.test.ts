// Migrations beyond the real ones are injected by mocking ./migrations (src stays unchanged), so the
// per-migration transaction is tested whatever the real migrations are (the copy made before migrating
// is tested with the app's open in tests/unit/pre-migration-backup.test.ts).
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { injected, testMigration } from '../../../tests/support/injected-migrations'
import { readUserVersion, runMigrations } from './migrator'

vi.mock('./migrations', async (importOriginal) => {
  const { withInjected } = await import('../../../tests/support/injected-migrations')
  return withInjected(await importOriginal())
})

// The real migrations keep growing; the injected ones always come right after them.
const REAL_LATEST = (await vi.importActual<typeof import('./migrations')>('./migrations'))
  .LATEST_SCHEMA_VERSION
const NEXT = REAL_LATEST + 1

beforeEach(() => {
  injected.migrations = []
})

afterEach(() => {
  injected.migrations = []
})

describe('the injected migration list', () => {
  it('starts with only the real migrations', async () => {
    const { LATEST_SCHEMA_VERSION } = await import('./migrations')
    expect(LATEST_SCHEMA_VERSION).toBe(REAL_LATEST)
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
    injected.migrations = [testMigration(NEXT, 'next')]
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
    injected.migrations = [testMigration(NEXT, 'next')]
    expect(await runMigrations(kysely, 4242, 0, REAL_LATEST)).toBe(REAL_LATEST)
    expect(await readUserVersion(kysely)).toBe(REAL_LATEST)
    expect(sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).not.toContain(
      'next',
    )
  })

  it('rolls back the failing migration together with its version bump', async () => {
    injected.migrations = [
      testMigration(NEXT, 'good'),
      testMigration(NEXT + 1, 'broken', true),
      testMigration(NEXT + 2, 'later'),
    ]
    await expect(runMigrations(kysely, 4242, 0)).rejects.toThrow(`migration ${NEXT + 1} failed on purpose`)
    expect(await readUserVersion(kysely)).toBe(NEXT)
    const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()
    expect(tables).toContain('good')
    expect(tables).not.toContain('broken')
    expect(tables).not.toContain('later')
  })
})
