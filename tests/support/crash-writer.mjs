// Child process for the kill test: writes transactions to a KIS database in a loop, with the app's
// pragmas, and reports each id on stdout only after its COMMIT returned. The parent kills it with
// SIGKILL at a random moment and checks that every reported id survived.
import { writeSync } from 'node:fs'
import SQLite from 'better-sqlite3'

const [file, seedText] = process.argv.slice(2)
let seed = Number(seedText) >>> 0
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32

const sqlite = new SQLite(file)
sqlite.pragma('journal_mode = DELETE')
sqlite.pragma('synchronous = FULL')
sqlite.pragma('foreign_keys = ON')
sqlite.pragma('busy_timeout = 5000')

const insertParticipant = sqlite.prepare(`
  INSERT INTO participants (first_name, last_name, id_document, birth_date, sex, admission_date, notes,
    status, search_text, sort_name, created_at, updated_at)
  VALUES ('Anna', ?, ?, '1980-01-01', 'K', '2025-01-01', ?, 'aktywny', ?, ?, '2025-01-01', '2025-01-01')`)
const insertGroup = sqlite.prepare(
  "INSERT INTO participant_target_groups (participant_id, target_group) VALUES (?, 'dlugotrwale_bezrobotni')",
)
const bumpCounter = sqlite.prepare(
  "INSERT INTO settings (key, value) VALUES ('crashTestLastId', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
)

writeSync(1, 'ready\n')
for (let n = 0; ; n++) {
  const name = `Zapis${process.pid}x${n}`
  // Notes of varying length so transactions touch one page or several.
  const notes = 'ł'.repeat(Math.floor(random() * 3000))
  sqlite.exec('BEGIN IMMEDIATE')
  const id = Number(
    insertParticipant.run(name, `CRASH-${process.pid}-${n}`, notes, name, name).lastInsertRowid,
  )
  insertGroup.run(id)
  bumpCounter.run(String(id))
  sqlite.exec('COMMIT')
  // Synchronous write to the pipe: once this returns, the parent will read the id.
  writeSync(1, `${id}\n`)
}
