// Import of 20 000 people from XLSX and from CSV: reading, dry run, and the import itself (verified
// backup + one transaction). Run with `npm run bench`; the target is under 10 s in all.
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../tests/support/temp-database'
import { makeCsv, makeXlsx, nthPesel } from '../tests/support/import-files'
import type { Platform } from '../src/main/platform/platform'
import { createAppDispatch } from '../src/main/ipc/handlers'
import type { Dispatch } from '../src/main/ipc/handle'
import type { ImportDryRun, ImportPreview, ImportResult } from '../src/shared/imports.schema'

const PEOPLE = 20_000
const HEADER = [
  'Lp.',
  'Nazwisko',
  'Imię',
  'PESEL',
  'Adres',
  'Telefon',
  'E-mail',
  'Data przyjęcia',
  'Grupa docelowa',
  'Uwagi',
]
const GROUPS = ['długotrwale bezrobotna', 'bezdomny', 'niepełnosprawność', '5; 8']

function rows(): (string | number)[][] {
  const out: (string | number)[][] = [HEADER]
  for (let i = 0; i < PEOPLE; i++) {
    out.push([
      i + 1,
      `Wiśniewska-${i}`,
      i % 2 === 0 ? 'Łucja' : 'Grzegorz',
      nthPesel(i),
      `ul. Łąkowa ${i % 200}, 95-100 Zgierz`,
      `600 ${String(100000 + i).slice(0, 3)} ${String(i % 1000).padStart(3, '0')}`,
      `osoba${i}@example.pl`,
      `${1 + (i % 28)}.${1 + (i % 12)}.20${10 + (i % 15)}`,
      GROUPS[i % GROUPS.length]!,
      i % 10 === 0 ? 'przeniesiono z arkusza 2019' : '',
    ])
  }
  return out
}

let temp: TempDatabase
let answers: string[]
let dispatch: Dispatch

beforeAll(async () => {
  temp = await createTempDatabase()
  answers = []
  const platform = {
    chooseOpenPath: async () => answers.shift() ?? null,
  } as unknown as Platform
  // The whole way a call takes in the app: lock, swap gate, audit log, contract checks, services.
  dispatch = createAppDispatch({ database: temp.database, appVersion: 'bench', platform })
})
afterAll(() => temp.cleanup())

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as T
}

async function openAndPlan(path: string) {
  answers.push(path)
  const opened = await call<{ token: string; sheets: { name: string }[] }>('imports:open', {
    kind: 'participants',
  })
  const sheet = opened.sheets[0]!.name
  const preview = await call<ImportPreview>('imports:preview', {
    token: opened.token,
    sheet,
    headerRow: null,
  })
  return {
    token: opened.token,
    sheet,
    headerRow: preview.headerRow,
    mapping: preview.mapping,
    defaults: { targetGroup: null, admissionDate: '2025-01-15' },
  }
}

async function timeImport(name: string, bytes: Uint8Array): Promise<void> {
  const path = join(temp.dir, name)
  writeFileSync(path, bytes)
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const plan = await openAndPlan(path)
  const t1 = performance.now()
  const dry = await call<ImportDryRun>('imports:dryrun', plan)
  const t2 = performance.now()
  const result = await call<ImportResult>('imports:run', { ...plan, update: [] })
  const t3 = performance.now()
  const cpu = process.cpuUsage(cpu0)
  expect(dry.counts.blad).toBe(0)
  expect(result.created).toBe(PEOPLE)
  const ms = (a: number, b: number) => `${((b - a) / 1000).toFixed(2)} s`
  console.log(
    `bench: import ${PEOPLE} people from ${name} (${(bytes.length / 1024 / 1024).toFixed(1)} MB) through the dispatch: ` +
      `read + preview ${ms(t0, t1)}, dry run ${ms(t1, t2)}, check again + backup + write ${ms(t2, t3)}, total ${ms(t0, t3)} (target < 10 s); CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  )
}

describe(`import of ${PEOPLE} people`, () => {
  it('prints the time of an XLSX import and of a CSV import, each into an empty register', async () => {
    const data = rows()
    await timeImport('rejestr.xlsx', await makeXlsx([{ name: 'Rejestr', rows: data }]))
    temp.database.sqlite.exec('DELETE FROM participant_target_groups; DELETE FROM participants')
    await timeImport('rejestr.csv', makeCsv(data, { encoding: 'windows-1250', separator: ';' }))
    const plan = await openAndPlan(join(temp.dir, 'rejestr.csv'))
    const t0 = performance.now()
    const dry = await call<ImportDryRun>('imports:dryrun', plan)
    console.log(
      `bench: dry run of the same ${PEOPLE} rows against a register holding them: ${((performance.now() - t0) / 1000).toFixed(2)} s, ${dry.counts['taka-sama']} "już jest"`,
    )
    expect(dry.counts['taka-sama']).toBe(PEOPLE)
  })
})
