// Import of 20 000 people from XLSX and from CSV: reading, dry run, and the import itself (verified
// backup + one transaction). Run with `npm run bench`; the target is under 10 s in all.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../tests/support/temp-database'
import { makeCsv, makeXlsx, nthPesel } from '../tests/support/import-files'
import { createBackupService } from '../src/main/backup/backup.service'
import { createImportsService } from '../src/main/imports/imports.service'
import { createParticipantsService } from '../src/main/participants/participants.service'
import type { Platform } from '../src/main/platform/platform'
import { createPsuServices } from '../src/main/psu/psu-services'
import { createSettingsService } from '../src/main/settings/settings.service'

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

beforeAll(async () => {
  temp = await createTempDatabase()
  answers = []
})
afterAll(() => temp.cleanup())

function service() {
  const db = temp.database.db
  const platform = { chooseOpenPath: async () => answers.shift() ?? null } as unknown as Platform
  return createImportsService({
    db,
    participants: createParticipantsService(db),
    psu: createPsuServices(db),
    settings: createSettingsService(db),
    backup: createBackupService({ database: temp.database }, platform),
    exports: { saveTable: async () => ({ path: null, rows: 0 }) },
    platform,
  })
}

async function timeImport(name: string, bytes: Uint8Array): Promise<number> {
  const imports = service()
  const path = join(temp.dir, name)
  writeFileSync(path, bytes)
  answers.push(path)
  const t0 = performance.now()
  const opened = await imports.open('participants')
  if (opened.cancelled) throw new Error('cancelled')
  const t1 = performance.now()
  const sheet = opened.sheets[0]!.name
  const preview = await imports.preview({ token: opened.token, sheet, headerRow: null })
  const plan = {
    token: opened.token,
    sheet,
    headerRow: preview.headerRow,
    mapping: preview.mapping,
    defaults: { targetGroup: null, admissionDate: '2025-01-15' },
  }
  const dry = await imports.dryRun(plan)
  const t2 = performance.now()
  const result = await imports.run({ ...plan, update: [] })
  const t3 = performance.now()
  expect(dry.counts.blad).toBe(0)
  expect(result.created).toBe(PEOPLE)
  const ms = (a: number, b: number) => `${((b - a) / 1000).toFixed(2)} s`
  console.log(
    `bench: import ${PEOPLE} people from ${name} (${(bytes.length / 1024 / 1024).toFixed(1)} MB): ` +
      `read ${ms(t0, t1)}, preview + dry run ${ms(t1, t2)}, backup + write ${ms(t2, t3)}, total ${ms(t0, t3)} (target < 10 s)`,
  )
  return t3 - t0
}

describe(`import of ${PEOPLE} people`, () => {
  it('prints the time of an XLSX import and of a CSV import, each into an empty register', async () => {
    const data = rows()
    await timeImport('rejestr.xlsx', await makeXlsx([{ name: 'Rejestr', rows: data }]))
    temp.database.sqlite.exec('DELETE FROM participants')
    await timeImport('rejestr.csv', makeCsv(data, { encoding: 'windows-1250', separator: ';' }))
    const again = service()
    answers.push(join(temp.dir, 'rejestr.csv'))
    const opened = await again.open('participants')
    if (opened.cancelled) throw new Error('cancelled')
    const preview = await again.preview({
      token: opened.token,
      sheet: opened.sheets[0]!.name,
      headerRow: null,
    })
    const t0 = performance.now()
    const dry = await again.dryRun({
      token: opened.token,
      sheet: opened.sheets[0]!.name,
      headerRow: 1,
      mapping: preview.mapping,
      defaults: { targetGroup: null, admissionDate: '2025-01-15' },
    })
    console.log(
      `bench: dry run of the same ${PEOPLE} rows against a register holding them: ${((performance.now() - t0) / 1000).toFixed(2)} s, ${dry.counts['taka-sama']} "już jest"`,
    )
    expect(dry.counts['taka-sama']).toBe(PEOPLE)
  })
})
