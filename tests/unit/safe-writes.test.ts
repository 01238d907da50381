// Every file the app writes where the user points — list exports, "Zapisz PDF", reports, the export of
// everything — is refused in Polish when the chosen path is the open database (also through a
// symbolic or hard link), its journal or lock, or a file in kopie/; and it is written under a
// temporary name in the target folder and renamed only when complete, so a full disk never leaves a
// truncated file holding PESELs where the user looks, nor an export folder with half its files.
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { journalPath, lockPath } from '../../src/main/db/data-folder'
import { createAppDispatch, type AppRuntime } from '../../src/main/ipc/handlers'
import type { Dispatch } from '../../src/main/ipc/handle'
import { addParticipant } from '../support/backup-data'
import { looksPolish } from '../support/polish'
import { createTempDatabase, sha256OfFile, type TempDatabase } from '../support/temp-database'
import { createTestPlatform, type TestPlatform } from '../support/test-platform'

/** A full disk under the folder `full.dir`: every write there stops after `full.bytes` with ENOSPC. */
const full = vi.hoisted(() => ({ dir: null as string | null, bytes: 512 }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const onFullDisk = (path: unknown) => full.dir !== null && String(path).startsWith(full.dir)
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
  const writePart = async (path: unknown, data: unknown) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array)
    await real.writeFile(path as string, bytes.subarray(0, full.bytes))
    throw enospc()
  }
  const writeFile: typeof real.writeFile = (path, data, options) =>
    onFullDisk(path) ? writePart(path, data) : real.writeFile(path, data, options)
  const open = (async (path: string, ...rest: unknown[]) => {
    const handle = await (real.open as (...a: unknown[]) => Promise<import('node:fs/promises').FileHandle>)(
      path,
      ...rest,
    )
    if (!onFullDisk(path)) return handle
    return Object.assign(Object.create(handle) as object, {
      writeFile: (data: unknown) => writePart(path, data),
      write: () => Promise.reject(enospc()),
      close: () => handle.close(),
    })
  }) as typeof real.open
  return { ...real, default: { ...real, writeFile, open }, writeFile, open }
})

const PDF = new TextEncoder().encode('%PDF-1.7\n% karta\n')

let temp: TempDatabase
let platform: TestPlatform
let dispatch: Dispatch
let participantId: number

beforeEach(async () => {
  temp = await createTempDatabase()
  participantId = (await addParticipant(temp.database.db, 'Kowalska')).id
  for (let i = 0; i < 40; i++) await addParticipant(temp.database.db, `Nazwisko${i}`)
  platform = { ...createTestPlatform(undefined as never, temp.dir), renderPdf: async () => PDF }
  const runtime: AppRuntime = { database: temp.database, appVersion: 'test', platform }
  dispatch = createAppDispatch(runtime)
})

afterEach(async () => {
  full.dir = null
  await temp.cleanup()
})

const csvExport = () =>
  dispatch('exports:list', {
    list: 'participants',
    format: 'csv',
    filter: { search: '', status: 'wszystkie', targetGroup: null, sortBy: 'name', sortDir: 'asc' },
  })
const pdfSave = () => dispatch('documents:save', { kind: 'karta-uczestnika', participantId })
const reportExport = () =>
  dispatch('reports:export', {
    from: '2025-01-01',
    to: '2025-12-31',
    report: 'roczne',
    format: 'txt',
    compareYears: 0,
  })

const WRITERS = [
  ['a list exported as CSV', csvExport],
  ['"Zapisz PDF" of a participant card', pdfSave],
  ['a report saved as text', reportExport],
] as const

async function expectRefused(answer: Promise<unknown>, pattern: RegExp) {
  const result = (await answer) as { ok: boolean; error?: { code: string; message: string } }
  expect(result.ok).toBe(false)
  expect(result.error!.message).toMatch(pattern)
  expect(looksPolish(result.error!.message), result.error!.message).toBe(true)
  expect(result.error!.code).not.toBe('INTERNAL')
}

describe('saving over the database and its files', () => {
  it.each(WRITERS)(
    'refuses %s to the open database itself, and the database stays as it was',
    async (_what, write) => {
      const before = sha256OfFile(temp.file)
      platform.answers.push(temp.file)
      await expectRefused(write(), /kis\.sqlite.*baz/)
      expect(sha256OfFile(temp.file)).toBe(before)
      expect(temp.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    },
  )

  it('refuses a symbolic link and a hard link to the database, its journal, its lock and a file in kopie/', async () => {
    const before = sha256OfFile(temp.file)
    const elsewhere = join(temp.dir, 'gdzie-indziej')
    mkdirSync(elsewhere)
    const symlink = join(elsewhere, 'lista.csv')
    symlinkSync(temp.file, symlink)
    const hardLink = join(elsewhere, 'karta.pdf')
    linkSync(temp.file, hardLink)
    const kopie = join(temp.dir, 'kopie')
    mkdirSync(kopie)
    const backup = join(kopie, 'kis-reczna-2026-03-05T10-00-00-000Z.sqlite')
    writeFileSync(backup, 'kopia')
    for (const [target, pattern] of [
      [symlink, /baz/],
      [hardLink, /baz/],
      [journalPath(temp.file), /kis\.sqlite-journal/],
      [lockPath(temp.file), /kis\.sqlite\.lock/],
      [backup, /kopie/],
      [join(kopie, 'lista.csv'), /kopie/],
    ] as const) {
      platform.answers.push(target)
      await expectRefused(csvExport(), pattern)
    }
    expect(sha256OfFile(temp.file)).toBe(before)
    expect(readFileSync(backup, 'utf8')).toBe('kopia')
    expect(existsSync(join(kopie, 'lista.csv'))).toBe(false)
  })

  it('still saves beside the database, under the name the user chose', async () => {
    const target = join(temp.dir, 'uczestnicy.csv')
    platform.answers.push(target)
    expect(await csvExport()).toMatchObject({ ok: true, data: { path: target } })
    expect(readFileSync(target, 'utf8')).toContain('Kowalska')
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('a full disk while writing', () => {
  it.each(WRITERS)(
    'leaves no truncated file when %s fails midway, and keeps an older file intact',
    async (_what, write) => {
      const folder = join(temp.dir, 'pendrive')
      mkdirSync(folder)
      full.dir = folder
      const fresh = join(folder, 'nowy-plik')
      platform.answers.push(fresh)
      const result = (await write()) as { ok: boolean; error?: { message: string } }
      expect(readdirSync(folder)).toEqual([])
      expect(result.ok).toBe(false)
      expect(result.error!.message).toMatch(/brak miejsca/i)
      const older = join(folder, 'starszy-plik')
      full.dir = null
      writeFileSync(older, 'poprzednia wersja')
      full.dir = folder
      platform.answers.push(older)
      expect((await write()) as { ok: boolean }).toMatchObject({ ok: false })
      expect(readFileSync(older, 'utf8')).toBe('poprzednia wersja')
      expect(readdirSync(folder)).toEqual([basename(older)])
    },
  )

  it('leaves no half-made folder when the export of everything fails', async () => {
    const parent = join(temp.dir, 'archiwum')
    mkdirSync(parent)
    full.dir = parent
    platform.answers.push(parent)
    const result = (await dispatch('backup:export', undefined)) as {
      ok: boolean
      error?: { message: string }
    }
    expect(readdirSync(parent)).toEqual([])
    expect(result.ok).toBe(false)
    expect(result.error!.message).toMatch(/brak miejsca/i)
    full.dir = null
    platform.answers.push(parent)
    const done = (await dispatch('backup:export', undefined)) as { ok: boolean; data: { folder: string } }
    expect(done).toMatchObject({ ok: true })
    expect(readdirSync(parent)).toEqual([basename(done.data.folder)])
    expect(readdirSync(done.data.folder).sort()).toEqual(['kis-listy.xlsx', 'kis.sqlite'])
  })
})
