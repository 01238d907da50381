// The files that belong to one database on disk: the file itself, SQLite's rollback journal beside
// it, the lock file that says who has it open, and the backup folder. Nothing the app exports may
// ever land on one of them.
import { dirname, join } from 'node:path'

export function journalPath(dbFile: string): string {
  return `${dbFile}-journal`
}

export function lockPath(dbFile: string): string {
  return `${dbFile}.lock`
}

/** The default backup folder: `kopie` beside the database. */
export function backupFolderOf(dbFile: string): string {
  return join(dirname(dbFile), 'kopie')
}
