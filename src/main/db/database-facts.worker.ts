// The heavy reads of a backup on their own thread: the copy of the live database and the checks of
// a file (integrity, foreign keys, row counts, schema). On a 200 MB file they take seconds, and the
// main process must keep answering the window meanwhile. Imports only the driver, Node and
// its siblings (with their extensions, so Node can also run this file as source in tests).
import { execFile } from 'node:child_process'
import { closeSync, existsSync, fsyncSync, openSync, statSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import SQLite from 'better-sqlite3'
import { readRawFacts, type RawDatabaseFacts } from './database-facts.ts'
import { serveCalls, type Progress } from './worker-serve.ts'

const runFile = promisify(execFile)

export type FactsCall =
  | { kind: 'facts'; file: string; check: 'full' | 'quick'; ownCopy: boolean }
  | { kind: 'copy'; source: string; dest: string }

/**
 * From the lock page on (1 GiB, where SQLite takes its byte-range locks, which Windows enforces on
 * reads), the copy goes page by page through SQLite, which skips that page.
 */
const LOCK_PAGE_OFFSET = 1024 * 1024 * 1024

function openReadOnly(file: string, timeout: number): SQLite.Database {
  return new SQLite(file, { readonly: true, fileMustExist: true, timeout })
}

function factsOf(file: string, check: 'full' | 'quick', ownCopy: boolean): RawDatabaseFacts {
  // No waiting: a file locked by a writer is reported at once rather than after busy_timeout.
  const sqlite = openReadOnly(file, 0)
  // Pages read from a mapping of the file instead of one read call each: the checks of a 200 MB
  // copy take half the time. Only on a copy of ours that nobody else touches: a mapped file cut
  // short underneath (a USB stick pulled out) would bring the whole process down.
  if (ownCopy) sqlite.pragma(`mmap_size = ${statSync(file).size}`)
  try {
    return readRawFacts(sqlite, check)
  } finally {
    sqlite.close()
  }
}

/**
 * A consistent copy of the live database: a read transaction on this thread's own connection keeps
 * any writer from committing until the copy is taken. In rollback-journal mode (connection.ts) the
 * file itself then holds exactly the last commit — a writer touches it only with an exclusive lock —
 * so its bytes are copied as they are, at the speed of a plain file copy (SQLite's page-by-page
 * backup and serialize were 2–3× slower on 200 MB).
 */
async function copyDatabase(source: string, dest: string, progress: Progress) {
  // The app's own save may hold the file for a moment: wait for it as the app's connection would.
  const sqlite = openReadOnly(source, 5000)
  try {
    sqlite.exec('BEGIN')
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
    if (sqlite.pragma('journal_mode', { simple: true }) === 'wal') {
      throw new Error('Baza w trybie WAL: jej plik nie zawiera wszystkich zmian.')
    }
    const size = statSync(source).size
    if (size > LOCK_PAGE_OFFSET) {
      await sqlite.backup(dest, {
        progress: ({ totalPages, remainingPages }) => (
          progress(totalPages - remainingPages, totalPages),
          4096
        ),
      })
      return
    }
    await copyFileBytes(source, dest, size, progress)
    const fd = openSync(dest, 'r+')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    progress(size, size)
  } finally {
    sqlite.close()
  }
}

/**
 * The file's bytes, with the copied share reported as it grows. On POSIX, closing any descriptor of
 * a file drops every lock this process holds on it (the read lock above and the app connection's
 * own), so there another process (cp) reads the file; Windows locks per handle, so Node copies it.
 */
async function copyFileBytes(source: string, dest: string, size: number, progress: Progress) {
  const copying = process.platform === 'win32' ? copyFile(source, dest) : runFile('cp', ['--', source, dest])
  const timer = setInterval(() => {
    const copied = existsSync(dest) ? statSync(dest).size : 0
    if (copied < size) progress(copied, size)
  }, 50)
  try {
    await copying
  } finally {
    clearInterval(timer)
  }
}

serveCalls<FactsCall, RawDatabaseFacts | null>(async (call, progress) => {
  if (call.kind === 'facts') return factsOf(call.file, call.check, call.ownCopy)
  await copyDatabase(call.source, call.dest, progress)
  return null
})
