// The list of backups, read from the folder each time: names say what a copy is and when it was
// made, the header says whether it still looks like a complete copy of our database.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { BackupEntry } from '@shared/backup.schema'
import { APPLICATION_ID } from '../db/application-id'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { parseBackupName } from './backup-files'
import { expectedSize, parseSqliteHeader, readFileStart } from './sqlite-header'

/** Backups made with "Utwórz kopię teraz" outside the default folder (e.g. on a USB stick). */
const ELSEWHERE_FILE = 'kopie-w-innych-miejscach.json'
const ELSEWHERE_LIMIT = 100

export function describeBackup(path: string, databaseBase: string): BackupEntry {
  const fileName = basename(path)
  const parsed = parseBackupName(fileName)
  const ours = parsed !== null && parsed.base === databaseBase
  let sizeBytes = 0
  let modifiedAt: string | null = null
  try {
    const stats = statSync(path)
    sizeBytes = stats.size
    modifiedAt = stats.mtime.toISOString()
  } catch {
    // Gone (or on a stick that is not plugged in): listed as unavailable.
  }
  const header = modifiedAt !== null ? headerCheck(path, sizeBytes) : null
  return {
    path,
    fileName,
    folder: dirname(path),
    kind: ours ? parsed.kind : 'inna',
    createdAt: ours ? parsed.createdAt : (modifiedAt ?? new Date(0).toISOString()),
    sizeBytes,
    schemaVersion: header?.userVersion ?? null,
    verified: ours && header !== null && header.ok,
    available: modifiedAt !== null,
  }
}

/** The header of a backup still says: complete SQLite file, our application, a version we know. */
function headerCheck(path: string, size: number): { ok: boolean; userVersion: number | null } | null {
  try {
    const reading = parseSqliteHeader(readFileStart(path))
    if (reading.kind !== 'sqlite') return { ok: false, userVersion: null }
    const { header } = reading
    const needed = expectedSize(header)
    const ok =
      header.applicationId === APPLICATION_ID &&
      header.userVersion >= 1 &&
      header.userVersion <= LATEST_SCHEMA_VERSION &&
      !header.wal &&
      (needed === null ? size % header.pageSize === 0 : size >= needed) &&
      !existsSync(`${path}-journal`)
    return { ok, userVersion: header.applicationId === APPLICATION_ID ? header.userVersion : null }
  } catch {
    return null
  }
}

/** Every backup in the folder and those remembered elsewhere, newest first. */
export function listBackups(folder: string, databaseBase: string): BackupEntry[] {
  const paths = new Set<string>()
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      if (name.startsWith('.') || !/\.sqlite$/i.test(name)) continue
      paths.add(resolve(folder, name))
    }
  }
  for (const path of readElsewhere(folder)) paths.add(resolve(path))
  return [...paths]
    .map((path) => describeBackup(path, databaseBase))
    .filter((entry) => entry.available || entry.kind !== 'inna')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

function readElsewhere(folder: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, ELSEWHERE_FILE), 'utf8'))
    const paths = (parsed as { paths?: unknown }).paths
    return Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : []
  } catch {
    return []
  }
}

export function rememberElsewhere(folder: string, path: string): void {
  const paths = [resolve(path), ...readElsewhere(folder).filter((p) => resolve(p) !== resolve(path))]
  writeFileSync(
    join(folder, ELSEWHERE_FILE),
    JSON.stringify({ paths: paths.slice(0, ELSEWHERE_LIMIT) }, null, 2),
  )
}
