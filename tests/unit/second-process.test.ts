// A second program on the same database file — another Windows account, another computer on a
// share, a copied shortcut — is refused at open with a Polish message naming who holds the file,
// instead of random "database is locked" failures; a lock left by a crash is taken over.
import { readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError, openDatabase } from '../../src/main/db/connection'
import { lockPath } from '../../src/main/db/data-folder'
import { addParticipant } from '../support/backup-data'
import { startChild } from '../support/child-process'
import { bundleForNode, type NodeEntry } from '../support/node-entry'
import { looksPolish } from '../support/polish'
import { createTempDir, sha256OfFile, type TempDir } from '../support/temp-database'

let holder: NodeEntry
let temp: TempDir
let file: string

beforeAll(async () => {
  holder = await bundleForNode(join(__dirname, '../support/hold-database.ts'))
}, 60_000)
afterAll(() => holder?.cleanup())

beforeEach(async () => {
  temp = createTempDir('kis-lock-')
  file = join(temp.dir, 'kis.sqlite')
  const database = await openDatabase(file)
  await addParticipant(database.db, 'Pierwsza')
  await database.close()
})
afterEach(() => temp.cleanup())

async function refusal(): Promise<DatabaseOpenError> {
  const error = await openDatabase(file).then(
    async (database) => {
      await database.close()
      return expect.unreachable('the second open should have been refused')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DatabaseOpenError)
  return error as DatabaseOpenError
}

describe('a second program on the same database file', () => {
  it('is refused while another process has the file open, naming the user and the computer', async () => {
    const other = startChild(holder.script, [file])
    try {
      expect(await other.firstLine).toBe('ready')
      const before = sha256OfFile(file)
      const { message } = await refusal()
      console.log(`second process: ${message}`)
      expect(message).toMatch(/jest już otwarta: użytkownik .+ na komputerze /)
      expect(message).toContain(hostname())
      expect(looksPolish(message), message).toBe(true)
      expect(sha256OfFile(file)).toBe(before)
    } finally {
      other.process.stdin!.end()
      await other.exited
    }
    // Closed normally: the lock is gone and the file opens again.
    await (await openDatabase(file)).close()
  })

  it('refuses the other program too while this one has the file open', async () => {
    const database = await openDatabase(file)
    try {
      const other = startChild(holder.script, [file])
      const line = await other.firstLine
      await other.exited
      expect(line).toMatch(/^refused ".*jest już otwarta: użytkownik/)
    } finally {
      await database.close()
    }
  })

  it('takes over the lock of a program that was killed (its process is gone)', async () => {
    const other = startChild(holder.script, [file])
    expect(await other.firstLine).toBe('ready')
    other.process.kill('SIGKILL')
    await other.exited
    const stale = JSON.parse(readFileSync(lockPath(file), 'utf8')) as { pid: number }
    expect(stale.pid).toBe(other.process.pid)
    const database = await openDatabase(file)
    try {
      expect(JSON.parse(readFileSync(lockPath(file), 'utf8'))).toMatchObject({ pid: process.pid })
    } finally {
      await database.close()
    }
  })

  it('is refused while another computer holds a fresh lock, and takes over once its heartbeat is old', async () => {
    const lock = (heartbeatAt: Date) =>
      writeFileSync(
        lockPath(file),
        JSON.stringify({
          machine: 'BIURO-2',
          user: 'jkowalska',
          pid: 4242,
          startedAt: '2026-03-05T08:00:00.000Z',
          heartbeatAt: heartbeatAt.toISOString(),
          token: 'inny-komputer',
        }),
      )
    lock(new Date())
    const { message } = await refusal()
    expect(message).toContain('użytkownik jkowalska na komputerze BIURO-2 (od 05.03.2026')
    // Its heartbeat stopped ten minutes ago (the computer was switched off): the lock is stale.
    const old = new Date(Date.now() - 10 * 60_000)
    lock(old)
    utimesSync(lockPath(file), old, old)
    const database = await openDatabase(file)
    await database.close()
  })
})
