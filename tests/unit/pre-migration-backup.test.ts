// The app's open makes a verified copy before migrating. Migrations beyond the real ones are injected by
// mocking db/migrations (src stays unchanged), so this is tested whatever the real migrations are.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { injected, testMigration } from '../support/injected-migrations'
import { createTempDir, type TempDir } from '../support/temp-database'
import { APPLICATION_ID, openDatabase } from '../../src/main/db/connection'
import { openAppDatabase } from '../../src/main/backup/open-database'
import { fileStamp } from '../../src/main/backup/backup-files'

vi.mock('../../src/main/db/migrations', async (importOriginal) => {
  const { withInjected } = await import('../support/injected-migrations')
  return withInjected(await importOriginal())
})

// The real migrations keep growing; the injected ones always come right after them.
const REAL_LATEST = (
  await vi.importActual<typeof import('../../src/main/db/migrations')>('../../src/main/db/migrations')
).LATEST_SCHEMA_VERSION
const NEXT = REAL_LATEST + 1

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
  injected.migrations = []
  temp = createTempDir()
  file = join(temp.dir, 'kis.sqlite')
})

afterEach(() => {
  injected.migrations = []
  temp.cleanup()
})

describe('openAppDatabase — migrating an existing database', () => {
  const copyName = (suffix = '') => `kis-przed-migracja-v${REAL_LATEST}-${stamp}${suffix}.sqlite`

  it('copies the file to kopie/ before migrating and the copy keeps the old version and data', async () => {
    await createRealDatabase()
    injected.migrations = [testMigration(NEXT, 'added_in_next')]

    const database = await openAppDatabase(file, () => at)
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
    injected.migrations = [testMigration(NEXT, 'added_in_next')]
    await (await openAppDatabase(file, () => at)).close()

    // Put the file back to the real latest version and migrate again with the same clock.
    const sqlite = new SQLite(file)
    sqlite.exec('DROP TABLE added_in_next')
    sqlite.pragma(`user_version = ${REAL_LATEST}`)
    sqlite.close()
    const second = await openAppDatabase(file, () => at)
    await second.close()

    expect(second.preMigrationCopy).toBe(join(temp.dir, 'kopie', copyName('-2')))
    expect(readdirSync(join(temp.dir, 'kopie')).sort()).toEqual([copyName('-2'), copyName()])
  })

  it('leaves the database at the last good version when a later migration fails', async () => {
    await createRealDatabase()
    injected.migrations = [testMigration(NEXT, 'good_next'), testMigration(NEXT + 1, 'broken_after', true)]

    await expect(openAppDatabase(file, () => at)).rejects.toThrow(`migration ${NEXT + 1} failed on purpose`)

    const after = inspectFile(file)
    expect(after.userVersion).toBe(NEXT)
    expect(after.tables).toContain('good_next')
    expect(after.tables).not.toContain('broken_after')
    expect(after.officeName).toBe('"OPS"')
    // The copy made before migrating is still there to restore from.
    expect(existsSync(join(temp.dir, 'kopie', copyName()))).toBe(true)
  })
})
