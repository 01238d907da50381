// Test helpers: a real database file in a fresh temp folder, and a file fingerprint.
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type AppDatabase } from '../../src/main/db/connection'

export interface TempDir {
  dir: string
  cleanup(): void
}

export interface TempDatabase {
  database: AppDatabase
  dir: string
  file: string
  /** Closes the database (if still open) and removes the folder. */
  cleanup(): Promise<void>
}

export function createTempDir(prefix = 'kis-test-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export async function createTempDatabase(options: { fileName?: string } = {}): Promise<TempDatabase> {
  const temp = createTempDir()
  const file = join(temp.dir, options.fileName ?? 'kis.sqlite')
  let database: AppDatabase
  try {
    database = await openDatabase(file)
  } catch (error) {
    temp.cleanup()
    throw error
  }
  let closed = false
  return {
    database,
    dir: temp.dir,
    file,
    async cleanup() {
      if (!closed) {
        closed = true
        await database.close()
      }
      temp.cleanup()
    },
  }
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}
