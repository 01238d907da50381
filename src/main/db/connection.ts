// Opening the one database file: take the lock that keeps a second program off it, refuse what is
// not ours or from the future, set the pragmas that keep the file a complete copy whenever the app
// is idle and every acknowledged save on disk through a power cut, then migrate.
import { existsSync, mkdirSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { runMigrations } from './migrator'
import { withCommitHooks } from './commit-hooks'
import { reusingStatements } from './statement-cache'
import { APPLICATION_ID } from './application-id'
import { journalPath } from './data-folder'
import { acquireDatabaseLock, type DatabaseLock } from './database-lock'
import { registerOpenDatabase } from './open-databases'
import { DatabaseOpenError } from './open-error'
import { sqliteCode } from './sqlite-files'

export { APPLICATION_ID, DatabaseOpenError }

export interface AppDatabase {
  file: string
  sqlite: SQLite.Database
  db: Kysely<Database>
  schemaVersion: number
  /** The verified backup made before an existing database was migrated, if one was. */
  preMigrationCopy: string | null
  close(): Promise<void>
}

/** Makes a verified copy of the database before it is migrated from `fromVersion`; returns its path. */
export type BackupBeforeMigration = (sqlite: SQLite.Database, fromVersion: number) => Promise<string>

export interface OpenOptions {
  /** Without it an older database is refused rather than migrated without a copy (backup/ supplies it). */
  backupBeforeMigration?: BackupBeforeMigration
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<AppDatabase> {
  mkdirSync(dirname(file), { recursive: true })
  const lock = lockOrExplain(file)
  let sqlite: SQLite.Database | null = null
  try {
    sqlite = new SQLite(file)
    const { fromVersion } = inspect(sqlite, file)
    applyPragmas(sqlite)
    let preMigrationCopy: string | null = null
    if (fromVersion > 0 && fromVersion < LATEST_SCHEMA_VERSION) {
      if (!options.backupBeforeMigration) {
        throw new DatabaseOpenError(
          `Baza ${basename(file)} wymaga aktualizacji, a bez sprawdzonej kopii nie zostanie zaktualizowana. Plik nie został zmieniony.`,
        )
      }
      preMigrationCopy = await options.backupBeforeMigration(sqlite, fromVersion)
    }
    const db = new Kysely<Database>({
      dialect: withCommitHooks(new SqliteDialect({ database: reusingStatements(sqlite) })),
    })
    const schemaVersion = await runMigrations(db, APPLICATION_ID, fromVersion)
    const unregister = registerOpenDatabase(file)
    return {
      file,
      sqlite,
      db,
      schemaVersion,
      preMigrationCopy,
      async close() {
        try {
          await db.destroy()
        } finally {
          unregister()
          lock.release()
        }
      },
    }
  } catch (error) {
    if (sqlite?.open) sqlite.close()
    lock.release()
    throw error
  }
}

/** Reads, without writing, whether the file is ours and which schema it has. */
function inspect(sqlite: SQLite.Database, file: string): { fromVersion: number } {
  let applicationId: number
  let userVersion: number
  let tableCount: number
  try {
    applicationId = sqlite.pragma('application_id', { simple: true }) as number
    userVersion = sqlite.pragma('user_version', { simple: true }) as number
    tableCount = (
      sqlite.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }
    ).n
  } catch (error) {
    throw unreadable(error, file)
  }
  const isOurs = applicationId === APPLICATION_ID
  if (!isOurs && (applicationId !== 0 || tableCount > 0)) {
    throw new DatabaseOpenError(
      `Plik ${basename(file)} nie jest bazą programu KIS — nie został otwarty ani zmieniony.`,
    )
  }
  if (userVersion > LATEST_SCHEMA_VERSION) {
    throw new DatabaseOpenError(
      `Baza ${basename(file)} pochodzi z nowszej wersji programu (schemat ${userVersion}, ten program zna ${LATEST_SCHEMA_VERSION}). ` +
        'Zaktualizuj program. Plik nie został zmieniony.',
    )
  }
  return { fromVersion: isOurs ? userVersion : 0 }
}

/** The lock file; a folder where it cannot be written is explained in Polish rather than as EACCES. */
function lockOrExplain(file: string): DatabaseLock {
  try {
    return acquireDatabaseLock(file)
  } catch (error) {
    const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw error
    if (existsSync(journalPath(file))) throw unwritableJournal(file)
    throw new DatabaseOpenError(
      `W folderze ${dirname(file)} nie można zapisywać (brak uprawnień albo nośnik tylko do odczytu), więc baza ${basename(file)} nie została otwarta. Sprawdź uprawnienia folderu albo przenieś bazę na dysk, na którym można zapisywać.`,
    )
  }
}

/**
 * The first read failed. A save interrupted by a crash leaves a hot journal that SQLite must roll
 * back on open, which needs write access to it: then the journal, not the database, is the problem,
 * and deleting it would leave the half-written save in the file for good.
 */
function unreadable(error: unknown, file: string): DatabaseOpenError {
  const code = sqliteCode(error) ?? ''
  if (existsSync(journalPath(file)) && /^SQLITE_(CANTOPEN|READONLY|IOERR|PERM|AUTH)/.test(code)) {
    return unwritableJournal(file)
  }
  return new DatabaseOpenError(`Plik ${basename(file)} nie jest bazą danych SQLite albo jest uszkodzony.`)
}

function unwritableJournal(file: string): DatabaseOpenError {
  const journal = basename(journalPath(file))
  return new DatabaseOpenError(
    `Obok bazy ${basename(file)} leży plik dziennika ${journal} z przerwanego zapisu, a plik dziennika ` +
      `${journal} nie może być zapisany — nie usuwaj go, sprawdź uprawnienia: program musi móc zapisać ` +
      `i usunąć ten plik w folderze ${dirname(file)}, aby cofnąć przerwany zapis. Baza nie została otwarta.`,
  )
}

function applyPragmas(sqlite: SQLite.Database): void {
  // Rollback journal, not WAL: with no -wal file the database file alone is a complete copy when idle.
  const mode = sqlite.pragma('journal_mode = DELETE', { simple: true })
  if (mode !== 'delete')
    throw new DatabaseOpenError('Nie udało się ustawić trybu dziennika bazy (journal_mode).')
  // EXTRA = FULL plus a sync of the folder after the journal is deleted: the deletion is the commit,
  // so without it a power cut can bring the journal back and roll an acknowledged save away.
  sqlite.pragma('synchronous = EXTRA')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
}
