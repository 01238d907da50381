// When the restored file cannot be opened after the swap (here: its upgrade fails), the safety copy
// goes back in its place and the app keeps working on the data it had.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it, vi } from 'vitest'
import { createBackupService } from '../../src/main/backup/backup.service'
import type { AnyDb } from '../../src/main/db/migrations'
import type { AppRuntime } from '../../src/main/ipc/handlers'
import { addParticipant, lastNames } from '../support/backup-data'
import { createTempDatabase } from '../support/temp-database'
import { UNUSED_PLATFORM } from '../support/test-platform'

const upgrade = vi.hoisted(() => ({ fail: false }))

vi.mock('../../src/main/db/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/main/db/migrations')>()
  const failing = {
    version: real.LATEST_SCHEMA_VERSION + 1,
    name: 'test_failing_upgrade',
    // Fails only on a database with data: the empty in-memory schema builds of the checks still work.
    async up(db: AnyDb) {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM participants`.execute(db)
      if (upgrade.fail && rows[0]!.n > 0) throw new Error('aktualizacja testowa nie powiodła się')
    },
  }
  return { ...real, MIGRATIONS: [...real.MIGRATIONS, failing], LATEST_SCHEMA_VERSION: failing.version }
})

describe('restore that fails after the swap', () => {
  it('puts the safety copy back and reopens it', async () => {
    const current = await createTempDatabase()
    const runtime: AppRuntime = { database: current.database, appVersion: 'test', platform: UNUSED_PLATFORM }
    try {
      await addParticipant(current.database.db, 'Bieżąca')
      const version = current.database.schemaVersion
      upgrade.fail = true
      const error = await createBackupService(runtime, UNUSED_PLATFORM)
        .restore(join(__dirname, '../fixtures/db/kis-v1.sqlite'))
        .catch((e: unknown) => e)
      expect((error as Error).message).toMatch(
        /Przywrócona kopia nie dała się otworzyć \(aktualizacja testowa nie powiodła się\), więc przywrócono poprzedni stan bazy z kopii kis-przed-przywroceniem-/,
      )
      expect(runtime.database.sqlite.open).toBe(true)
      expect(runtime.database.schemaVersion).toBe(version)
      expect(lastNames(runtime.database)).toEqual(['Bieżąca'])
      expect(runtime.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(readdirSync(current.dir).sort()).toEqual(['kis.sqlite', 'kis.sqlite.lock', 'kopie'])
    } finally {
      upgrade.fail = false
      await runtime.database.close()
      await current.cleanup()
    }
  })
})
