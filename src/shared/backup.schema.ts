// Backups and restore as the Kopie zapasowe screen sees them.
import { z } from './zod-pl'

export const BACKUP_KINDS = [
  'automatyczna',
  'reczna',
  'przed-migracja',
  'przed-przywroceniem',
  'przed-importem',
  'inna',
] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  automatyczna: 'automatyczna',
  reczna: 'ręczna',
  'przed-migracja': 'przed aktualizacją programu',
  'przed-przywroceniem': 'przed przywróceniem',
  'przed-importem': 'przed importem z Excela',
  inna: 'plik dodany ręcznie',
}

/** The warning banner appears when the last good backup is older than this. */
export const BACKUP_STALE_AFTER_DAYS = 7

export const backupEntry = z.object({
  path: z.string(),
  fileName: z.string(),
  folder: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** ISO timestamp: from the name for the app's own copies, the file's time for others. */
  createdAt: z.string(),
  sizeBytes: z.number().int().min(0),
  schemaVersion: z.number().int().nullable(),
  /** Made and checked by the program, and its header still checks out. */
  verified: z.boolean(),
  /** False when the file is gone (e.g. a USB stick that is not plugged in). */
  available: z.boolean(),
})
export type BackupEntry = z.infer<typeof backupEntry>

export const undoInfo = z.object({
  restoredFrom: z.string(),
  restoredAt: z.string(),
  safetyCopy: z.string(),
})

export const backupStatus = z.object({
  dbPath: z.string(),
  dbSizeBytes: z.number().int().min(0),
  defaultFolder: z.string(),
  lastGood: backupEntry.nullable(),
  lastGoodAgeDays: z.number().int().min(0).nullable(),
  /** The warning banner shows: no good backup made by now, the last one older than a week, or one from the future. */
  stale: z.boolean(),
  /** The newest good backup stamped later than now (the clock was wrong when it was made, or is now). */
  futureBackup: backupEntry.nullable(),
  undo: undoInfo.nullable(),
  /** The database sits on a network share, a synced folder or a profile that may roam. */
  locationWarning: z.string().nullable(),
})
export type BackupStatus = z.infer<typeof backupStatus>

/** A backup as the list shows it: with the token backup:restore accepts for it. */
export const listedBackup = backupEntry.extend({ token: z.string() })
export type ListedBackup = z.infer<typeof listedBackup>

export const backupList = z.object({ backups: z.array(listedBackup) })

const cancelled = z.object({ cancelled: z.literal(true) })

export const backupCreateResult = z.discriminatedUnion('cancelled', [
  cancelled,
  z.object({ cancelled: z.literal(false), backup: backupEntry }),
])

export const restoreCandidate = z.object({
  /** What backup:restore accepts for this file. */
  token: z.string(),
  path: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int().min(0),
  modifiedAt: z.string(),
  schemaVersion: z.number().int(),
  /** The file is from an older version of the program and will be upgraded after restoring. */
  willUpgrade: z.boolean(),
  rowCounts: z.record(z.string(), z.number().int().min(0)),
})
export type RestoreCandidate = z.infer<typeof restoreCandidate>

export const chooseRestoreFileResult = z.discriminatedUnion('cancelled', [
  cancelled,
  z.object({ cancelled: z.literal(false), candidate: restoreCandidate }),
])

/** A token from backup:list or backup:pick — never a path (main restores only what it offered). */
export const restoreInput = z.strictObject({
  token: z.uuid('Wybierz kopię z listy albo wskaż plik przyciskiem „Przywróć z pliku…”.'),
})

export const restoreResult = z.object({
  restoredFrom: z.string(),
  safetyCopy: z.string(),
  schemaVersion: z.number().int(),
  upgradedFrom: z.number().int().nullable(),
})
export type RestoreResult = z.infer<typeof restoreResult>

export const BACKUP_OPERATIONS = ['kopia', 'przywracanie', 'eksport'] as const
export const backupProgress = z
  .object({ operation: z.enum(BACKUP_OPERATIONS), percent: z.number().min(0).max(100) })
  .nullable()
export type BackupProgress = z.infer<typeof backupProgress>

export const exportResult = z.discriminatedUnion('cancelled', [
  cancelled,
  z.object({ cancelled: z.literal(false), folder: z.string(), files: z.array(z.string()) }),
])

const keep = (what: string) =>
  z
    .number({ error: `Podaj liczbę kopii ${what}.` })
    .int(`Liczba kopii ${what} musi być całkowita.`)
    .min(0, `Liczba kopii ${what} nie może być ujemna.`)
    .max(120, `Najwyżej 120 kopii ${what}.`)

/** How many automatic backups to keep: the newest of each of the last N days, weeks and months. */
export const backupRetention = z.strictObject({
  daily: keep('dziennych'),
  weekly: keep('tygodniowych'),
  monthly: keep('miesięcznych'),
})
export type BackupRetention = z.infer<typeof backupRetention>

export const DEFAULT_BACKUP_RETENTION: BackupRetention = { daily: 7, weekly: 4, monthly: 12 }

/** 512 B, 4,0 kB, 12,3 MB, 1,2 GB — Polish decimal comma. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1).replace('.', ',')} ${units[unit]}`
}
