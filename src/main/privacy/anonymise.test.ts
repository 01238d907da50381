// Anonymisation: every report figure of every year stays the same, no identity string of the person
// is left anywhere in the file (raw bytes after VACUUM, and no journal left with them), the person is
// never found by name, and refusals change nothing.
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUMMARY_FIGURE_IDS } from '@shared/reports'
import { foldForSearch } from '@shared/text'
import { createTempDatabase, sha256OfFile, type TempDatabase } from '../../../tests/support/temp-database'
import { buildReportDataset, createReportsFor } from '../../../tests/support/report-fixtures'
import { UNUSED_PLATFORM } from '../../../tests/support/test-platform'
import { createAppDispatch } from '../ipc/handlers'
import type { Dispatch } from '../ipc/handle'
import { swapGateFor } from '../backup/swap-gate'

const YEARS = [2022, 2023, 2024, 2025, 2026]
let temp: TempDatabase
let dispatch: Dispatch
let runtime: Parameters<typeof createAppDispatch>[0]

/** Every figure of the summary, the wojewoda report and every drill-down's row count, for every year. */
async function allFigures() {
  const reports = createReportsFor(temp.database.db, () => new Date('2026-03-15T10:00:00Z'))
  const out: Record<string, unknown> = {}
  for (const year of YEARS) {
    const range = { from: `${year}-01-01`, to: `${year}-12-31` }
    const summary = await reports.summary({ ...range, compareYears: 0 })
    out[`summary ${year}`] = summary.current.figures.map((f) => [f.id, f.value])
    const wojewoda = await reports.wojewoda(range)
    out[`wojewoda ${year}`] = { ...wojewoda, staff: wojewoda.staff.length }
    for (const figure of SUMMARY_FIGURE_IDS) {
      const drill = await reports.drill({ ...range, figure, key: null }).catch(() => null)
      if (drill) out[`drill ${year} ${figure}`] = drill.rows.length
    }
  }
  return out
}

const sqlite = () => temp.database.sqlite
const rows = <T>(query: string, ...params: unknown[]) =>
  sqlite()
    .prepare(query)
    .all(...params) as T[]

let people: { id: number; first_name: string; last_name: string }[]
let identity: string[]
let before: Record<string, unknown>

beforeAll(async () => {
  temp = await createTempDatabase()
  await buildReportDataset(temp.database.db)
  runtime = { database: temp.database, appVersion: 'test', platform: UNUSED_PLATFORM }
  dispatch = createAppDispatch(runtime)
  people = rows(
    `SELECT id, first_name, last_name FROM participants r WHERE NOT EXISTS
       (SELECT 1 FROM participations p WHERE p.participant_id = r.id AND p.end_date IS NULL) ORDER BY id`,
  )
  // Identity data in every place an office keeps it, so the byte check has something to miss.
  identity = []
  for (const p of people) {
    const tag = `${p.id}x${p.last_name.length}`
    const values = {
      address: `ul. Ukryta ${tag}, 95-100 Zgierz`,
      phone: `600 100 ${String(p.id).padStart(3, '0')}`,
      email: `osoba.${tag}@example.pl`,
      notes: `notatka-poufna-${tag}`,
    }
    sqlite()
      .prepare(
        'UPDATE participants SET address = @address, phone = @phone, email = @email, notes = @notes WHERE id = @id',
      )
      .run({ ...values, id: p.id })
    const iban = `PL6110901014${String(p.id).padStart(16, '0')}`
    sqlite()
      .prepare(
        `INSERT INTO psu_payment_details (participant_id, payment_form, account_iban, updated_at) VALUES (?, 'przelew', ?, '2025-01-01')`,
      )
      .run(p.id, iban)
    sqlite()
      .prepare(`UPDATE activities SET notes = ? WHERE participant_id = ?`)
      .run(`uwaga-o-osobie-${tag}`, p.id)
    const pesel = sqlite().prepare('SELECT pesel FROM participants WHERE id = ?').pluck().get(p.id) as string
    identity.push(
      ...Object.values(values),
      iban,
      pesel,
      p.last_name,
      `${p.last_name} ${p.first_name}`,
      foldForSearch(`${p.last_name} ${p.first_name}`),
      `uwaga-o-osobie-${tag}`,
    )
  }
  const kontrakt = rows<{ id: number; pid: number }>(
    `SELECT k.id, p.participant_id AS pid FROM kontrakty k JOIN participations p ON p.id = k.participation_id
     WHERE p.participant_id IN (${people.map((p) => p.id).join(',')}) LIMIT 1`,
  )[0]!
  sqlite()
    .prepare(
      `INSERT INTO kontrakt_family_members (kontrakt_id, position, full_name, pesel, relation, address) VALUES (?, 1, 'Teodor Rodzinny', NULL, 'syn', 'ul. Rodzinna 3')`,
    )
    .run(kontrakt.id)
  sqlite()
    .prepare(`UPDATE kontrakty SET situation_causes = 'opis-sytuacji-osoby' WHERE id = ?`)
    .run(kontrakt.id)
  identity.push('Teodor Rodzinny', 'ul. Rodzinna 3', 'opis-sytuacji-osoby')
  before = await allFigures()
}, 120_000)

afterAll(async () => {
  await temp.cleanup()
})

describe('anonymisation', () => {
  it('the dataset anonymises people with KIS, kontrakt, PSU and payout records', () => {
    const ids = people.map((p) => p.id).join(',')
    const count = (query: string) => sqlite().prepare(query.replace('$IDS', ids)).pluck().get() as number
    expect(people.length).toBeGreaterThanOrEqual(8)
    expect(count('SELECT count(*) FROM participations WHERE participant_id IN ($IDS)')).toBeGreaterThan(5)
    expect(count('SELECT count(*) FROM psu_payout_items WHERE participant_id IN ($IDS)')).toBeGreaterThan(0)
    expect(
      count(
        'SELECT count(*) FROM psu_timesheet_days d JOIN psu_timesheets t ON t.id = d.timesheet_id JOIN psu_assignments a ON a.id = t.assignment_id WHERE a.participant_id IN ($IDS)',
      ),
    ).toBeGreaterThan(0)
    const file = readFileSync(temp.file)
    expect(identity.filter((s) => file.includes(Buffer.from(s, 'utf8'))).length).toBeGreaterThan(0)
  })

  it('replaces the identity data of each person, one confirmed call each', async () => {
    for (const p of people) {
      const result = await dispatch('privacy:anonymise', {
        participantId: p.id,
        confirmLastName: p.last_name.toUpperCase(),
      })
      expect(result).toMatchObject({ ok: true, data: { participantId: p.id } })
    }
    const entries = rows<{ action: string }>("SELECT action FROM audit_log WHERE action = 'anonimizacja'")
    expect(entries).toHaveLength(people.length)
  }, 120_000)

  it('keeps every report figure of every year the same', async () => {
    expect(await allFigures()).toEqual(before)
  }, 120_000)

  it('leaves no identity string anywhere in the file bytes, no journal, no free pages', () => {
    const file = readFileSync(temp.file)
    const left = identity.filter((s) => file.includes(Buffer.from(s, 'utf8')))
    expect(left).toEqual([])
    const journal = `${temp.file}-journal`
    if (existsSync(journal)) {
      const bytes = readFileSync(journal)
      expect(identity.filter((s) => bytes.includes(Buffer.from(s, 'utf8')))).toEqual([])
    }
    expect(sqlite().pragma('freelist_count', { simple: true })).toBe(0)
    expect(sqlite().pragma('secure_delete', { simple: true })).toBe(0)
    expect(sqlite().pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sqlite().pragma('foreign_key_check')).toEqual([])
    console.log(
      `anonymisation: ${people.length} people, ${identity.length} identity strings, 0 left in ${file.length} bytes`,
    )
  })

  it('keeps sex and year of birth for the figures, and the record under its number', () => {
    const after = rows<{
      id: number
      pesel: string | null
      birth_date: string
      search_text: string
      anonymised_at: string
    }>(`SELECT * FROM participants WHERE id IN (${people.map((p) => p.id).join(',')})`)
    for (const r of after) {
      expect(r.pesel).toBeNull()
      expect(r.birth_date).toMatch(/^\d{4}-01-01$/)
      expect(r.search_text).toBe('')
      expect(r.anonymised_at).toBeTruthy()
    }
  })

  it('never finds an anonymised person by name, PESEL or anything else', async () => {
    for (const search of [people[0]!.last_name, 'zanonimizowana', 'osoba', 'anon']) {
      const found = await dispatch('participants:list', { search, status: 'wszystkie' })
      expect(found).toMatchObject({ ok: true, data: { total: 0 } })
    }
  })

  it('refuses a second anonymisation, an unknown person, a wrong surname and an edit, changing nothing', async () => {
    const hash = sha256OfFile(temp.file)
    const p = people[0]!
    const again = await dispatch('privacy:anonymise', {
      participantId: p.id,
      confirmLastName: 'Osoba zanonimizowana',
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!again.ok && again.error.message).toMatch(/została zanonimizowana .* Nic nie zostało zmienione\./)
    const missing = await dispatch('privacy:anonymise', { participantId: 99_999, confirmLastName: 'Nikt' })
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('99999') },
    })
    const open = rows<{ id: number; last_name: string }>(
      'SELECT r.id, r.last_name FROM participants r JOIN participations p ON p.participant_id = r.id WHERE p.end_date IS NULL LIMIT 1',
    )[0]!
    const wrongName = await dispatch('privacy:anonymise', {
      participantId: open.id,
      confirmLastName: 'Ktośinny',
    })
    expect(wrongName).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('otwarte uczestnictwo') },
    })
    const exported = await dispatch('privacy:export', { participantId: p.id })
    expect(exported).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(sha256OfFile(temp.file)).toBe(hash)
  })

  it('refuses while a restore swaps the database', async () => {
    const hash = sha256OfFile(temp.file)
    const p = rows<{ id: number; last_name: string }>(
      `SELECT id, last_name FROM participants WHERE anonymised_at IS NULL AND id NOT IN
         (SELECT participant_id FROM participations WHERE end_date IS NULL) LIMIT 1`,
    )[0]
    const target = p ?? { id: people[0]!.id, last_name: 'x' }
    const during = await swapGateFor(runtime).exclusive(async () => [
      await dispatch('privacy:anonymise', { participantId: target.id, confirmLastName: target.last_name }),
      await dispatch('privacy:export', { participantId: target.id }),
    ])
    for (const result of during) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('Trwa przywracanie') },
      })
    }
    expect(sha256OfFile(temp.file)).toBe(hash)
  })
})
