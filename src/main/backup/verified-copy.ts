// A backup counts only once it has been reopened and checked: the online copy is written under a
// temporary name, verified read-only, and only then renamed to its final name.
import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import { copyLiveDatabase, type CopyProgress, type LiveDatabase } from '../db/sqlite-files'
import { checkContent, RefusedFile, type ContentFacts } from './file-checks'
import {
  backupLabel,
  databaseBaseName,
  temporaryPath,
  uniqueBackupPath,
  type NamedKind,
} from './backup-files'

export class BackupVerificationError extends Error {
  override name = 'BackupVerificationError'
  constructor(
    readonly target: string,
    readonly refusal: RefusedFile,
  ) {
    super(`Kopia ${basename(target)} nie przeszła sprawdzenia: ${refusal.message}`)
  }
}

export interface VerifiedCopy extends ContentFacts {
  path: string
}

/** Copies the live database to `target` and verifies the copy; on failure nothing is left behind. */
export async function writeVerifiedCopy(
  source: LiveDatabase,
  target: string,
  onProgress?: CopyProgress,
  check: 'full' | 'quick' = 'quick',
): Promise<VerifiedCopy> {
  const temporary = temporaryPath(target)
  try {
    await copyLiveDatabase(source, temporary, onProgress)
    const facts = await checkContent(temporary, basename(target), check, true)
    renameSync(temporary, target)
    return { path: target, ...facts }
  } catch (error) {
    rmSync(temporary, { force: true })
    if (error instanceof RefusedFile) throw new BackupVerificationError(target, error)
    throw error
  }
}

export interface BackupRequest {
  dbFile: string
  folder: string
  kind: NamedKind
  at: Date
  /** For copies made before a migration: the version being left. */
  fromVersion?: number
  onProgress?: CopyProgress
}

/** A verified backup named `<base>-<kind>-<time>.sqlite` in `folder` (created when missing). */
export function createVerifiedBackup(source: LiveDatabase, request: BackupRequest): Promise<VerifiedCopy> {
  mkdirSync(request.folder, { recursive: true })
  const label = backupLabel(request.kind, request.fromVersion)
  const target = uniqueBackupPath(request.folder, databaseBaseName(request.dbFile), label, request.at)
  // A routine copy of our own database gets quick_check (every page read and checked, indexes not
  // matched against their tables), which keeps it near a plain copy's time; the copy a migration
  // depends on gets the full integrity_check, as does any file from outside (restore).
  const check = request.kind === 'przed-migracja' ? 'full' : 'quick'
  return writeVerifiedCopy(source, target, request.onProgress, check)
}
