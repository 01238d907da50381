// A restore reads the picked file once, into a staging copy beside the database, and judges only that
// copy: a file that another program writes during the copy (a sync client, a file copy — they ignore
// SQLite's locks) is refused instead of installing a mix of two states, and the checks read the copy,
// never the file it came from.
import { openSync, readFileSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkCandidate, RefusedFile } from '../../src/main/backup/file-checks'
import { restoreDatabase } from '../../src/main/backup/restore'
import { openDatabase } from '../../src/main/db/connection'
import type { AppRuntime } from '../../src/main/ipc/handlers'
import { addParticipant, lastNames } from '../support/backup-data'
import {
  createTempDatabase,
  createTempDir,
  sha256OfFile,
  type TempDatabase,
  type TempDir,
} from '../support/temp-database'
import { UNUSED_PLATFORM } from '../support/test-platform'

const staging = vi.hoisted(() => ({ damage: false }))

// The staging copy, damaged right after it is made when a test asks: the picked file stays good.
vi.mock('../../src/main/db/sqlite-files', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/main/db/sqlite-files')>()
  return {
    ...real,
    holdForCopy(file: string) {
      const held = real.holdForCopy(file)
      return {
        ...held,
        async copyTo(dest: string, onProgress?: (done: number, total: number) => void) {
          await held.copyTo(dest, onProgress)
          if (!staging.damage) return
          const { default: Driver } = await import('better-sqlite3')
          const copy = new Driver(dest)
          copy.exec('DROP TABLE settings')
          copy.close()
        },
      }
    },
  }
})

let current: TempDatabase
let files: TempDir
let source: string
let runtime: AppRuntime

const NOTE = 'notatka-oryginalna'

beforeEach(async () => {
  staging.damage = false
  current = await createTempDatabase()
  await addParticipant(current.database.db, 'Bieżąca')
  runtime = { database: current.database, appVersion: 'test', platform: UNUSED_PLATFORM }
  files = createTempDir('kis-zrodlo-')
  source = join(files.dir, 'kopia.sqlite')
  const database = await openDatabase(source)
  await addParticipant(database.db, 'Zkopii')
  database.sqlite.prepare('UPDATE participants SET notes = ?').run(NOTE)
  await database.close()
})

afterEach(async () => {
  if (runtime.database.sqlite.open) await runtime.database.close()
  await current.cleanup()
  files.cleanup()
})

/** Overwrites the note's bytes in place, as a program ignoring SQLite's locks would write the file. */
function rewriteNoteInPlace(file: string): void {
  const bytes = readFileSync(file)
  const at = bytes.indexOf(Buffer.from(NOTE))
  expect(at).toBeGreaterThan(0)
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.from('notatka-zmieniona!'), 0, NOTE.length, at)
  closeSync(fd)
}

describe('restore and a picked file that changes', () => {
  it('refuses a file written by another program during the staging copy, and changes nothing', async () => {
    const before = sha256OfFile(current.file)
    let rewritten = false
    const step = () => () => {
      if (rewritten) return
      rewritten = true
      rewriteNoteInPlace(source)
    }
    const error = await restoreDatabase(runtime, source, { now: () => new Date(), step }).catch(
      (e: unknown) => e,
    )
    expect(rewritten).toBe(true)
    expect(error).toBeInstanceOf(RefusedFile)
    expect((error as RefusedFile).check).toBe('changed-during-copy')
    expect((error as Error).message).toMatch(/zmieniał się w trakcie kopiowania/)
    expect(runtime.database).toBe(current.database)
    expect(lastNames(runtime.database)).toEqual(['Bieżąca'])
    expect(sha256OfFile(current.file)).toBe(before)
    // The file really was still a valid database: only the change gave it away.
    const sqlite = new SQLite(source, { readonly: true })
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    sqlite.close()
  })

  it('judges the staging copy, not the picked file: a copy that came out damaged is refused', async () => {
    staging.damage = true
    const error = await checkCandidate(source, {
      currentDatabase: current.file,
      staging: join(files.dir, 'przygotowana.sqlite'),
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RefusedFile)
    expect((error as RefusedFile).check).toBe('missing-tables')
    // The picked file itself passes every check.
    staging.damage = false
    await expect(checkCandidate(source, { currentDatabase: current.file })).resolves.toMatchObject({
      schemaVersion: current.database.schemaVersion,
    })
  })
})
