// The person export (art. 15/20): one folder with PDF, JSON and XLSX of everything held on the person.
import { readdirSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TARGET_GROUP_CODES } from '@shared/eligibility'
import { todayIso } from '@shared/dates'
import { createTempDatabase, sha256OfFile, type TempDatabase } from '../../../tests/support/temp-database'
import { buildReportDataset, type ReportDataset } from '../../../tests/support/report-fixtures'
import { createAppDispatch } from '../ipc/handlers'
import type { Dispatch } from '../ipc/handle'
import type { Platform } from '../platform/platform'
import { PERSON_TABLES } from '../audit/audit-capture'
import { renderDaneOsoby } from '../printing/documents/dane-osoby'
import { PERSON_SECTIONS } from './person-sections'

let temp: TempDatabase
let data: ReportDataset
let dispatch: Dispatch
const printedHtml: string[] = []

const platform: Platform = {
  renderPdf: async (html) => {
    printedHtml.push(html)
    return new TextEncoder().encode('%PDF-1.4')
  },
  print: async () => true,
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  chooseFolder: async () => temp.dir,
  showInFolder: () => undefined,
}

beforeAll(async () => {
  temp = await createTempDatabase()
  data = await buildReportDataset(temp.database.db)
  dispatch = createAppDispatch({ database: temp.database, appVersion: 'test', platform })
}, 60_000)

afterAll(async () => {
  await temp.cleanup()
})

type Exported = { cancelled: false; folder: string; files: string[] }
type JsonExport = { participantId: number; sections: { key: string; rows: Record<string, unknown>[] }[] }

describe('person export', () => {
  it('covers every table of a person’s record', () => {
    const exported = new Set(PERSON_SECTIONS.flatMap((s) => s.tables))
    const personTables = Object.keys(PERSON_TABLES).filter((t) => t !== 'psu_payout_lists')
    expect(personTables.filter((t) => !exported.has(t))).toEqual([])
  })

  it('writes a folder named without any personal or special-category data, with PDF, JSON and XLSX', async () => {
    const id = data.people.edward
    const result = await dispatch('privacy:export', { participantId: id })
    expect(result.ok).toBe(true)
    const out = (result as { data: Exported }).data
    expect(basename(out.folder)).toBe(`dane-osoby-${id}-${todayIso()}`)
    expect(readdirSync(out.folder).sort()).toEqual([
      `dane-osoby-${id}.json`,
      `dane-osoby-${id}.pdf`,
      `dane-osoby-${id}.xlsx`,
    ])
    const names = [out.folder, ...out.files].join(' ')
    for (const word of ['Kamiński', 'Edward', ...TARGET_GROUP_CODES, 'uzale', 'terapi'])
      expect(names).not.toContain(word)

    const json = JSON.parse(readFileSync(`${out.folder}/dane-osoby-${id}.json`, 'utf8')) as JsonExport
    expect(json.participantId).toBe(id)
    expect(json.sections.map((s) => s.key)).toEqual(PERSON_SECTIONS.map((s) => s.key))
    const rowsOf = (key: string) => json.sections.find((s) => s.key === key)!.rows
    expect(rowsOf('rejestr')[0]).toMatchObject({ id, last_name: 'Kamiński', first_name: 'Edward', sex: 'M' })
    const count = (sql: string) => temp.database.sqlite.prepare(sql).pluck().get(id) as number
    expect(rowsOf('uczestnictwa')).toHaveLength(
      count('SELECT count(*) FROM participations WHERE participant_id = ?'),
    )
    expect(rowsOf('wsparcie')).toHaveLength(count('SELECT count(*) FROM activities WHERE participant_id = ?'))
    expect(rowsOf('psu-przydzialy')).toHaveLength(
      count('SELECT count(*) FROM psu_assignments WHERE participant_id = ?'),
    )
    expect(rowsOf('wyplaty')).toHaveLength(
      count('SELECT count(*) FROM psu_payout_items WHERE participant_id = ?'),
    )
    expect(rowsOf('wyplaty').length).toBeGreaterThan(0)
    expect(typeof rowsOf('wyplaty')[0]!.amount_gr).toBe('number')
    expect(rowsOf('psu-godziny').length).toBeGreaterThan(0)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(`${out.folder}/dane-osoby-${id}.xlsx`)
    expect(workbook.worksheets).toHaveLength(PERSON_SECTIONS.length)
    expect(workbook.worksheets[0]!.getRow(2).getCell(2).value).toBe('Kamiński')

    const html = printedHtml.at(-1)!
    expect(html).toContain('Informacja o przetwarzanych danych osobowych')
    expect(html).toContain('Kamiński')
    for (const s of PERSON_SECTIONS) expect(html).toContain(s.title.replace(/„|”/g, ''))

    const entry = temp.database.sqlite
      .prepare("SELECT id, detail FROM audit_log WHERE action = 'dane-osoby'")
      .get() as { id: number; detail: string }
    expect(entry.detail).toBe(basename(out.folder))
    expect(
      temp.database.sqlite
        .prepare('SELECT participant_id FROM audit_log_people WHERE entry_id = ?')
        .pluck()
        .all(entry.id),
    ).toEqual([id])
  })

  it('refuses a second export into the same place the same day, and an unknown person, changing nothing', async () => {
    const id = data.people.edward
    const hash = sha256OfFile(temp.file)
    const before = readdirSync(temp.dir).sort()
    const twice = await dispatch('privacy:export', { participantId: id })
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('już jest') },
    })
    const missing = await dispatch('privacy:export', { participantId: 424_242 })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(readdirSync(temp.dir).sort()).toEqual(before)
    expect(sha256OfFile(temp.file)).toBe(hash)
  })

  it('refuses an anonymisation whose typed surname does not match, changing nothing', async () => {
    const hash = sha256OfFile(temp.file)
    const result = await dispatch('privacy:anonymise', {
      participantId: data.people.anna,
      confirmLastName: 'Nowak',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { confirmLastName: expect.any(String) } },
    })
    expect(sha256OfFile(temp.file)).toBe(hash)
  })

  it('escapes what people typed in the PDF', () => {
    const doc = renderDaneOsoby({
      officeName: 'OPS',
      participantId: 1,
      generatedAt: new Date('2026-01-01T10:00:00Z'),
      sections: [{ title: 'Dane', layout: 'records', labels: ['Uwagi'], rows: [['<script>x</script>']] }],
    })
    expect(doc.html).not.toContain('<script>x')
    expect(doc.html).toContain('&lt;script&gt;')
    expect(doc.fileName).toBe('dane-osoby-1.pdf')
  })
})

describe('retention', () => {
  it('lists people whose every retention period ended, and saves the periods', async () => {
    const overview = await dispatch('privacy:retention', undefined)
    expect(overview).toMatchObject({
      ok: true,
      data: { periods: { uczestnictwo: { years: 10, confirmed: false } } },
    })
    const saved = await dispatch('privacy:retentionsave', {
      uczestnictwo: { years: 1, confirmed: true },
      kontrakty: { years: 1, confirmed: true },
      psu: { years: 1, confirmed: false },
      wyplaty: { years: 1, confirmed: false },
    })
    expect(saved.ok).toBe(true)
    const after = (await dispatch('privacy:retention', undefined)) as {
      ok: true
      data: { due: { participantId: number; endedOn: string }[] }
    }
    // Henryk's records ended in 2024: kept through 2025, due from 1 January 2026.
    const henryk = after.data.due.find((d) => d.participantId === data.people.henryk)
    expect(henryk?.endedOn).toBe('2026-01-01')
    // Active people and people with an open participation are never listed.
    expect(after.data.due.map((d) => d.participantId)).not.toContain(data.people.grazyna)
    const log = temp.database.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'retencja'")
      .pluck()
      .get()
    expect(log).toBe(1)
  })
})
