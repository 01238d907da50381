// Crash safety of the database file with the app's own open (journal_mode=DELETE,
// synchronous=EXTRA) and the app's own saves: a writer killed at random moments loses no committed
// save and never corrupts the file; a power cut at any sync point of a save leaves either the state
// before the save or, once the save was acknowledged, the state after it; and a plain file copy taken
// while the app is open but idle is a complete database.
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCandidate } from '../../src/main/backup/file-checks'
import { openDatabase } from '../../src/main/db/connection'
import { journalPath } from '../../src/main/db/data-folder'
import { createParticipantsService } from '../../src/main/participants/participants.service'
import { addParticipant } from '../support/backup-data'
import { crashTestPerson } from '../support/crash-person'
import { bundleForNode, type NodeEntry } from '../support/node-entry'
import { catchJournalAtCommit, mixPages, type SaveFiles } from '../support/power-cut'
import { createTempDatabase, createTempDir } from '../support/temp-database'

const KILLS = 200
const SAVES = 60
const MIXES_PER_SAVE = 4

/** Deterministic choices (when to kill, which pages land); the machine's timing still varies. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

let writer: NodeEntry

beforeAll(async () => {
  writer = await bundleForNode(join(__dirname, '../support/crash-writer.ts'))
}, 60_000)

afterAll(() => writer?.cleanup())

/**
 * Starts the writer and kills it with SIGKILL once it has reported `saves` saves, a random few
 * milliseconds later (so most kills land inside a save); returns the ids it reported.
 */
function runAndKill(file: string, seed: number, saves: number, random: () => number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer.script, file, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    const killAfter = (ms: number) => (timer ??= setTimeout(() => child.kill('SIGKILL'), ms))
    // One kill in ten lands while the writer is still starting (taking the lock, opening, pragmas).
    if (random() < 0.1) killAfter(Math.floor(random() * 150))
    const delay = Math.floor(random() * 20)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      const reported = out.split('\n').filter((line) => /^\d+$/.test(line)).length
      if (out.startsWith('ready') && reported >= saves) killAfter(delay)
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (code ${code}): ${err}`))
      resolve(
        out
          .split('\n')
          .filter((line) => /^\d+$/.test(line))
          .map(Number),
      )
    })
  })
}

/** People saved without all their target groups: a save that was cut in half. */
function tornSaves(sqlite: SQLite.Database): number {
  return sqlite
    .prepare(
      'SELECT count(*) FROM participants p WHERE (SELECT count(*) FROM participant_target_groups g WHERE g.participant_id = p.id) <> 2',
    )
    .pluck()
    .get() as number
}

describe('crash safety', () => {
  it('loses no committed save and never corrupts the file when the writer is killed 200 times', async () => {
    const temp = createTempDir('kis-kill-')
    const file = join(temp.dir, 'kis.sqlite')
    await (await openDatabase(file)).close()
    const random = seeded(20260305)
    let lost = 0
    let integrityErrors = 0
    let reported = 0
    let leftJournal = 0
    let torn = 0
    let unopenable = 0
    try {
      for (let kill = 0; kill < KILLS && unopenable === 0; kill++) {
        const ids = await runAndKill(file, kill + 1, Math.floor(random() * 3), random)
        reported += ids.length
        if (existsSync(journalPath(file))) leftJournal++
        // The app's own open: the killed writer's lock is stale, a hot journal is rolled back here.
        const database = await openDatabase(file).catch((error: unknown) => {
          console.log(`kill test: after kill ${kill + 1} the file does not open: ${String(error)}`)
          unopenable++
          return null
        })
        if (!database) break
        try {
          if (database.sqlite.pragma('integrity_check', { simple: true }) !== 'ok') integrityErrors++
          const present = new Set(
            database.sqlite
              .prepare('SELECT id FROM participants WHERE id >= ?')
              .pluck()
              .all(ids[0] ?? 0) as number[],
          )
          lost += ids.filter((id) => !present.has(id)).length
          torn += tornSaves(database.sqlite)
        } finally {
          await database.close()
        }
      }
    } finally {
      temp.cleanup()
    }
    console.log(`kill test: ${KILLS} kills, ${lost} committed rows lost, ${integrityErrors} integrity errors`)
    console.log(
      `kill test: ${reported} saves reported by the writer, ${leftJournal} kills left a hot -journal (rolled back on open), ${torn} torn saves`,
    )
    expect(unopenable).toBe(0)
    expect(lost).toBe(0)
    expect(integrityErrors).toBe(0)
    expect(torn).toBe(0)
    expect(reported).toBeGreaterThan(KILLS / 2)
  }, 240_000)

  it('power-cut mode: a cut at any sync point of a save leaves the state before it or, once acknowledged, after it', async () => {
    const temp = createTempDir('kis-power-')
    const file = join(temp.dir, 'kis.sqlite')
    const database = await openDatabase(file)
    const journal = catchJournalAtCommit(journalPath(file), join(temp.dir, 'dziennik'))
    const participants = createParticipantsService(database.db)
    const random = seeded(0x504f5745)
    const saves: { id: number; files: SaveFiles }[] = []
    try {
      for (let n = 0; n < SAVES; n++) {
        const before = readFileSync(file)
        const { id } = await journal.save(() => participants.create(crashTestPerson(`P${n}`, random)))
        saves.push({ id, files: { before, after: readFileSync(file), journal: journal.take() } })
      }
      const synchronous = database.sqlite.pragma('synchronous', { simple: true }) as number
      await database.close()

      let state = 0
      /** Opens what the cut left with the app's own open, as the next start would. */
      const reopen = async (content: Buffer, journal: Buffer | null) => {
        const dir = join(temp.dir, `stan-${state++}`)
        mkdirSync(dir)
        const copy = join(dir, 'kis.sqlite')
        writeFileSync(copy, content)
        if (journal) writeFileSync(journalPath(copy), journal)
        const opened = await openDatabase(copy)
        const intact =
          opened.sqlite.pragma('integrity_check', { simple: true }) === 'ok' && tornSaves(opened.sqlite) === 0
        await opened.close()
        return { intact, file: readFileSync(copy) }
      }

      let noJournal = 0
      let duringWrites = 0
      let rolledBack = 0
      let lost = 0
      let journalBack = 0
      for (const { files } of saves) {
        if (!files.journal) noJournal++
        for (let k = 0; k < MIXES_PER_SAVE; k++) {
          duringWrites++
          const after = await reopen(mixPages(files, random), files.journal)
          if (after.intact && after.file.equals(files.before)) rolledBack++
        }
        // Acknowledged: the deletion of the journal comes back unless the folder was synced after it.
        const entryMayReturn = synchronous < 3 && files.journal !== null
        if (entryMayReturn) journalBack++
        const after = await reopen(files.after, entryMayReturn ? files.journal : null)
        if (!after.intact || !after.file.equals(files.after)) lost++
      }
      console.log(
        `power-cut test: ${SAVES} acknowledged saves (synchronous=${synchronous}), ${duringWrites} cuts during the page writes: ` +
          `${rolledBack} rolled back to the state before the save, ${duringWrites - rolledBack} torn or corrupt; ` +
          `${SAVES} cuts after the commit: ${lost} acknowledged saves lost (journal entry back in ${journalBack}); ` +
          `${noJournal} saves had no rollback journal on disk`,
      )
      expect(noJournal).toBe(0)
      expect(rolledBack).toBe(duringWrites)
      expect(lost).toBe(0)
    } finally {
      if (database.sqlite.open) await database.close()
      temp.cleanup()
    }
  }, 120_000)

  it('copies of the file taken between saves, with the app open and idle, hold all committed data', async () => {
    const temp = await createTempDatabase()
    const copies = createTempDir('kis-kopie-')
    const COPIES = 100
    let complete = 0
    let integrityErrors = 0
    try {
      for (let i = 0; i < COPIES; i++) {
        await addParticipant(temp.database.db, `Kopiowana${i}`)
        // Idle between saves: the folder holds the database file and its lock, no journal.
        expect(readdirSync(temp.dir)).toEqual(['kis.sqlite', 'kis.sqlite.lock'])
        const copy = join(copies.dir, `kopia-${i}.sqlite`)
        copyFileSync(temp.file, copy)
        const sqlite = new SQLite(copy, { readonly: true })
        try {
          if (sqlite.pragma('integrity_check', { simple: true }) !== 'ok') integrityErrors++
          const names = sqlite
            .prepare('SELECT last_name FROM participants ORDER BY id')
            .pluck()
            .all() as string[]
          if (names.length === i + 1 && names[i] === `Kopiowana${i}`) complete++
        } finally {
          sqlite.close()
        }
      }
      // The last plain copy also passes every restore check.
      await expect(checkCandidate(join(copies.dir, `kopia-${COPIES - 1}.sqlite`))).resolves.toMatchObject({
        rowCounts: { participants: COPIES },
      })
    } finally {
      await temp.cleanup()
      copies.cleanup()
    }
    console.log(
      `copy test: ${COPIES} copies taken between saves, ${complete} complete, ${integrityErrors} integrity errors`,
    )
    expect(complete).toBe(COPIES)
    expect(integrityErrors).toBe(0)
  }, 60_000)
})
