// Kopie zapasowe: status, list, manual and automatic backups with retention, restore and its undo,
// export of everything. No Electron here: dialogs come from the Platform, the database from the
// runtime (which a restore swaps), and every swap goes through the runtime's gate.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import {
  BACKUP_STALE_AFTER_DAYS,
  type BackupEntry,
  type BackupProgress,
  type BackupStatus,
  type ListedBackup,
  type RestoreCandidate,
  type RestoreResult,
} from '@shared/backup.schema'
import { dataLocationWarning } from '../db/data-location'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { DomainError } from '../errors'
import { ARCHIVE_SHEETS } from '../exports/archive-sheets'
import { createListLoaders, type ListSources } from '../exports/lists'
import { tablesToXlsx } from '../exports/xlsx'
import { createParticipantsService } from '../participants/participants.service'
import type { Platform } from '../platform/platform'
import { buildFolderWhole, writeWhole } from '../platform/user-files'
import { createSettingsService } from '../settings/settings.service'
import { databaseBaseName, defaultBackupFolder } from './backup-files'
import { describeBackup, listBackups, rememberElsewhere } from './backup-list'
import { checkCandidate } from './file-checks'
import { progressFor } from './progress'
import { restoreOffersFor } from './restore-offers'
import { backupsToKeep } from './retention'
import {
  clearUndoRecord,
  readUndoRecord,
  restoreDatabase,
  writeUndoRecord,
  type DatabaseHolder,
} from './restore'
import { swapGateFor } from './swap-gate'
import { BackupVerificationError, createVerifiedBackup, writeVerifiedCopy } from './verified-copy'

const DAY_MS = 24 * 60 * 60 * 1000

export type BackupService = ReturnType<typeof createBackupService>

export function createBackupService(
  runtime: DatabaseHolder,
  platform: Platform,
  now: () => Date = () => new Date(),
  /** The services behind the lists of "Eksport wszystkiego"; without them only the register is exported. */
  listSources?: () => ListSources,
) {
  const gate = swapGateFor(runtime)
  const progress = progressFor(runtime)
  const offers = restoreOffersFor(runtime)
  const database = () => runtime.database
  const folder = () => defaultBackupFolder(database().file)
  const base = () => databaseBaseName(database().file)

  function backups(): BackupEntry[] {
    return listBackups(folder(), base())
  }

  function good(): BackupEntry[] {
    return backups().filter((entry) => entry.verified && entry.available)
  }

  /** The newest good backup made by now: one stamped later (the clock was wrong) is no proof of a recent copy. */
  function lastGood(): BackupEntry | null {
    return good().find((entry) => !isFuture(entry)) ?? null
  }

  function isFuture(entry: BackupEntry): boolean {
    return new Date(entry.createdAt).getTime() > now().getTime()
  }

  /** A manual or automatic copy of the live database, verified, with Polish errors. */
  async function backupTo(
    target: string,
    kind: 'reczna' | 'automatyczna' | 'przed-importem',
  ): Promise<BackupEntry> {
    try {
      const copy = await progress.run('kopia', (step) =>
        createVerifiedBackup(database().sqlite, {
          dbFile: database().file,
          folder: target,
          kind,
          at: now(),
          onProgress: step(0, 100),
        }),
      )
      return describeBackup(copy.path, base())
    } catch (error) {
      throw backupError(error, target)
    }
  }

  async function pruneAutomatic(): Promise<void> {
    const { backupRetention } = await createSettingsService(database().db).get()
    const automatic = backups().filter(
      (e) => e.kind === 'automatyczna' && e.verified && resolve(e.folder) === resolve(folder()),
    )
    const keep = backupsToKeep(automatic, backupRetention)
    for (const entry of automatic) if (!keep.has(entry.path)) rmSync(entry.path, { force: true })
  }

  /** The automatic backup: only when the last good one is a day old or more. */
  async function backupIfDue(): Promise<BackupEntry | null> {
    const last = lastGood()
    if (last && now().getTime() - new Date(last.createdAt).getTime() < DAY_MS) return null
    const entry = await backupTo(folder(), 'automatyczna')
    await pruneAutomatic()
    return entry
  }

  function swap(path: string): Promise<RestoreResult> {
    return gate.exclusive(() =>
      progress.run('przywracanie', (step) => restoreDatabase(runtime, path, { now, step })),
    )
  }

  return {
    status(): BackupStatus {
      const last = lastGood()
      const ageMs = last ? now().getTime() - new Date(last.createdAt).getTime() : null
      const futureBackup = good().find(isFuture) ?? null
      const undo = readUndoRecord(database().file)
      return {
        dbPath: database().file,
        dbSizeBytes: statSync(database().file).size,
        defaultFolder: folder(),
        lastGood: last,
        lastGoodAgeDays: ageMs === null ? null : Math.floor(ageMs / DAY_MS),
        stale: ageMs === null || ageMs > BACKUP_STALE_AFTER_DAYS * DAY_MS || futureBackup !== null,
        futureBackup,
        undo: undo && {
          restoredFrom: undo.restoredFrom,
          restoredAt: undo.restoredAt,
          safetyCopy: undo.safetyCopy,
        },
        locationWarning: dataLocationWarning(database().file, process.env),
      }
    },

    /** The backups, each with the token that restores it. */
    list(): ListedBackup[] {
      return backups().map((entry) => ({ ...entry, token: offers.offer(entry.path) }))
    },

    progress(): BackupProgress {
      return progress.current()
    },

    /** "Utwórz kopię teraz": to a folder the user picks, the `kopie` folder offered first. */
    async create(): Promise<{ cancelled: true } | { cancelled: false; backup: BackupEntry }> {
      mkdirSync(folder(), { recursive: true })
      const chosen = await platform.chooseFolder(folder())
      if (!chosen) return { cancelled: true }
      if (!existsSync(chosen) || !statSync(chosen).isDirectory()) {
        throw new DomainError(
          'NOT_FOUND',
          `Folder ${chosen} nie istnieje. Wybierz inny folder (np. pendrive).`,
        )
      }
      const backup = await backupTo(chosen, 'reczna')
      if (resolve(chosen) !== resolve(folder())) rememberElsewhere(folder(), backup.path)
      return { cancelled: false, backup }
    },

    backupIfDue,

    /**
     * The daily backup started after the window is shown: admitted like an IPC call, so a restore or
     * closing the app waits for the copy instead of swapping the database under it.
     */
    backupIfDueWhileOpen(): Promise<BackupEntry | null> {
      return gate.admit(backupIfDue)
    },

    /** The verified copy an import makes just before it writes (no copy, no import). */
    backupBeforeImport(): Promise<BackupEntry> {
      return backupTo(folder(), 'przed-importem')
    },

    /** Asks for a file and checks it (read-only) before the user confirms the restore. */
    async chooseRestoreFile(): Promise<
      { cancelled: true } | { cancelled: false; candidate: RestoreCandidate }
    > {
      const path = await platform.chooseOpenPath([
        { name: 'Kopia bazy KIS', extensions: ['sqlite', 'db', 'bak'] },
        { name: 'Wszystkie pliki', extensions: ['*'] },
      ])
      if (!path) return { cancelled: true }
      const facts = await checkCandidate(path, { currentDatabase: database().file })
      return {
        cancelled: false,
        candidate: {
          token: offers.offer(path),
          path,
          fileName: basename(path),
          sizeBytes: facts.sizeBytes,
          modifiedAt: facts.modifiedAt,
          schemaVersion: facts.schemaVersion,
          willUpgrade: facts.schemaVersion < LATEST_SCHEMA_VERSION,
          rowCounts: facts.rowCounts,
        },
      }
    },

    /** backup:restore: only a file main offered (the list, the file dialog). */
    restoreOffered(token: string): Promise<RestoreResult> {
      const path = offers.pathOf(token)
      if (!path) {
        throw new DomainError(
          'NOT_FOUND',
          'Tej kopii program nie proponował albo już jej nie zna — odśwież listę kopii albo wskaż plik ponownie („Przywróć z pliku…”).',
        )
      }
      return this.restore(path)
    },

    async restore(path: string): Promise<RestoreResult> {
      const result = await swap(path)
      writeUndoRecord({
        dbFile: database().file,
        safetyCopy: result.safetyCopy,
        restoredFrom: path,
        restoredAt: now().toISOString(),
      })
      return result
    },

    /** "Cofnij przywracanie": the safety copy made before the last restore goes back. */
    async undoRestore(): Promise<RestoreResult> {
      const undo = readUndoRecord(database().file)
      if (!undo) {
        throw new DomainError(
          'NOT_FOUND',
          'Nie ma przywracania do cofnięcia (albo jego kopia bezpieczeństwa zniknęła).',
        )
      }
      const result = await swap(undo.safetyCopy)
      clearUndoRecord(database().file)
      return result
    },

    showDatabase(): void {
      platform.showInFolder(database().file)
    },

    /** A folder with a verified SQLite copy and an XLSX of the main lists, for the office's archive. */
    async exportAll(): Promise<{ cancelled: true } | { cancelled: false; folder: string; files: string[] }> {
      const chosen = await platform.chooseFolder(folder())
      if (!chosen) return { cancelled: true }
      const target = uniqueFolder(chosen, `KIS-eksport-${localStamp(now())}`)
      const files = [join(target, `${base()}.sqlite`), join(target, `${base()}-listy.xlsx`)]
      try {
        return await progress.run('eksport', (step) =>
          // Built under a temporary name: a failure leaves no folder with half the files.
          buildFolderWhole(target, async (building) => {
            await writeVerifiedCopy(database().sqlite, join(building, basename(files[0]!)), step(0, 80))
            const lists = createListLoaders(
              listSources?.() ?? { participants: createParticipantsService(database().db) },
            )
            const sheets = listSources ? ARCHIVE_SHEETS : ARCHIVE_SHEETS.slice(0, 1)
            const tables = []
            for (const sheet of sheets) tables.push(await sheet(lists))
            await writeWhole(join(building, basename(files[1]!)), await tablesToXlsx(tables))
            step(80, 100)(1, 1)
            return { cancelled: false as const, folder: target, files }
          }),
        )
      } catch (error) {
        throw backupError(error, target)
      }
    },

    /** On quitting: the daily backup if due, then the connection closes; later calls are refused. */
    async closeForShutdown(log: (message: string, error: unknown) => void): Promise<void> {
      // A restore under way finishes first: quitting must not cut a swap in half.
      while (gate.swapping) await new Promise((resolve) => setTimeout(resolve, 50))
      if (gate.closed) return
      return gate.exclusive(
        async () => {
          try {
            await backupIfDue()
          } catch (error) {
            log('Automatyczna kopia przy zamykaniu nie powiodła się', error)
          }
          await database().close()
        },
        { final: true },
      )
    },
  }
}

function backupError(error: unknown, folder: string): DomainError {
  if (error instanceof DomainError) return error
  if (error instanceof BackupVerificationError) {
    return new DomainError(
      'INTERNAL',
      `${error.message} Kopia nie została zachowana — spróbuj ponownie albo wybierz inny folder.`,
    )
  }
  return new DomainError(
    'INTERNAL',
    `Nie udało się zapisać kopii w folderze ${folder} (brak miejsca, brak uprawnień albo nośnik został odłączony). Baza nie została zmieniona.`,
  )
}

function localStamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}_${p(at.getHours())}-${p(at.getMinutes())}`
}

function uniqueFolder(parent: string, name: string): string {
  let target = join(parent, name)
  for (let i = 2; existsSync(target); i++) target = join(parent, `${name}-${i}`)
  return target
}
