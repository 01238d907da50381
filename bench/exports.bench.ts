// An XLSX list of 45 000 rows: the time it takes and the main thread's longest stall meanwhile
// (issue 16: the window keeps answering, stall ≤ 100 ms; the file is written on the XLSX worker).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it, expect } from 'vitest'
import { openDatabase } from '../src/main/db/connection'
import { createAppDispatch } from '../src/main/ipc/handlers'
import { createTestPlatform } from '../tests/support/test-platform'
import { seedTenYears } from './ten-years'
import { buildTable, type ExportColumn } from '../src/main/exports/table'
import { tablesToXlsx } from '../src/main/exports/xlsx'
import { printRatio } from './ratio'
import { withStall } from './stall'

interface Person {
  n: number
}

const COLUMNS: ExportColumn<Person>[] = [
  { header: 'Nr', kind: 'number', value: (p) => p.n },
  { header: 'Nazwisko', value: (p) => `Kowalska-${p.n}` },
  { header: 'Imię', value: () => 'Zofia' },
  { header: 'PESEL', value: (p) => String(80010100000 + p.n) },
  { header: 'Adres', value: (p) => `ul. Łąkowa ${p.n % 200}, 95-100 Zgierz` },
  { header: 'Data przyjęcia', value: () => '05.01.2026' },
  { header: 'Grupa', value: () => 'długotrwale bezrobotni' },
  { header: 'Status', value: () => 'aktywny' },
  { header: 'Godziny', kind: 'hours', value: (p) => (p.n % 40) * 60 },
  { header: 'Należność', kind: 'money', value: (p) => p.n * 137 },
]

it('XLSX of 45 000 rows on the worker: time and main-thread stall', async () => {
  const people = Array.from({ length: 45_000 }, (_, n) => ({ n }))
  // The list is built (as the app builds it from its query) before the clock starts: the figure is
  // the file's making, which the worker took over; the query and table stay on the main thread.
  const table = buildTable('Uczestnicy', COLUMNS, people)
  const run = await withStall(() => tablesToXlsx([table]))
  expect(run.result.byteLength).toBeGreaterThan(100_000)
  printRatio({
    name: 'XLSX 45 000 rows × 10 columns',
    appMs: run.ms,
    stallMs: run.stallMs,
    extra: `${(run.result.byteLength / 1024 / 1024).toFixed(1)} MB`,
  })
})

// The SQLite copy and the XLSX are made on workers, but the lists' queries still run on the main
// thread (issue 16 wants them off it too): this figure shows how long the window stops answering.
it('"Eksport wszystkiego" of ten years: time and main-thread stall', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kis-bench-export-all-'))
  const database = await openDatabase(join(dir, 'kis.sqlite'))
  try {
    seedTenYears(database.sqlite)
    const platform = createTestPlatform(undefined as never, dir)
    const dispatch = createAppDispatch({ database, appVersion: 'bench', platform })
    platform.answers.push(dir)
    const run = await withStall(() => dispatch('backup:export', undefined))
    expect(run.result.ok).toBe(true)
    printRatio({
      name: 'export-all (SQLite copy + XLSX of every list), ten years',
      appMs: run.ms,
      stallMs: run.stallMs,
    })
  } finally {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
