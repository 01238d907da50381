import { randomUUID } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addParticipant, lastNames } from '../../../tests/support/backup-data'
import { createTempDatabase, sha256OfFile, type TempDatabase } from '../../../tests/support/temp-database'
import { createTestPlatform, type TestPlatform } from '../../../tests/support/test-platform'
import { createAppDispatch, type AppRuntime } from '../ipc/handlers'
import { fileStamp } from './backup-files'
import { createBackupService, type BackupService } from './backup.service'
import { swapGateFor } from './swap-gate'

let temp: TempDatabase
let runtime: AppRuntime
let platform: TestPlatform
let clock: Date
let service: BackupService

const HOUR = 3600 * 1000
const DAY = 24 * HOUR

beforeEach(async () => {
  temp = await createTempDatabase()
  platform = createTestPlatform(undefined as never, temp.dir)
  runtime = { database: temp.database, appVersion: 'test', platform }
  clock = new Date('2026-03-05T10:00:00.000Z')
  service = createBackupService(runtime, platform, () => clock)
})

afterEach(async () => {
  if (runtime.database.sqlite.open) await runtime.database.close()
  rmSync(temp.dir, { recursive: true, force: true })
})

const kopie = () => join(temp.dir, 'kopie')

describe('making backups', () => {
  it('makes a verified copy in the folder picked (kopie offered first) and lists it', async () => {
    await addParticipant(runtime.database.db, 'Nowak')
    platform.answers.push(kopie())
    const result = await service.create()
    expect(result.cancelled).toBe(false)
    if (result.cancelled) return
    expect(result.backup).toMatchObject({ kind: 'reczna', verified: true, available: true, folder: kopie() })
    expect(result.backup.fileName).toBe(
      `kis-reczna-${fileStamp(new Date('2026-03-05T10:00:00.000Z'))}.sqlite`,
    )
    expect(service.list().map((b) => b.fileName)).toEqual([result.backup.fileName])
    // Only the finished copy is left: no temporary file, no journal.
    expect(readdirSync(kopie())).toEqual([result.backup.fileName])
  })

  it('does nothing when the folder dialog is cancelled', async () => {
    expect(await service.create()).toEqual({ cancelled: true })
    expect(service.list()).toEqual([])
  })

  it('remembers a copy made elsewhere (a USB stick) and shows it as unavailable when the stick is gone', async () => {
    const stick = join(temp.dir, 'pendrive')
    mkdirSync(stick)
    platform.answers.push(stick)
    const result = await service.create()
    if (result.cancelled) throw new Error('cancelled')
    expect(service.list()[0]).toMatchObject({ path: result.backup.path, verified: true, available: true })
    expect(service.status().lastGood?.path).toBe(result.backup.path)
    rmSync(stick, { recursive: true })
    expect(service.list()[0]).toMatchObject({ path: result.backup.path, verified: false, available: false })
    expect(service.status().lastGood).toBeNull()
  })

  it('reports progress while copying a large database', async () => {
    const big = 'x'.repeat(3000)
    const insert = runtime.database.sqlite.prepare(
      'INSERT INTO settings (key, value) VALUES (?, json_quote(?))',
    )
    runtime.database.sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`filler-${i}`, big)
    })()
    platform.answers.push(kopie())
    const seen: number[] = []
    const pending = service.create()
    while (
      !(await Promise.race([pending.then(() => true), new Promise((r) => setImmediate(() => r(false)))]))
    ) {
      const progress = service.progress()
      if (progress) seen.push(progress.percent)
    }
    await pending
    console.log(`backup progress: ${seen.length} readings, ${[...new Set(seen)].length} distinct values`)
    // The copy's steps come from the worker thread (each step is tested in db/facts-thread.test.ts);
    // how many of them a poll catches depends on the machine's load.
    expect(seen.length).toBeGreaterThan(0)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(service.progress()).toBeNull()
  })

  it('refuses a folder that does not exist, in Polish', async () => {
    const missing = join(temp.dir, 'nie-ma')
    platform.answers.push(missing)
    await expect(service.create()).rejects.toThrow(/nie istnieje/)
  })
})

describe('automatic backups and retention', () => {
  it('makes one when none exists or the last good one is a day old, not more often', async () => {
    expect(await service.backupIfDue()).toMatchObject({ kind: 'automatyczna', verified: true })
    clock = new Date(clock.getTime() + 23 * HOUR)
    expect(await service.backupIfDue()).toBeNull()
    clock = new Date(clock.getTime() + 2 * HOUR)
    expect(await service.backupIfDue()).toMatchObject({ kind: 'automatyczna' })
    expect(service.list()).toHaveLength(2)
  })

  it('keeps 7 daily, 4 weekly and 12 monthly automatic backups (settings), never manual ones', async () => {
    platform.answers.push(kopie())
    await service.create()
    const start = clock.getTime()
    for (let day = 0; day < 400; day++) {
      clock = new Date(start + day * DAY + HOUR)
      await service.backupIfDue()
    }
    const automatic = service.list().filter((b) => b.kind === 'automatyczna')
    console.log(`retention: 400 daily backups → ${automatic.length} kept`)
    // 7 days + weeks and months not already covered; at most 7 + 4 + 12.
    expect(automatic.length).toBeGreaterThanOrEqual(12)
    expect(automatic.length).toBeLessThanOrEqual(23)
    expect(automatic[0]!.createdAt).toBe(new Date(start + 399 * DAY + HOUR).toISOString())
    expect(service.list().filter((b) => b.kind === 'reczna')).toHaveLength(1)
  }, 60_000)

  it('does not count a backup stamped in the future (clock once wrong) as recent: backups go on, the warning shows', async () => {
    const today = clock
    clock = new Date(today.getTime() + 30 * DAY)
    const future = await service.backupIfDue()
    clock = today
    expect(service.status()).toMatchObject({
      lastGood: null,
      stale: true,
      futureBackup: { path: future!.path },
    })
    const made = await service.backupIfDue()
    expect(made).toMatchObject({ kind: 'automatyczna', createdAt: today.toISOString() })
    expect(service.status()).toMatchObject({
      lastGood: { path: made!.path },
      lastGoodAgeDays: 0,
      stale: true,
      futureBackup: { path: future!.path },
    })
    // Once the clock passes the stamp, that backup is an ordinary one again.
    clock = new Date(today.getTime() + 31 * DAY)
    expect(service.status()).toMatchObject({
      lastGood: { path: future!.path },
      stale: false,
      futureBackup: null,
    })
  })

  it('warns in the status when the database sits in a folder a cloud client syncs', () => {
    expect(service.status().locationWarning).toBeNull()
    process.env.OneDrive = temp.dir
    try {
      expect(service.status().locationWarning).toMatch(/folderze synchronizowanym z chmurą/)
    } finally {
      delete process.env.OneDrive
    }
  })

  it('is stale (banner) with no backup or one older than 7 days', async () => {
    expect(service.status()).toMatchObject({ lastGood: null, stale: true, lastGoodAgeDays: null })
    await service.backupIfDue()
    expect(service.status()).toMatchObject({ stale: false, lastGoodAgeDays: 0 })
    clock = new Date(clock.getTime() + 7 * DAY)
    expect(service.status()).toMatchObject({ stale: false, lastGoodAgeDays: 7 })
    clock = new Date(clock.getTime() + HOUR)
    expect(service.status()).toMatchObject({ stale: true, lastGoodAgeDays: 7 })
  })
})

describe('restore and undo', () => {
  it('brings back the backup, keeps a safety copy, and "cofnij przywracanie" brings the newer data back', async () => {
    await addParticipant(runtime.database.db, 'Przedkopiowa')
    platform.answers.push(kopie())
    const made = await service.create()
    if (made.cancelled) throw new Error('cancelled')
    await addParticipant(runtime.database.db, 'Pokopiowa')
    const before = runtime.database

    clock = new Date(clock.getTime() + HOUR)
    const result = await service.restore(made.backup.path)
    expect(runtime.database).not.toBe(before)
    expect(before.sqlite.open).toBe(false)
    expect(lastNames(runtime.database)).toEqual(['Przedkopiowa'])
    expect(result.safetyCopy).toMatch(
      `kis-przed-przywroceniem-${fileStamp(new Date('2026-03-05T11:00:00.000Z'))}.sqlite`,
    )
    expect(service.status().undo).toMatchObject({
      restoredFrom: made.backup.path,
      safetyCopy: result.safetyCopy,
    })

    await service.undoRestore()
    expect(lastNames(runtime.database)).toEqual(['Przedkopiowa', 'Pokopiowa'])
    expect(service.status().undo).toBeNull()
    await expect(service.undoRestore()).rejects.toThrow(/Nie ma przywracania do cofnięcia/)
  })

  it('checks a picked file before the restore is confirmed, reading it only', async () => {
    await addParticipant(runtime.database.db, 'Kowalska')
    platform.answers.push(kopie())
    const made = await service.create()
    if (made.cancelled) throw new Error('cancelled')
    const hash = sha256OfFile(made.backup.path)
    platform.answers.push(made.backup.path)
    const chosen = await service.chooseRestoreFile()
    expect(chosen).toMatchObject({
      cancelled: false,
      candidate: { fileName: made.backup.fileName, willUpgrade: false },
    })
    if (!chosen.cancelled) expect(chosen.candidate.rowCounts.participants).toBe(1)
    expect(sha256OfFile(made.backup.path)).toBe(hash)
  })

  it('restores only a file main itself offered (a token from the list or the file dialog), never a path from the renderer', async () => {
    await addParticipant(runtime.database.db, 'Przedkopiowa')
    const dispatch = createAppDispatch(runtime)
    // A good database that main never offered, e.g. on a share the renderer names itself.
    const elsewhere = join(temp.dir, 'obca.sqlite')
    copyFileSync(temp.file, elsewhere)
    for (const input of [{ path: elsewhere }, { path: '\\\\serwer\\udzial\\kis.sqlite' }]) {
      expect(await dispatch('backup:restore', input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    }
    const unknown = await dispatch('backup:restore', { token: randomUUID() })
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/odśwież listę/) },
    })
    expect(lastNames(runtime.database)).toEqual(['Przedkopiowa'])

    platform.answers.push(kopie())
    await service.create()
    await addParticipant(runtime.database.db, 'Pokopiowa')
    const listed = await dispatch('backup:list', undefined)
    if (!listed.ok) throw new Error(listed.error.message)
    const { token } = (listed.data as { backups: { token: string; kind: string }[] }).backups[0]!
    expect(await dispatch('backup:restore', { token })).toMatchObject({ ok: true })
    expect(lastNames(runtime.database)).toEqual(['Przedkopiowa'])

    platform.answers.push(elsewhere)
    const picked = await createAppDispatch(runtime)('backup:pick', undefined)
    if (!picked.ok) throw new Error(picked.error.message)
    const candidate = (picked.data as { candidate: { token: string } }).candidate
    expect(await createAppDispatch(runtime)('backup:restore', { token: candidate.token })).toMatchObject({
      ok: true,
    })
  })

  it('refuses calls that arrive during the swap and lets calls already running finish first', async () => {
    platform.answers.push(kopie())
    const made = await service.create()
    if (made.cancelled) throw new Error('cancelled')
    const dispatch = createAppDispatch(runtime)
    const gate = swapGateFor(runtime)

    let finishRunning!: () => void
    const running = gate.admit(
      () => new Promise<string>((resolve) => (finishRunning = () => resolve('done'))),
    )
    const { token } = service.list().find((b) => b.path === made.backup.path)!
    const restoring = dispatch('backup:restore', { token })
    await new Promise((r) => setTimeout(r, 20))
    expect(gate.swapping).toBe(true)
    // The progress bar still gets its answer; anything touching the database waits for the swap.
    expect(await dispatch('backup:progress', undefined)).toMatchObject({ ok: true })
    const during = await dispatch('participants:list', {})
    expect(during).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/Trwa przywracanie/) },
    })
    const second = await dispatch('backup:restore', { token })
    expect(second).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Trwa przywracanie/) },
    })
    finishRunning()
    expect(await running).toBe('done')
    expect(await restoring).toMatchObject({ ok: true })
    expect(await dispatch('participants:list', {})).toMatchObject({ ok: true })
  })
})

describe('export of everything', () => {
  it('writes a verified SQLite copy and an XLSX with every participant (archived too, PESEL as text)', async () => {
    await addParticipant(runtime.database.db, 'Żółkiewska', 'Zofia')
    const archived = await addParticipant(runtime.database.db, 'Archiwalny', 'Jan')
    runtime.database.sqlite
      .prepare("UPDATE participants SET status = 'archiwalny' WHERE id = ?")
      .run(archived.id)
    const target = join(temp.dir, 'archiwum')
    mkdirSync(target)
    platform.answers.push(target)
    const result = await service.exportAll()
    if (result.cancelled) throw new Error('cancelled')
    expect(result.folder).toMatch(/KIS-eksport-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}$/)
    expect(result.files.map((f) => f.slice(result.folder.length + 1))).toEqual([
      'kis.sqlite',
      'kis-listy.xlsx',
    ])
    expect(existsSync(result.files[0]!)).toBe(true)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(result.files[1]!)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('Uczestnicy')
    const rows = sheet.getSheetValues().slice(2) as unknown[][]
    const names = rows.map((r) => r[1])
    expect(names).toEqual(expect.arrayContaining(['Żółkiewska', 'Archiwalny']))
    const pesel = rows.find((r) => r[1] === 'Żółkiewska')![3]
    expect(typeof pesel).toBe('string')
    expect(pesel).toMatch(/^\d{11}$/)
  })

  it('puts every main list on its own sheet when run from the app (all services wired)', async () => {
    await addParticipant(runtime.database.db, 'Żółkiewska', 'Zofia')
    const target = join(temp.dir, 'archiwum-pelne')
    mkdirSync(target)
    platform.answers.push(target)
    const answer = await createAppDispatch(runtime)('backup:export', undefined)
    expect(answer).toMatchObject({ ok: true, data: { cancelled: false } })
    const { files } = (answer as { data: { files: string[] } }).data
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(files[1]!)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Uczestnicy',
      'Kontrakty socjalne',
      'Wsparcie w KIS',
      'Zajęcia grupowe',
      'Przydziały PSU',
      'Listy wypłat',
      'Wnioski o refundację',
    ])
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).value).toBe('Żółkiewska')
  })
})
