import { execFileSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { addParticipant } from '../../../tests/support/backup-data'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { readRawFacts } from './database-facts'
import { copyDatabaseOffThread, readFactsOffThread } from './facts-thread'

let temp: TempDatabase | null = null
afterEach(async () => {
  await temp?.cleanup()
  temp = null
})

function onMainThread(file: string) {
  const sqlite = new SQLite(file, { readonly: true })
  try {
    return readRawFacts(sqlite, 'full')
  } finally {
    sqlite.close()
  }
}

function onMainThreadRoot(file: string, table: string): number {
  const sqlite = new SQLite(file, { readonly: true })
  try {
    return sqlite.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number
  } finally {
    sqlite.close()
  }
}

describe('database facts read on the worker thread (issue 16: verification off the main thread)', () => {
  it('reads the same facts as a read on the main thread', async () => {
    temp = await createTempDatabase()
    const off = await readFactsOffThread(temp.file)
    expect(off).toEqual(onMainThread(temp.file))
    expect(off.integrityErrors).toEqual([])
    expect(Object.keys(off.rowCounts)).toContain('participants')
  })

  it("rejects with SQLite's own error code, which the backup checks name in Polish", async () => {
    temp = await createTempDatabase()
    const notADatabase = join(temp.dir, 'notatka.sqlite')
    writeFileSync(notADatabase, 'To nie jest baza danych, tylko notatka.'.repeat(200))
    await expect(readFactsOffThread(notADatabase)).rejects.toMatchObject({ code: 'SQLITE_NOTADB' })
    await expect(readFactsOffThread(join(temp.dir, 'nie-ma.sqlite'))).rejects.toMatchObject({
      code: 'SQLITE_CANTOPEN',
    })
    // The worker survives a refused file and answers the next call.
    expect((await readFactsOffThread(temp.file)).integrityErrors).toEqual([])
  })

  it('quick_check, used for routine copies, still finds an overwritten page', async () => {
    temp = await createTempDatabase()
    for (const name of ['Kowalska', 'Nowak', 'Wiśniewski']) await addParticipant(temp.database.db, name)
    await temp.database.close()
    const root = onMainThreadRoot(temp.file, 'participants')
    const bytes = readFileSync(temp.file)
    bytes.fill(0x5a, (root - 1) * 4096 + 8, root * 4096 - 100)
    writeFileSync(temp.file, bytes)
    expect((await readFactsOffThread(temp.file, 'quick')).integrityErrors.length).toBeGreaterThan(0)
  })

  it('reports the copy in order, ending with the whole file', async () => {
    temp = await createTempDatabase()
    const filler = temp.database.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, json_quote(?))')
    temp.database.sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) filler.run(`filler-${i}`, 'x'.repeat(3000))
    })()
    const steps: [number, number][] = []
    await copyDatabaseOffThread(temp.file, join(temp.dir, 'kopia.sqlite'), (done, total) =>
      steps.push([done, total]),
    )
    // The share copied is read from the copy's size as it grows: how many readings fall within the
    // copy depends on the machine.
    const done = steps.map(([d]) => d)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(steps.at(-1)).toEqual([statSync(temp.file).size, statSync(temp.file).size])
    expect(readFileSync(join(temp.dir, 'kopia.sqlite')).equals(readFileSync(temp.file))).toBe(true)
  })

  it("leaves this process's locks on the database in place (POSIX drops them when any descriptor of the file closes)", async () => {
    temp = await createTempDatabase()
    temp.database.sqlite.exec('BEGIN IMMEDIATE')
    try {
      await copyDatabaseOffThread(temp.file, join(temp.dir, 'kopia.sqlite'))
      // The app's write transaction still holds its lock: another program cannot start writing.
      const other = `const S = require(${JSON.stringify(require.resolve('better-sqlite3'))});
        try { new S(${JSON.stringify(temp.file)}, { timeout: 0 }).exec('BEGIN IMMEDIATE'); console.log('wrote') }
        catch (e) { console.log(e.code) }`
      expect(execFileSync(process.execPath, ['-e', other], { encoding: 'utf8' }).trim()).toBe('SQLITE_BUSY')
    } finally {
      temp.database.sqlite.exec('ROLLBACK')
    }
  })

  it('keeps the main thread running while a large file is checked', async () => {
    temp = await createTempDatabase()
    const big = join(temp.dir, 'duza.sqlite')
    const sqlite = new SQLite(big)
    sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)')
    const insert = sqlite.prepare('INSERT INTO t (body) VALUES (randomblob(4000))')
    sqlite.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run()
    })()
    sqlite.close()
    // A synchronous check would let no timer fire until it returned.
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const facts = await readFactsOffThread(big)
    clearInterval(timer)
    expect(facts.rowCounts).toEqual({ t: 10_000 })
    expect(ticks).toBeGreaterThan(0)
  })
})
