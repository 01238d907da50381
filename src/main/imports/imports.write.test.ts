// All or nothing: a failure in the middle of writing leaves the register as it was (the verified
// backup made just before stays), and PSU files write people and assignments together.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview } from '@shared/imports.schema'
import { participantInput, type ParticipantData } from '@shared/participant.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { makePesel } from '../../../tests/support/pesel-factory'
import { makeXlsx, nthPesel, PSU_HEADERS, psuRow, type FileCell } from '../../../tests/support/import-files'
import { createPsu } from '../../../tests/support/psu-fixtures'
import { personForm } from '../../../tests/support/kis-fixtures'
import { createBackupService } from '../backup/backup.service'
import { createParticipantsService, type ParticipantsService } from '../participants/participants.service'
import type { Platform } from '../platform/platform'
import { createPsuServices } from '../psu/psu-services'
import { createSettingsService } from '../settings/settings.service'
import { createImportsService } from './imports.service'

let temp: TempDatabase
let answers: string[]

beforeEach(async () => {
  temp = await createTempDatabase()
  answers = []
})
afterEach(() => temp.cleanup())

const platform = {
  chooseOpenPath: async () => answers.shift() ?? null,
  chooseSavePath: async (name: string) => join(temp.dir, name),
} as unknown as Platform

function importsWith(participants: ParticipantsService) {
  const db = temp.database.db
  return createImportsService({
    db,
    participants,
    psu: createPsuServices(db),
    settings: createSettingsService(db),
    backup: createBackupService({ database: temp.database }, platform),
    exports: { saveTable: async () => ({ path: null, rows: 0 }) },
    platform,
  })
}

function count(table: string): number {
  return (temp.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}

function peopleRows(n: number): FileCell[][] {
  const rows: FileCell[][] = [['Nazwisko', 'Imię', 'PESEL', 'Grupa']]
  for (let i = 0; i < n; i++) rows.push([`Nazwisko${i}`, 'Anna', nthPesel(i), '5'])
  return rows
}

async function open(
  service: ReturnType<typeof importsWith>,
  rows: FileCell[][],
  kind: 'participants' | 'psu',
) {
  const path = join(temp.dir, `${kind}.xlsx`)
  writeFileSync(path, await makeXlsx([{ name: 'Lista', rows }]))
  answers.push(path)
  const opened = await service.open(kind)
  if (opened.cancelled) throw new Error('cancelled')
  const preview: ImportPreview = await service.preview({
    token: opened.token,
    sheet: 'Lista',
    headerRow: null,
  })
  return {
    token: opened.token,
    sheet: 'Lista',
    headerRow: preview.headerRow,
    mapping: preview.mapping,
    defaults: { targetGroup: null, admissionDate: '2025-01-15' },
    update: [],
  }
}

describe('all or nothing', () => {
  // Two imports of an XLSX and a verified backup: slower than a unit test on a busy machine.
  it(
    'leaves the register untouched when writing fails after 400 of 600 people',
    { timeout: 30_000 },
    async () => {
      const real = createParticipantsService(temp.database.db)
      let written = 0
      const seen: unknown[] = []
      const failing: ParticipantsService = {
        ...real,
        importRows: (trx, batch, afterChunk) =>
          real.importRows(trx, batch, async (done) => {
            written = done
            await afterChunk?.(done)
            seen.push(service.progress())
            if (done >= 400) throw new Error('dysk odłączony w trakcie zapisu')
          }),
      }
      const service = importsWith(failing)
      const run = await open(service, peopleRows(600), 'participants')
      await expect(service.run(run)).rejects.toThrow('dysk odłączony')
      expect(written).toBe(400)
      expect(seen[0]).toEqual({ phase: 'zapis', done: 200, total: 600 })
      expect(count('participants')).toBe(0)
      expect(count('participant_target_groups')).toBe(0)
      expect(service.progress()).toBeNull()
      // The same file imports completely afterwards.
      const ok = importsWith(real)
      const result = await ok.run(await open(ok, peopleRows(600), 'participants'))
      expect(result.created).toBe(600)
      expect(count('participants')).toBe(600)
    },
  )

  it('rolls the whole batch back when a row in the middle breaks a database rule', async () => {
    const participants = createParticipantsService(temp.database.db)
    const batch: ParticipantData[] = Array.from({ length: 600 }, (_, i) =>
      participantInput.parse(personForm({ lastName: `Nowak${i}`, pesel: nthPesel(i) })),
    )
    // Row 450 sits in the third chunk of inserts, after two chunks were already written.
    batch[450] = { ...batch[450]!, sex: 'X' as 'K' }
    await expect(
      temp.database.db
        .transaction()
        .execute((trx) => participants.importRows(trx, { create: batch, update: [] })),
    ).rejects.toThrow()
    expect(count('participants')).toBe(0)
  })
})

describe('PSU people', { timeout: 20_000 }, () => {
  it('adds new people and their assignments where the workplace, position and porozumienie exist', async () => {
    const psu = createPsu(temp.database.db, () => new Date())
    const school = await psu.workplace({ name: 'Szkoła Podstawowa nr 2' })
    await psu.position(school.id, 1, 'osoba sprzątająca')
    await psu.porozumienie({ number: 'PSU/1/2026' })
    const anna = makePesel('1980-02-02', 'K', 1)
    const rows: FileCell[][] = [
      [...PSU_HEADERS, 'Grupa'],
      psuRow(
        ['Nowak', 'Anna', anna],
        ['SK/1', '02.01.2026'],
        ['szkoła podstawowa NR 2', 'Osoba sprzątająca', 'nr PSU/1/2026'],
        ['05.01.2026', '31.03.2026'],
      ),
      psuRow(
        ['Nowak', 'Anna', anna],
        ['SK/7', '01.04.2026'],
        ['Szkoła Podstawowa nr 2', 'osoba sprzątająca', 'PSU/1/2026'],
        ['01.04.2026', '30.06.2026'],
      ),
      psuRow(
        ['Lis', 'Jan', makePesel('1975-05-05', 'M', 2)],
        ['SK/2', '02.01.2026'],
        ['Biblioteka', 'goniec', 'PSU/1/2026'],
        ['05.01.2026', '31.03.2026'],
      ),
      psuRow(
        ['Lis', 'Ewa', makePesel('1976-06-06', 'K', 3)],
        ['SK/3', '02.01.2026'],
        ['Szkoła Podstawowa nr 2', 'osoba sprzątająca', 'PSU/9/2026'],
        ['05.01.2026', '31.03.2026'],
      ),
      psuRow(
        ['Bąk', 'Ola', makePesel('1977-07-07', 'K', 4)],
        ['SK/4', '02.01.2026'],
        ['Szkoła Podstawowa nr 2', 'osoba sprzątająca', 'PSU/1/2026'],
        ['10.01.2026', '31.01.2026'],
      ),
      psuRow(
        ['Bąk', 'Ola', makePesel('1977-07-07', 'K', 4)],
        ['SK/5', '02.01.2026'],
        ['Szkoła Podstawowa nr 2', 'osoba sprzątająca', 'PSU/1/2026'],
        ['05.01.2027', '31.01.2027'],
      ),
    ]
    const service = importsWith(psu.participants)
    const run = await open(service, rows, 'psu')
    expect(run.mapping).toMatchObject({
      skierowanieNumber: 3,
      workplace: 5,
      position: 6,
      porozumienie: 7,
      dateFrom: 8,
    })
    const dry = await service.dryRun(run)
    const assignment = (row: number) => dry.rows.find((r) => r.row === row)!.assignment
    expect(dry.rows.map((r) => r.class)).toEqual(['nowa', 'taka-sama', 'nowa', 'nowa', 'nowa', 'taka-sama'])
    expect(assignment(2)).toMatchObject({ class: 'nowy', label: 'Osoba sprzątająca, szkoła podstawowa NR 2' })
    expect(assignment(3)).toMatchObject({ class: 'nowy' })
    expect(assignment(4)!.message).toContain('Nie ma miejsca pracy „Biblioteka”')
    expect(assignment(5)!.message).toContain('Nie ma porozumienia nr „PSU/9/2026”')
    expect(assignment(6)!.message).toContain('na stanowisku byłoby 2 osoby, a ma ono 1 miejsce')
    expect(assignment(7)!.message).toContain('musi mieścić się w okresie porozumienia nr PSU/1/2026')
    expect(dry.assignments).toEqual({ nowy: 2, jest: 0, blad: 4 })

    const result = await service.run(run)
    expect(result).toMatchObject({ created: 4, assignments: 2, skipped: 4 })
    expect(count('participants')).toBe(4)
    expect(count('psu_assignments')).toBe(2)
    const admitted = temp.database.sqlite
      .prepare('SELECT admission_date FROM participants WHERE last_name = ?')
      .get('Nowak')
    expect(admitted).toEqual({ admission_date: '2026-01-02' })

    const again = await service.dryRun(run)
    expect(again.counts).toEqual({ nowa: 0, 'taka-sama': 6, 'rozni-sie': 0, blad: 0 })
    expect(again.assignments).toEqual({ nowy: 0, jest: 2, blad: 4 })
    const second = await service.run(run)
    expect(second).toMatchObject({ created: 0, assignments: 0, backupPath: null })
    expect(count('psu_assignments')).toBe(2)
  })
})
