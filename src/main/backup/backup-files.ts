// Where backups go and what their names mean. The name is the backup's metadata: a file with a
// backup name appears only after its copy passed verification (it is written under a temporary
// name and renamed afterwards), so the folder never shows a half-made or unchecked copy as a backup.
import { existsSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { BackupKind } from '@shared/backup.schema'
import { backupFolderOf } from '../db/data-folder'

/** The default backup folder: `kopie` beside the database. */
export const defaultBackupFolder = backupFolderOf

export function databaseBaseName(dbFile: string): string {
  return basename(dbFile, extname(dbFile))
}

export type NamedKind = Exclude<BackupKind, 'inna'>

const LABEL: Record<Exclude<NamedKind, 'przed-migracja'>, string> = {
  automatyczna: 'automatyczna',
  reczna: 'reczna',
  'przed-przywroceniem': 'przed-przywroceniem',
  'przed-importem': 'przed-importem',
}

export function backupLabel(kind: NamedKind, fromVersion?: number): string {
  return kind === 'przed-migracja' ? `przed-migracja-v${fromVersion ?? 0}` : LABEL[kind]
}

/**
 * The moment in the office's local time with its offset, safe in Windows file names: in Warsaw
 * 2026-03-05T10:20:30.456Z → 2026-03-05_11-20-30-456+0100 — what the coordinator's clock showed, and
 * still one exact instant.
 */
export function fileStamp(at: Date): string {
  const p = (n: number, width = 2) => String(n).padStart(width, '0')
  const offset = -at.getTimezoneOffset()
  const sign = offset < 0 ? '-' : '+'
  const zone = `${sign}${p(Math.floor(Math.abs(offset) / 60))}${p(Math.abs(offset) % 60)}`
  return (
    `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}_` +
    `${p(at.getHours())}-${p(at.getMinutes())}-${p(at.getSeconds())}-${p(at.getMilliseconds(), 3)}${zone}`
  )
}

/** `<base>-<label>-<stamp>.sqlite`, with -2, -3… when a copy was made at the same moment. */
export function uniqueBackupPath(folder: string, base: string, label: string, at: Date): string {
  const first = join(folder, `${base}-${label}-${fileStamp(at)}.sqlite`)
  let target = first
  for (let i = 2; existsSync(target); i++) target = first.replace(/\.sqlite$/, `-${i}.sqlite`)
  return target
}

export interface ParsedBackupName {
  base: string
  kind: NamedKind
  fromVersion: number | null
  createdAt: string
}

// Local time with its offset (…_11-20-30-456+0100), or UTC as the first backups were named (…T10-20-30-456Z).
const NAME =
  /^(.+)-(automatyczna|reczna|przed-przywroceniem|przed-importem|przed-migracja-v(\d+))-(\d{4}-\d{2}-\d{2})[T_](\d{2})-(\d{2})-(\d{2})-(\d{3})(Z|[+-]\d{4})(?:-\d+)?\.sqlite$/

export function parseBackupName(fileName: string): ParsedBackupName | null {
  const m = NAME.exec(fileName)
  if (!m) return null
  const zone = m[9] === 'Z' ? 'Z' : `${m[9]!.slice(0, 3)}:${m[9]!.slice(3)}`
  const moment = new Date(`${m[4]}T${m[5]}:${m[6]}:${m[7]}.${m[8]}${zone}`)
  if (Number.isNaN(moment.getTime())) return null
  const createdAt = moment.toISOString()
  const label = m[2]!
  return {
    base: m[1]!,
    kind: label.startsWith('przed-migracja') ? 'przed-migracja' : (label as NamedKind),
    fromVersion: m[3] === undefined ? null : Number(m[3]),
    createdAt,
  }
}

/** A copy in progress: hidden, never listed, removed when its verification fails. */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp`)
}
