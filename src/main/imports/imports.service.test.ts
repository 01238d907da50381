// The import through the real IPC dispatch on a real temporary database: open → preview → dry run
// → import → report, with files the tests make themselves.
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportDryRun, ImportMapping, ImportPreview, ImportResult } from '@shared/imports.schema'
import { participantInput, type ParticipantForm } from '@shared/participant.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { makePesel } from '../../../tests/support/pesel-factory'
import { personForm } from '../../../tests/support/kis-fixtures'
import { makeCsv, makeXlsx, type FileCell } from '../../../tests/support/import-files'
import { createAppDispatch } from '../ipc/handlers'
import type { Dispatch } from '../ipc/handle'
import type { Platform } from '../platform/platform'
import { createParticipantsService } from '../participants/participants.service'
import { defaultBackupFolder } from '../backup/backup-files'

let temp: TempDatabase
let dispatch: Dispatch
let answers: (string | null)[]

function platform(dir: string): Platform {
  const unused = () => {
    throw new Error('not used in this test')
  }
  return {
    renderPdf: unused,
    print: unused,
    chooseFolder: unused,
    showInFolder: unused,
    chooseOpenPath: async () => answers.shift() ?? null,
    chooseSavePath: async (name) => answers.shift() ?? join(dir, name),
  }
}

beforeEach(async () => {
  temp = await createTempDatabase()
  answers = []
  dispatch = createAppDispatch({ database: temp.database, appVersion: 'test', platform: platform(temp.dir) })
})
afterEach(() => temp.cleanup())

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as T
}

async function refusal(channel: string, input?: unknown): Promise<string> {
  const result = await dispatch(channel, input)
  if (result.ok) throw new Error(`expected ${channel} to refuse`)
  return result.error.message
}

const person = (overrides: Partial<ParticipantForm>) =>
  personForm({
    firstName: 'Jan',
    lastName: 'Kowalski',
    address: 'ul. Lipowa 1, Zgierz',
    admissionDate: '2024-02-01',
    ...overrides,
  })

const HEADER = [
  'Nazwisko',
  'Imię',
  'PESEL',
  'Nr dokumentu',
  'Data urodzenia',
  'Płeć',
  'Adres',
  'Data przyjęcia',
  'Grupa',
]
const P = {
  anna: makePesel('1985-07-14', 'K', 1),
  jan: makePesel('1970-11-30', 'M', 2),
  ewa: makePesel('1990-01-02', 'K', 3),
  zofia: makePesel('2003-10-01', 'K', 4),
  arch: makePesel('1960-05-05', 'M', 5),
}
const badChecksum = P.anna.slice(0, 10) + String((Number(P.anna[10]) + 1) % 10)

/** Row 1 is the header; the comment says what each row is. */
const REGISTER_ROWS: FileCell[][] = [
  HEADER,
  ['Nowak', 'Anna', P.anna, null, null, 'K', 'ul. Polna 2', '05.03.2024', 'długotrwale bezrobotna'], // 2 nowa
  [
    'Kowalski',
    'Jan',
    P.jan,
    null,
    null,
    null,
    'ul. Lipowa 1, Zgierz',
    '01.02.2024',
    'dlugotrwale_bezrobotni',
  ], // 3 taka sama
  ['Wiśniewska', 'Ewa', P.ewa, null, null, null, 'ul. Nowa 5, Łódź', null, null], // 4 różni się (adres)
  ['Zając', 'Piotr', badChecksum, null, null, null, null, null, '5'], // 5 błąd: cyfra kontrolna
  ['Mazur', 'Olena', null, 'fa 123456', '31.02.1990', 'K', null, null, 'uchodźca'], // 6 błąd: data nie istnieje
  ['Lis', 'Maria', makePesel('1988-04-04', 'K', 6), null, '05.04.1988', null, null, null, '5'], // 7 błąd: PESEL ≠ data
  ['Lis', 'Marek', makePesel('1988-04-04', 'M', 7), null, null, 'K', null, null, '5'], // 8 błąd: PESEL ≠ płeć
  ['Nowak', 'Anna', P.anna, null, null, null, null, null, '5'], // 9 błąd: duplikat w pliku
  [null, 'Tomasz', makePesel('1979-09-09', 'M', 8), null, null, null, null, null, '5'], // 10 błąd: brak nazwiska
  ['Dąbrowska', 'Zofia', Number(P.zofia), null, null, null, null, 45000, '8'], // 11 nowa: PESEL jako liczba, data seryjna
  ['Stary', 'Adam', P.arch, null, null, null, null, null, null], // 12 taka sama (w archiwum)
  [null, null, null, null, null, null, null, null, null], // 13 pusty
  ['Bondarenko', 'Iryna', null, 'FA 654321', '14.7.85', 'kobieta', null, '2024-06-01', 'uchodźcy'], // 14 nowa: dokument
]

async function seedRegister(): Promise<void> {
  const participants = createParticipantsService(temp.database.db)
  await participants.create(participantInput.parse(person({ pesel: P.jan })))
  await participants.create(
    participantInput.parse(
      person({ firstName: 'Ewa', lastName: 'Wiśniewska', pesel: P.ewa, address: 'ul. Stara 1' }),
    ),
  )
  const arch = await participants.create(
    participantInput.parse(person({ firstName: 'Adam', lastName: 'Stary', pesel: P.arch })),
  )
  await participants.archive(arch.id)
}

async function openFile(bytes: Uint8Array, name: string, kind: 'participants' | 'psu' = 'participants') {
  const path = join(temp.dir, name)
  writeFileSync(path, bytes)
  answers.push(path)
  return call<{
    token: string
    sheets: { name: string }[]
    encoding: string | null
    delimiter: string | null
  }>('imports:open', { kind })
}

const DEFAULTS = { targetGroup: null, admissionDate: '2025-01-15' }

async function dryRun(token: string, sheet: string, preview: ImportPreview, mapping?: ImportMapping) {
  return call<ImportDryRun>('imports:dryrun', {
    token,
    sheet,
    headerRow: preview.headerRow,
    mapping: mapping ?? preview.mapping,
    defaults: DEFAULTS,
  })
}

async function registerDryRun() {
  await seedRegister()
  const opened = await openFile(await makeXlsx([{ name: 'Rejestr', rows: REGISTER_ROWS }]), 'rejestr.xlsx')
  const preview = await call<ImportPreview>('imports:preview', {
    token: opened.token,
    sheet: 'Rejestr',
    headerRow: null,
  })
  return { opened, preview, result: await dryRun(opened.token, 'Rejestr', preview) }
}

function countParticipants(): number {
  return (temp.database.sqlite.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n
}

describe('dry run', { timeout: 20_000 }, () => {
  it('classes every row and gives the reason in Polish, writing nothing', async () => {
    const { preview, result } = await registerDryRun()
    expect(preview.mapping).toMatchObject({
      lastName: 0,
      firstName: 1,
      pesel: 2,
      idDocument: 3,
      birthDate: 4,
    })
    const byRow = new Map(result.rows.map((r) => [r.row, r]))
    const cls = (row: number) => byRow.get(row)!.class
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14].map(cls)).toEqual([
      'nowa',
      'taka-sama',
      'rozni-sie',
      'blad',
      'blad',
      'blad',
      'blad',
      'blad',
      'blad',
      'nowa',
      'taka-sama',
      'nowa',
    ])
    expect(byRow.has(13)).toBe(false)
    expect(result.emptyRows).toBe(1)
    expect(result.counts).toEqual({ nowa: 3, 'taka-sama': 2, 'rozni-sie': 1, blad: 6 })
    expect(byRow.get(4)!.differences).toEqual([
      { field: 'Adres', stored: 'ul. Stara 1', file: 'ul. Nowa 5, Łódź' },
    ])
    expect(byRow.get(5)!.messages.join(' ')).toContain('PESEL ma błędną cyfrę kontrolną')
    expect(byRow.get(6)!.messages.join(' ')).toContain('Data urodzenia: taka data nie istnieje: „31.02.1990”')
    expect(byRow.get(7)!.messages).toEqual([
      'PESEL wskazuje datę urodzenia 04.04.1988, a w pliku jest 05.04.1988.',
    ])
    expect(byRow.get(8)!.messages).toEqual(['PESEL wskazuje płeć: mężczyzna, a w pliku jest: kobieta.'])
    expect(byRow.get(9)!.messages[0]).toContain('jest już w wierszu 2 pliku')
    expect(byRow.get(10)!.messages).toEqual(['Podaj nazwisko.'])
    expect(byRow.get(11)!.identity).toBe(P.zofia)
    expect(countParticipants()).toBe(3)
  })

  it('refuses a mapping without surname or identity, in Polish', async () => {
    const { opened, preview } = await registerDryRun()
    const message = await refusal('imports:dryrun', {
      token: opened.token,
      sheet: 'Rejestr',
      headerRow: 1,
      mapping: { firstName: 1, lastName: 1 },
      defaults: DEFAULTS,
    })
    expect(message).toContain('Przypisz kolumnę PESEL albo numer dokumentu tożsamości.')
    expect(message).toContain('Kolumna B jest przypisana do kilku pól: Imię, Nazwisko.')
    expect(preview.dataRows).toBe(12)
  })
})

describe('import', { timeout: 20_000 }, () => {
  it('writes the new rows and the ticked update after a verified backup, and reports the skipped rows', async () => {
    const { opened, preview } = await registerDryRun()
    const result = await call<ImportResult>('imports:run', {
      token: opened.token,
      sheet: 'Rejestr',
      headerRow: 1,
      mapping: preview.mapping,
      defaults: DEFAULTS,
      update: [4],
    })
    expect(result).toMatchObject({ created: 3, updated: 1, assignments: 0, skipped: 6 })
    expect(result.backupPath).toMatch(/kis-przed-importem-.*\.sqlite$/)
    expect(existsSync(result.backupPath!)).toBe(true)
    const backups = await call<{ backups: { kind: string; verified: boolean }[] }>('backup:list')
    expect(backups.backups).toContainEqual(
      expect.objectContaining({ kind: 'przed-importem', verified: true }),
    )
    expect(countParticipants()).toBe(6)
    const people = temp.database.sqlite
      .prepare(
        'SELECT last_name, pesel, id_document, birth_date, sex, address, admission_date FROM participants ORDER BY id',
      )
      .all()
    expect(people).toContainEqual(
      expect.objectContaining({
        last_name: 'Wiśniewska',
        address: 'ul. Nowa 5, Łódź',
        admission_date: '2024-02-01',
      }),
    )
    expect(people).toContainEqual(
      expect.objectContaining({ last_name: 'Dąbrowska', pesel: P.zofia, admission_date: '2023-03-15' }),
    )
    expect(people).toContainEqual(
      expect.objectContaining({
        last_name: 'Bondarenko',
        id_document: 'FA654321',
        birth_date: '1985-07-14',
        sex: 'K',
      }),
    )

    const report = await call<{ path: string; rows: number }>('imports:report', { token: opened.token })
    expect(report.rows).toBe(6)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(report.path)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, 'Wiersz w pliku', 'Powód pominięcia', ...HEADER])
    expect(sheet.getRow(2).getCell(1).value).toBe(5)
    expect(String(sheet.getRow(2).getCell(2).value)).toContain('cyfrę kontrolną')
    expect(sheet.getRow(2).getCell(5).value).toBe(badChecksum)
    const log = await call<{ rows: { action: string; subject: string; detail: string }[] }>('audit:list', {})
    expect(log.rows).toContainEqual(
      expect.objectContaining({
        action: 'eksport-listy',
        subject: 'pominiete-wiersze-importu',
        detail: 'XLSX, wierszy: 6',
      }),
    )
    expect(log.rows).toContainEqual(expect.objectContaining({ action: 'zmiana', subject: 'imports:run' }))
  })

  it('adds nothing when the same file is imported again', async () => {
    const { opened, preview } = await registerDryRun()
    const run = {
      token: opened.token,
      sheet: 'Rejestr',
      headerRow: 1,
      mapping: preview.mapping,
      defaults: DEFAULTS,
    }
    await call('imports:run', { ...run, update: [4] })
    const before = countParticipants()
    const again = await dryRun(opened.token, 'Rejestr', preview)
    expect(again.counts).toEqual({ nowa: 0, 'taka-sama': 6, 'rozni-sie': 0, blad: 6 })
    const second = await call<ImportResult>('imports:run', { ...run, update: [] })
    expect(second).toMatchObject({ created: 0, updated: 0, backupPath: null })
    expect(countParticipants()).toBe(before)
  })

  it('remembers the mapping for the next file with the same headers', async () => {
    const { opened, preview } = await registerDryRun()
    const mapping = { ...preview.mapping, notes: 6, address: null }
    await call('imports:run', {
      token: opened.token,
      sheet: 'Rejestr',
      headerRow: 1,
      mapping,
      defaults: DEFAULTS,
      update: [],
    })
    const next = await openFile(
      await makeXlsx([{ name: 'Arkusz1', rows: REGISTER_ROWS.slice(0, 2) }]),
      'nowy.xlsx',
    )
    const guessed = await call<ImportPreview>('imports:preview', {
      token: next.token,
      sheet: 'Arkusz1',
      headerRow: null,
    })
    expect(guessed.mapping.notes).toBe(6)
    expect(guessed.remembered).toContain('notes')
  })

  it('reads a Windows-1250 CSV with semicolons and keeps Polish letters', async () => {
    const rows = [
      ['Nazwisko', 'Imię', 'PESEL', 'Grupy docelowe'],
      ['Żółkiewska', 'Łucja', makePesel('1999-09-19', 'K', 9), 'niepełnosprawność'],
    ]
    const opened = await openFile(makeCsv(rows, { encoding: 'windows-1250', separator: ';' }), 'lista.csv')
    expect(opened).toMatchObject({
      encoding: 'Windows-1250',
      delimiter: 'średnik',
      sheets: [{ name: 'lista' }],
    })
    const preview = await call<ImportPreview>('imports:preview', {
      token: opened.token,
      sheet: 'lista',
      headerRow: null,
    })
    await call('imports:run', {
      token: opened.token,
      sheet: 'lista',
      headerRow: 1,
      mapping: preview.mapping,
      defaults: DEFAULTS,
      update: [],
    })
    const row = temp.database.sqlite
      .prepare('SELECT first_name, last_name, admission_date FROM participants')
      .get()
    expect(row).toEqual({ first_name: 'Łucja', last_name: 'Żółkiewska', admission_date: '2025-01-15' })
  })

  it('refuses a password-protected workbook at once, in Polish', async () => {
    const bytes = new Uint8Array(2048)
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    bytes.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 600)
    const path = join(temp.dir, 'haslo.xlsx')
    writeFileSync(path, bytes)
    answers.push(path)
    expect(await refusal('imports:open', { kind: 'participants' })).toContain('chroniony hasłem')
    const folder = defaultBackupFolder(temp.file)
    expect(existsSync(folder) ? readdirSync(folder).filter((f) => f.includes('przed-importem')) : []).toEqual(
      [],
    )
  })
})
