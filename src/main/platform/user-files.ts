// Every file the app writes where the user points (list exports, "Zapisz PDF", reports, the export
// of everything) goes through here: refused when it would land on an open database, its journal or
// lock, or a file in its backup folder (also through a symbolic or hard link); written under a
// temporary name in the target folder and renamed only when complete, so a full disk or a failure
// never leaves a truncated file holding PESELs where the user expects the whole one.
import { randomUUID } from 'node:crypto'
import { realpathSync, statSync } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { backupFolderOf, journalPath, lockPath } from '../db/data-folder'
import { openDatabaseFiles } from '../db/open-databases'
import { DomainError } from '../errors'

/** Throws a Polish refusal when `target` is one of the open databases' own files. */
export function refuseDatabaseFiles(target: string): void {
  const name = basename(target)
  for (const file of openDatabaseFiles()) {
    if (sameFile(target, file)) {
      throw refusal(
        `„${name}” to plik bazy danych programu (${basename(file)}) — zapis w tym miejscu zniszczyłby bazę. Wybierz inną nazwę pliku albo inny folder.`,
      )
    }
    for (const own of [journalPath(file), lockPath(file)]) {
      if (samePath(target, own) || sameFile(target, own)) {
        throw refusal(
          `„${basename(own)}” to plik roboczy bazy danych ${basename(file)} — nie można w nim niczego zapisać. Wybierz inną nazwę pliku.`,
        )
      }
    }
    if (samePath(realFolder(dirname(target)), realFolder(backupFolderOf(file)))) {
      throw refusal(
        `Folder „kopie” obok bazy jest zarezerwowany na kopie zapasowe — zapisz plik „${name}” w innym folderze.`,
      )
    }
  }
}

/** Writes a file the user asked for: checked, then written whole or not at all. */
export async function saveUserFile(target: string, content: string | Uint8Array): Promise<void> {
  refuseDatabaseFiles(target)
  await writeWhole(target, content)
}

/** Writes `content` under a temporary name beside `target`, synced, then renamed over it. */
export async function writeWhole(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`)
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw writeFailure(target, error)
  }
}

/**
 * Builds a folder under a temporary name beside `target` and renames it only when `fill` finished,
 * so a failure leaves no half-filled folder behind.
 */
export async function buildFolderWhole<T>(target: string, fill: (folder: string) => Promise<T>): Promise<T> {
  refuseDatabaseFiles(join(target, 'x'))
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`)
  try {
    await mkdir(temporary)
    const result = await fill(temporary)
    await rename(temporary, target)
    return result
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error instanceof DomainError ? error : writeFailure(target, error)
  }
}

function refusal(message: string): DomainError {
  return new DomainError('INVALID_INPUT', message)
}

const CAUSES: Record<string, string> = {
  ENOSPC: 'brak miejsca na dysku',
  EDQUOT: 'przekroczony limit miejsca na dysku',
  EACCES: 'brak uprawnień do zapisu albo plik jest otwarty w innym programie',
  EPERM: 'brak uprawnień do zapisu albo plik jest otwarty w innym programie',
  EBUSY: 'plik jest otwarty w innym programie',
  EROFS: 'nośnik jest tylko do odczytu',
  ENOENT: 'folder nie istnieje (np. odłączony pendrive)',
  EEXIST: 'istnieje już plik o tej nazwie',
  SQLITE_FULL: 'brak miejsca na dysku',
}

function writeFailure(target: string, error: unknown): DomainError {
  if (error instanceof DomainError) return error
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined
  const cause = (typeof code === 'string' && CAUSES[code]) || 'błąd zapisu na dysku'
  return new DomainError(
    'INTERNAL',
    `Nie udało się zapisać pliku ${target}: ${cause}. Nic nie zostało zapisane — zwolnij miejsce albo wybierz inny folder i spróbuj ponownie.`,
  )
}

/** The same file on disk, however it is reached (symbolic or hard link). */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a, { bigint: true }), statSync(b, { bigint: true })]
    return x.ino !== 0n && x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}

function samePath(a: string, b: string): boolean {
  const [x, y] = [resolve(a), resolve(b)]
  return process.platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y
}

function realFolder(folder: string): string {
  try {
    return realpathSync(folder)
  } catch {
    return resolve(folder)
  }
}
