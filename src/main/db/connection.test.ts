import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { looksPolish } from '../../../tests/support/polish'
import { createTempDir, sha256OfFile, type TempDir } from '../../../tests/support/temp-database'
import { APPLICATION_ID, DatabaseOpenError, openDatabase, type AppDatabase } from './connection'
import { LATEST_SCHEMA_VERSION } from './migrations'

let temp: TempDir
let file: string
const opened: AppDatabase[] = []

beforeEach(() => {
  temp = createTempDir()
  file = join(temp.dir, 'kis.sqlite')
})

afterEach(async () => {
  for (const database of opened.splice(0)) if (database.sqlite.open) await database.close()
  temp.cleanup()
})

async function open(path = file): Promise<AppDatabase> {
  const database = await openDatabase(path)
  opened.push(database)
  return database
}

/** Writes a database file with better-sqlite3 directly, as another program (or a newer one) would. */
function writeSqliteFile(path: string, setup: (sqlite: SQLite.Database) => void): void {
  const sqlite = new SQLite(path)
  setup(sqlite)
  sqlite.close()
}

function tableNames(sqlite: SQLite.Database): string[] {
  return (
    sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string
    }[]
  ).map((r) => r.name)
}

async function expectRefusedUnchanged(path: string, message: RegExp): Promise<DatabaseOpenError> {
  const before = sha256OfFile(path)
  const error = await openDatabase(path).then(
    () => expect.unreachable('the file should have been refused'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DatabaseOpenError)
  const { message: text } = error as DatabaseOpenError
  expect(text).toMatch(message)
  expect(looksPolish(text), text).toBe(true)
  expect(sha256OfFile(path)).toBe(before)
  expect(existsSync(join(temp.dir, 'kopie'))).toBe(false)
  return error as DatabaseOpenError
}

describe('openDatabase — a new database', () => {
  it('marks the file as ours and brings it to the latest schema', async () => {
    const database = await open()
    expect(database.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(APPLICATION_ID).toBe(0x4b495350)
    expect(database.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(database.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(tableNames(database.sqlite)).toEqual(
      expect.arrayContaining([
        'participants',
        'participant_target_groups',
        'participant_exclusions',
        'settings',
      ]),
    )
  })

  it('sets rollback journal (delete), foreign keys on and synchronous EXTRA', async () => {
    const { sqlite } = await open()
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(3)
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
  })

  it('enforces foreign keys (a code row for a missing participant is refused)', async () => {
    const { sqlite } = await open()
    expect(() =>
      sqlite.prepare("INSERT INTO participant_target_groups VALUES (999, 'bezdomni')").run(),
    ).toThrow(/FOREIGN KEY/)
  })

  it('leaves only the database file and its lock in the folder when idle (no -wal or -journal file)', async () => {
    const { sqlite } = await open()
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('officeName', '\"OPS\"')").run()
    expect(readdirSync(temp.dir)).toEqual(['kis.sqlite', 'kis.sqlite.lock'])
  })

  it('creates missing parent folders', async () => {
    const nested = join(temp.dir, 'a', 'b', 'kis.sqlite')
    const database = await open(nested)
    expect(existsSync(nested)).toBe(true)
    expect(database.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
  })

  it('makes no pre-migration copy for a fresh database', async () => {
    const database = await open()
    expect(database.preMigrationCopy).toBeNull()
    expect(existsSync(join(temp.dir, 'kopie'))).toBe(false)
  })

  it('treats an empty 0-byte file as a new database (as SQLite does)', async () => {
    writeFileSync(file, '')
    const database = await open()
    expect(database.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(database.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(tableNames(database.sqlite)).toContain('participants')
    expect(database.preMigrationCopy).toBeNull()
  })
})

describe('openDatabase — reopening', () => {
  it('keeps the data and makes no copy when the schema is up to date', async () => {
    const first = await open()
    first.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('officeName', '\"OPS Zgierz\"')").run()
    await first.close()
    expect(first.sqlite.open).toBe(false)

    const second = await open()
    expect(second.sqlite.prepare("SELECT value FROM settings WHERE key = 'officeName'").pluck().get()).toBe(
      '"OPS Zgierz"',
    )
    expect(second.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(second.preMigrationCopy).toBeNull()
    expect(existsSync(join(temp.dir, 'kopie'))).toBe(false)
  })
})

describe('openDatabase — refusals leave the file untouched', () => {
  it('refuses a database from a newer version of the program', async () => {
    writeSqliteFile(file, (sqlite) => {
      sqlite.exec('CREATE TABLE participants (id INTEGER PRIMARY KEY, future_column TEXT)')
      sqlite.exec("INSERT INTO participants (future_column) VALUES ('z przyszłości')")
      sqlite.pragma(`application_id = ${APPLICATION_ID}`)
      sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    })
    const error = await expectRefusedUnchanged(file, /nowszej wersji/)
    expect(error.message).toContain('kis.sqlite')
    expect(error.message).toContain(`schemat ${LATEST_SCHEMA_VERSION + 1}`)
  })

  it("refuses another program's SQLite database (application_id 0 with tables)", async () => {
    writeSqliteFile(file, (sqlite) => {
      sqlite.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)')
      sqlite.exec('INSERT INTO invoices (amount) VALUES (100)')
    })
    await expectRefusedUnchanged(file, /nie jest bazą programu KIS/)
  })

  it("refuses an empty database stamped with another program's application_id", async () => {
    writeSqliteFile(file, (sqlite) => sqlite.pragma('application_id = 12345'))
    await expectRefusedUnchanged(file, /nie jest bazą programu KIS/)
  })

  it('refuses a text file as not an SQLite database', async () => {
    writeFileSync(file, 'Imię;Nazwisko;PESEL\nJan;Kowalski;44051401359\n'.repeat(20))
    await expectRefusedUnchanged(file, /nie jest bazą danych SQLite/)
  })

  it('releases the file after a refusal (a later open of a good file works)', async () => {
    writeFileSync(file, 'to nie jest baza')
    await expectRefusedUnchanged(file, /nie jest bazą danych SQLite/)
    writeFileSync(file, '')
    expect((await open()).schemaVersion).toBe(LATEST_SCHEMA_VERSION)
  })

  // An empty file is a new database whatever its user_version says: it is migrated from scratch.
  it('never opens a database without the schema (empty file with user_version already set)', async () => {
    writeSqliteFile(file, (sqlite) => sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`))
    const database = await open()
    expect(tableNames(database.sqlite)).toEqual(expect.arrayContaining(['participants', 'psu_payout_lists']))
    expect(database.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(database.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
  })
})
