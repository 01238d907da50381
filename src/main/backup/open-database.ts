// The app's way to open its database: db/ opens, locks and migrates, and backup/ supplies the verified
// copy made before any migration touches an existing file — no verified copy, no migration.
import { basename } from 'node:path'
import { DatabaseOpenError, openDatabase, type AppDatabase } from '../db/connection'
import { backupFolderOf } from '../db/data-folder'
import { BackupVerificationError, createVerifiedBackup } from './verified-copy'

export function openAppDatabase(file: string, now: () => Date = () => new Date()): Promise<AppDatabase> {
  return openDatabase(file, {
    async backupBeforeMigration(sqlite, fromVersion) {
      try {
        const copy = await createVerifiedBackup(sqlite, {
          dbFile: file,
          folder: backupFolderOf(file),
          kind: 'przed-migracja',
          fromVersion,
          at: now(),
        })
        return copy.path
      } catch (error) {
        const reason = error instanceof BackupVerificationError ? error.refusal.message : String(error)
        throw new DatabaseOpenError(
          `Nie udało się zrobić sprawdzonej kopii bazy ${basename(file)} przed aktualizacją, więc baza nie została zaktualizowana ani zmieniona. ${reason}`,
        )
      }
    },
  })
}
