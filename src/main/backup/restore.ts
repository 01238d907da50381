// Restoring a file over the open database, in an order that never loses the current data:
// check the file (on a staging copy beside the database), save a verified safety copy of the
// current database, close the connection, swap the file with a rename, reopen (migrating an
// older copy). A refusal leaves the current file untouched; a failure after closing puts it back.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import type { RestoreResult } from '@shared/backup.schema'
import type { AppDatabase } from '../db/connection'
import { DomainError } from '../errors'
import { defaultBackupFolder } from './backup-files'
import { checkCandidate } from './file-checks'
import type { StepReporter } from './progress'
import { openAppDatabase } from './open-database'
import { createVerifiedBackup } from './verified-copy'

export interface DatabaseHolder {
  database: AppDatabase
}

export async function restoreDatabase(
  holder: DatabaseHolder,
  source: string,
  options: { now: () => Date; step?: StepReporter },
): Promise<RestoreResult> {
  const current = holder.database
  const file = current.file
  const staging = siblingTemporary(file, 'przywracanie')
  try {
    const facts = await checkCandidate(source, {
      currentDatabase: file,
      staging,
      onProgress: options.step?.(0, 45),
    })
    const safety = await createVerifiedBackup(current.sqlite, {
      dbFile: file,
      folder: defaultBackupFolder(file),
      kind: 'przed-przywroceniem',
      at: options.now(),
      onProgress: options.step?.(45, 90),
    })
    // A journal beside the file would be rolled back into the new file when it is opened.
    if (existsSync(`${file}-journal`)) {
      throw new DomainError(
        'CONFLICT',
        `Obok bazy leży plik „${basename(file)}-journal” (niedokończony zapis), więc przywracanie zostało przerwane. Bieżąca baza nie została zmieniona.`,
      )
    }
    await current.close()
    try {
      renameSync(staging, file)
    } catch {
      holder.database = await openAppDatabase(file, options.now)
      throw new DomainError(
        'INTERNAL',
        'Nie udało się podmienić pliku bazy (może blokuje go inny program, np. antywirus). Bieżąca baza nie została zmieniona.',
      )
    }
    try {
      holder.database = await openAppDatabase(file, options.now)
    } catch (error) {
      const back = siblingTemporary(file, 'cofanie')
      copyFileSync(safety.path, back)
      renameSync(back, file)
      holder.database = await openAppDatabase(file, options.now)
      const reason = error instanceof Error ? error.message : String(error)
      throw new DomainError(
        'INTERNAL',
        `Przywrócona kopia nie dała się otworzyć (${reason}), więc przywrócono poprzedni stan bazy z kopii ${basename(safety.path)}.`,
      )
    }
    options.step?.(90, 100)(1, 1)
    return {
      restoredFrom: source,
      safetyCopy: safety.path,
      schemaVersion: holder.database.schemaVersion,
      upgradedFrom: holder.database.preMigrationCopy ? facts.schemaVersion : null,
    }
  } finally {
    rmSync(staging, { force: true })
  }
}

function siblingTemporary(file: string, purpose: string): string {
  return join(dirname(file), `.${basename(file)}.${purpose}-${randomUUID()}.tmp`)
}

/** What "Cofnij przywracanie" needs, kept beside the backups so it survives a restart. */
const UNDO_FILE = 'ostatnie-przywracanie.json'

const undoRecord = z.object({
  dbFile: z.string(),
  safetyCopy: z.string(),
  restoredFrom: z.string(),
  restoredAt: z.string(),
})
export type UndoRecord = z.infer<typeof undoRecord>

export function writeUndoRecord(record: UndoRecord): void {
  writeFileSync(join(defaultBackupFolder(record.dbFile), UNDO_FILE), JSON.stringify(record, null, 2))
}

export function readUndoRecord(dbFile: string): UndoRecord | null {
  try {
    const parsed = undoRecord.safeParse(
      JSON.parse(readFileSync(join(defaultBackupFolder(dbFile), UNDO_FILE), 'utf8')),
    )
    if (!parsed.success || parsed.data.dbFile !== dbFile || !existsSync(parsed.data.safetyCopy)) return null
    return parsed.data
  } catch {
    return null
  }
}

export function clearUndoRecord(dbFile: string): void {
  rmSync(join(defaultBackupFolder(dbFile), UNDO_FILE), { force: true })
}
