// A save interrupted by a crash leaves a hot journal that SQLite must roll back at the next start.
// When the journal cannot be written (or deleted) the program says so in its own words — never "not a
// database or damaged", which would invite deleting the journal and keeping a half-written save.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/connection'
import { journalPath } from '../../src/main/db/data-folder'
import { addParticipant, lastNames } from '../support/backup-data'
import { startChild } from '../support/child-process'
import { bundleForNode, type NodeEntry } from '../support/node-entry'
import { looksPolish } from '../support/polish'
import { createTempDir, type TempDir } from '../support/temp-database'

// Permissions bind only other accounts than root, so as root the opening child runs as "nobody".
const asRoot = process.getuid?.() === 0
const NOBODY = { uid: 65534, gid: 65534 }

let holder: NodeEntry
let temp: TempDir

beforeAll(async () => {
  holder = await bundleForNode(join(__dirname, '../support/hold-database.ts'))
  temp = createTempDir('kis-dziennik-')
  chmodSync(temp.dir, 0o755)
}, 60_000)

afterAll(() => {
  holder?.cleanup()
  temp?.cleanup()
})

/** A database folder as a crash in the middle of a save leaves it: the file and its hot journal. */
async function interruptedSave(name: string): Promise<string> {
  const source = join(temp.dir, `${name}-zrodlo`, 'kis.sqlite')
  const database = await openDatabase(source)
  for (const person of ['Kowalska', 'Nowak', 'Wiśniewska']) await addParticipant(database.db, person)
  await database.close()
  const sqlite = new SQLite(source)
  sqlite.pragma('cache_size = 1')
  sqlite.exec('BEGIN')
  sqlite.exec("UPDATE participants SET notes = 'przerwany zapis ' || id, last_name = 'Zmieniona'")
  // Enough changed pages to spill from the cache: the journal is synced and becomes hot.
  const filler = sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, json_quote(?))')
  for (let i = 0; i < 200; i++) filler.run(`wypelniacz-${i}`, 'x'.repeat(3000))
  const dir = join(temp.dir, name)
  mkdirSync(dir)
  const file = join(dir, 'kis.sqlite')
  copyFileSync(source, file)
  copyFileSync(journalPath(source), journalPath(file))
  sqlite.exec('ROLLBACK')
  sqlite.close()
  return file
}

/** What the program says when it starts on `file` (in another process, as another account if root). */
async function startOn(file: string): Promise<string> {
  const child = startChild(holder.script, [file], asRoot ? NOBODY : {})
  const line = await child.firstLine
  child.process.stdin!.end()
  await child.exited
  return line
}

const JOURNAL_MESSAGE =
  /plik dziennika kis\.sqlite-journal nie może być zapisany — nie usuwaj go, sprawdź uprawnienia/

describe.skipIf(process.platform === 'win32')('an unwritable hot journal at start', () => {
  if (process.platform === 'win32')
    console.log('hot journal test: POSIX permissions only, skipped on Windows')

  it.each([
    ['the journal file is read-only', 0o777, 0o444],
    ['the folder is read-only (the journal cannot be deleted after the rollback)', 0o555, 0o666],
  ])('gets its own Polish message when %s, and the journal stays', async (_case, folderMode, journalMode) => {
    const file = await interruptedSave(folderMode === 0o555 ? 'folder' : 'plik')
    const dir = join(file, '..')
    chmodSync(file, 0o666)
    chmodSync(journalPath(file), journalMode)
    chmodSync(dir, folderMode)
    const journal = readFileSync(journalPath(file))
    try {
      const line = await startOn(file)
      expect(line).toMatch(/^refused /)
      const message = JSON.parse(line.slice('refused '.length)) as string
      console.log(`hot journal: ${message}`)
      expect(message).toMatch(JOURNAL_MESSAGE)
      expect(message).not.toMatch(/nie jest bazą danych/)
      expect(looksPolish(message), message).toBe(true)
      expect(readFileSync(journalPath(file)).equals(journal)).toBe(true)
    } finally {
      chmodSync(dir, 0o777)
      chmodSync(journalPath(file), 0o666)
    }
    // With the permissions fixed, the next start rolls the interrupted save back and keeps the data.
    const database = await openDatabase(file)
    try {
      expect(lastNames(database)).toEqual(['Kowalska', 'Nowak', 'Wiśniewska'])
      expect(existsSync(journalPath(file))).toBe(false)
    } finally {
      await database.close()
    }
  })

  it('still calls a file that is not a database by its name', async () => {
    const dir = join(temp.dir, 'tekst')
    mkdirSync(dir)
    const file = join(dir, 'kis.sqlite')
    writeFileSync(file, 'Nazwisko;Imię\n'.repeat(200))
    chmodSync(dir, 0o777)
    expect(await startOn(file)).toMatch(/nie jest bazą danych SQLite albo jest uszkodzony/)
  })
})
