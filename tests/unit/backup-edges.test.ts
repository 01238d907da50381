// The paths where a backup must not count or a migration must not start, and restoring a copy from
// an older version of the program (it is upgraded after the swap, with its own backup first).
import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackupService } from '../../src/main/backup/backup.service'
import { BackupVerificationError, writeVerifiedCopy } from '../../src/main/backup/verified-copy'
import { DatabaseOpenError } from '../../src/main/db/connection'
import { openAppDatabase } from '../../src/main/backup/open-database'
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations'
import type { AppRuntime } from '../../src/main/ipc/handlers'
import { addParticipant, lastNames } from '../support/backup-data'
import { createTempDatabase, createTempDir, sha256OfFile, type TempDir } from '../support/temp-database'
import { UNUSED_PLATFORM } from '../support/test-platform'

const V1_FIXTURE = join(__dirname, '../fixtures/db/kis-v1.sqlite')

/** An index whose definition no longer matches its rows: opens fine, fails integrity_check. */
function breakIndex(sqlite: SQLite.Database): void {
  sqlite.unsafeMode(true)
  sqlite.pragma('writable_schema = ON')
  sqlite
    .prepare(
      "UPDATE sqlite_schema SET sql = replace(sql, '(sort_name)', '(first_name)') WHERE name = 'participants_sort'",
    )
    .run()
  sqlite.pragma('writable_schema = OFF')
  sqlite.unsafeMode(false)
}

let temp: TempDir | null = null
afterEach(() => temp?.cleanup())

describe('a backup that fails verification', () => {
  it('is not kept: no file under the backup name, no temporary file', async () => {
    const current = await createTempDatabase()
    try {
      await addParticipant(current.database.db, 'Kowalska')
      await addParticipant(current.database.db, 'Nowak')
      breakIndex(current.database.sqlite)
      const target = join(current.dir, 'kopia.sqlite')
      // A routine copy (quick_check) is refused by the schema comparison; the full check sees the
      // index that no longer matches its rows.
      for (const [check, refusal] of [
        ['quick', 'schema-differs'],
        ['full', 'corrupt'],
      ] as const) {
        const error = await writeVerifiedCopy(current.database.sqlite, target, undefined, check).catch(
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(BackupVerificationError)
        expect((error as BackupVerificationError).refusal.check).toBe(refusal)
        expect(readdirSync(current.dir)).toEqual(['kis.sqlite', 'kis.sqlite.lock'])
      }
    } finally {
      await current.cleanup()
    }
  })

  it('stops a migration: the old database stays exactly as it was', async () => {
    temp = createTempDir()
    const file = join(temp.dir, 'kis.sqlite')
    copyFileSync(V1_FIXTURE, file)
    const sqlite = new SQLite(file)
    breakIndex(sqlite)
    sqlite.close()
    const before = sha256OfFile(file)
    const error = await openAppDatabase(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseOpenError)
    expect((error as Error).message).toMatch(
      /Nie udało się zrobić sprawdzonej kopii bazy kis\.sqlite przed aktualizacją/,
    )
    expect((error as Error).message).toMatch(/integrity_check/)
    expect(sha256OfFile(file)).toBe(before)
    expect(readdirSync(join(temp.dir, 'kopie'))).toEqual([])
  })
})

describe('restoring a copy from an older version', () => {
  it('swaps it in and upgrades it to the current schema, with a backup of the old version first', async () => {
    const current = await createTempDatabase()
    const runtime: AppRuntime = { database: current.database, appVersion: 'test', platform: UNUSED_PLATFORM }
    try {
      await addParticipant(current.database.db, 'Bieżąca')
      const fixtureHash = sha256OfFile(V1_FIXTURE)
      const result = await createBackupService(runtime, UNUSED_PLATFORM).restore(V1_FIXTURE)
      expect(result).toMatchObject({ upgradedFrom: 1, schemaVersion: LATEST_SCHEMA_VERSION })
      expect(lastNames(runtime.database)).toEqual(['Żółkiewska', 'Łódzki', 'Nowak'])
      expect(runtime.database.preMigrationCopy).toMatch(/kis-przed-migracja-v1-/)
      expect(existsSync(result.safetyCopy)).toBe(true)
      // The picked file itself is only read.
      expect(sha256OfFile(V1_FIXTURE)).toBe(fixtureHash)
    } finally {
      await runtime.database.close()
      await current.cleanup()
    }
  })
})
