// Crash safety of the database file with the app's pragmas (journal_mode=DELETE, synchronous=FULL):
// a writer killed at random moments loses no committed transaction and never corrupts the file,
// and a plain file copy taken while the app is open but idle is a complete database.
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { checkCandidate } from '../../src/main/backup/file-checks'
import { openDatabase } from '../../src/main/db/connection'
import { addParticipant } from '../support/backup-data'
import { createTempDatabase, createTempDir } from '../support/temp-database'

const WRITER = join(__dirname, '../support/crash-writer.mjs')
const KILLS = 200

/** Deterministic choices (when to kill); the machine's timing still varies between runs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

/** Starts the writer, kills it with SIGKILL after a random delay, returns the ids it reported. */
function runAndKill(file: string, seed: number, random: () => number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, file, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    const killAfter = (ms: number) => (timer ??= setTimeout(() => child.kill('SIGKILL'), ms))
    // One kill in ten lands while the writer is still starting (opening the file, setting pragmas).
    if (random() < 0.1) killAfter(Math.floor(random() * 60))
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      if (out === '' && chunk.startsWith('ready')) killAfter(1 + Math.floor(random() * 40))
      out += chunk
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

describe('crash safety', () => {
  it('loses no committed transaction and never corrupts the file when the writer is killed 200 times', async () => {
    const temp = createTempDir('kis-kill-')
    const file = join(temp.dir, 'kis.sqlite')
    await (await openDatabase(file)).close()
    const random = seeded(20260305)
    let lost = 0
    let integrityErrors = 0
    let reported = 0
    let leftJournal = 0
    let torn = 0
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        const ids = await runAndKill(file, kill + 1, random)
        reported += ids.length
        if (existsSync(`${file}-journal`)) leftJournal++
        // The app's own open: a hot journal is rolled back here.
        const database = await openDatabase(file)
        try {
          if (database.sqlite.pragma('integrity_check', { simple: true }) !== 'ok') integrityErrors++
          const present = new Set(
            database.sqlite
              .prepare('SELECT id FROM participants WHERE id >= ?')
              .pluck()
              .all(ids[0] ?? 0) as number[],
          )
          lost += ids.filter((id) => !present.has(id)).length
          // Each transaction wrote three rows: a participant never lacks its group or the counter.
          torn += database.sqlite
            .prepare(
              'SELECT count(*) FROM participants p WHERE NOT EXISTS (SELECT 1 FROM participant_target_groups g WHERE g.participant_id = p.id)',
            )
            .pluck()
            .get() as number
          const counter = database.sqlite
            .prepare("SELECT value FROM settings WHERE key = 'crashTestLastId'")
            .pluck()
            .get()
          const maxId = database.sqlite.prepare('SELECT max(id) FROM participants').pluck().get()
          if (counter !== undefined && Number(JSON.parse(counter as string)) !== maxId) torn++
        } finally {
          await database.close()
        }
      }
    } finally {
      temp.cleanup()
    }
    console.log(`kill test: ${KILLS} kills, ${lost} committed rows lost, ${integrityErrors} integrity errors`)
    console.log(
      `kill test: ${reported} commits reported by the writer, ${leftJournal} kills left a hot -journal (rolled back on open), ${torn} torn transactions`,
    )
    expect(lost).toBe(0)
    expect(integrityErrors).toBe(0)
    expect(torn).toBe(0)
    expect(reported).toBeGreaterThan(KILLS)
  }, 180_000)

  it('copies of the file taken between transactions, with the app open and idle, hold all committed data', async () => {
    const temp = await createTempDatabase()
    const copies = createTempDir('kis-kopie-')
    const COPIES = 100
    let complete = 0
    let integrityErrors = 0
    try {
      for (let i = 0; i < COPIES; i++) {
        await addParticipant(temp.database.db, `Kopiowana${i}`)
        // Idle between saves: the folder holds the database file alone, no journal.
        expect(readdirSync(temp.dir)).toEqual(['kis.sqlite'])
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
      `copy test: ${COPIES} copies taken between transactions, ${complete} complete, ${integrityErrors} integrity errors`,
    )
    expect(complete).toBe(COPIES)
    expect(integrityErrors).toBe(0)
  }, 60_000)
})
