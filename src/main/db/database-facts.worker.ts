// The heavy reads of a backup on their own thread: the copy of the live database and the checks of
// a file (integrity, foreign keys, row counts, schema). On a 200 MB file they take seconds, and the
// main process must keep answering the window meanwhile. Imports only the driver, Node and
// its siblings (with their extensions, so Node can also run this file as source in tests).
import { closeSync, fsyncSync, openSync, statSync, writeSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import { readRawFacts, type RawDatabaseFacts } from './database-facts.ts'
import { serveCalls, type Progress } from './worker-serve.ts'

export type FactsCall =
  { kind: 'facts'; file: string; check: 'full' | 'quick' } | { kind: 'copy'; source: string; dest: string }

/** Above this size the copy goes page by page instead of through one buffer of the whole file. */
const SERIALIZE_LIMIT = 512 * 1024 * 1024

function openReadOnly(file: string, timeout: number): SQLite.Database {
  return new SQLite(file, { readonly: true, fileMustExist: true, timeout })
}

function factsOf(file: string, check: 'full' | 'quick'): RawDatabaseFacts {
  // No waiting: a file locked by a writer is reported at once rather than after busy_timeout.
  const sqlite = openReadOnly(file, 0)
  try {
    return readRawFacts(sqlite, check)
  } finally {
    sqlite.close()
  }
}

/**
 * A consistent copy of the live database: a read transaction on this thread's own connection keeps
 * any writer from committing until the copy is taken. The bytes come through SQLite (never a second
 * descriptor of the database file, whose closing would drop the process's POSIX locks on it).
 */
async function copyDatabase(source: string, dest: string, progress: Progress) {
  // The app's own save may hold the file for a moment: wait for it as the app's connection would.
  const sqlite = openReadOnly(source, 5000)
  try {
    sqlite.exec('BEGIN')
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
    if (statSync(source).size > SERIALIZE_LIMIT) {
      await sqlite.backup(dest, {
        progress: ({ totalPages, remainingPages }) => (
          progress(totalPages - remainingPages, totalPages),
          4096
        ),
      })
      return
    }
    writeWhole(dest, sqlite.serialize(), progress)
  } finally {
    sqlite.close()
  }
}

function writeWhole(dest: string, bytes: Buffer, progress: Progress) {
  const chunk = Math.max(256 * 1024, Math.ceil(bytes.length / 50))
  const fd = openSync(dest, 'w')
  try {
    for (let at = 0; at < bytes.length; at += chunk) {
      const end = Math.min(at + chunk, bytes.length)
      let written = at
      while (written < end) written += writeSync(fd, bytes, written, end - written, written)
      progress(end, bytes.length)
    }
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

serveCalls<FactsCall, RawDatabaseFacts | null>(async (call, progress) => {
  if (call.kind === 'facts') return factsOf(call.file, call.check)
  await copyDatabase(call.source, call.dest, progress)
  return null
})
