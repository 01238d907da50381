// Opening the one database file: refuse what is not ours or from the future, set the pragmas that
// keep the file a complete copy whenever the app is idle, then migrate.
import { mkdirSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { runMigrations } from './migrator'
import { withCommitHooks } from './commit-hooks'
import { APPLICATION_ID } from './application-id'
import { defaultBackupFolder } from '../backup/backup-files'
import { BackupVerificationError, createVerifiedBackup } from '../backup/verified-copy'

export { APPLICATION_ID }

export interface AppDatabase {
  file: string
  sqlite: SQLite.Database
  db: Kysely<Database>
  schemaVersion: number
  /** The verified backup made before an existing database was migrated, if one was. */
  preMigrationCopy: string | null
  close(): Promise<void>
}

export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError'
}

export async function openDatabase(file: string, now: () => Date = () => new Date()): Promise<AppDatabase> {
  mkdirSync(dirname(file), { recursive: true })
  const sqlite = new SQLite(file)
  try {
    const { fromVersion } = inspect(sqlite, file)
    applyPragmas(sqlite)
    let preMigrationCopy: string | null = null
    if (fromVersion > 0 && fromVersion < LATEST_SCHEMA_VERSION) {
      preMigrationCopy = await backupBeforeMigration(sqlite, file, fromVersion, now())
    }
    const db = new Kysely<Database>({ dialect: withCommitHooks(new SqliteDialect({ database: sqlite })) })
    const schemaVersion = await runMigrations(db, APPLICATION_ID, fromVersion)
    return { file, sqlite, db, schemaVersion, preMigrationCopy, close: () => db.destroy() }
  } catch (error) {
    if (sqlite.open) sqlite.close()
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
  } catch {
    throw new DatabaseOpenError(`Plik ${basename(file)} nie jest bazą danych SQLite albo jest uszkodzony.`)
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

function applyPragmas(sqlite: SQLite.Database): void {
  // Rollback journal, not WAL: with no -wal file the database file alone is a complete copy when idle.
  const mode = sqlite.pragma('journal_mode = DELETE', { simple: true })
  if (mode !== 'delete')
    throw new DatabaseOpenError('Nie udało się ustawić trybu dziennika bazy (journal_mode).')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
}

/** The start-up backup: an online copy, reopened and verified, before any migration touches the file. */
async function backupBeforeMigration(
  sqlite: SQLite.Database,
  file: string,
  fromVersion: number,
  at: Date,
): Promise<string> {
  try {
    const copy = await createVerifiedBackup(sqlite, {
      dbFile: file,
      folder: defaultBackupFolder(file),
      kind: 'przed-migracja',
      fromVersion,
      at,
    })
    return copy.path
  } catch (error) {
    const reason = error instanceof BackupVerificationError ? error.refusal.message : String(error)
    throw new DatabaseOpenError(
      `Nie udało się zrobić sprawdzonej kopii bazy ${basename(file)} przed aktualizacją, więc baza nie została zaktualizowana ani zmieniona. ${reason}`,
    )
  }
}
