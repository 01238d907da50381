// Input the schemas accept never ends in a generic error: a staff member still referred to is "in
// use" with a reason, NUL-only texts and dates outside 1900–2999 are refused by the schemas (so a
// year 9999 never reaches the calendar code), and a read-only or full database says so in Polish
// while the log keeps SQLite's own cause.
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppDatabase } from '../../src/main/db/connection'
import type { Database } from '../../src/main/db/schema'
import { createAppDispatch } from '../../src/main/ipc/handlers'
import type { Dispatch } from '../../src/main/ipc/handle'
import { participantForm } from '../support/backup-data'
import { looksPolish } from '../support/polish'
import { createTempDatabase, type TempDatabase } from '../support/temp-database'
import { UNUSED_PLATFORM } from '../support/test-platform'

let temp: TempDatabase
let dispatch: Dispatch

beforeEach(async () => {
  temp = await createTempDatabase()
  dispatch = createAppDispatch({ database: temp.database, appVersion: 'test', platform: UNUSED_PLATFORM })
})

afterEach(async () => {
  vi.restoreAllMocks()
  await temp.cleanup()
})

async function data<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data as T
}

/** Without a PESEL: the document number, birth date and sex are typed by hand. */
const person = (change: Record<string, unknown> = {}) =>
  participantForm({
    identityKind: 'document',
    pesel: '',
    idDocument: 'ABC123456',
    birthDate: '1980-05-01',
    sex: 'K',
    ...change,
  })

describe('answers in Polish instead of generic errors', () => {
  it('shows a staff member with a KIS staff engagement as in use and refuses to delete it, with a reason', async () => {
    const member = await data<{ id: number }>('staff:create', {
      fullName: 'Maria Nowak',
      position: 'psycholog',
      phone: '',
      active: true,
    })
    await data('reports:staffsave', {
      id: null,
      staffMemberId: member.id,
      kisRole: 'psycholog',
      basis: 'umowa_zlecenie',
      fte: null,
      monthlyHours: 20,
      dateFrom: '2025-01-01',
      dateTo: '',
      notes: '',
    })
    expect(await data('staff:list', { includeInactive: true })).toMatchObject([
      { id: member.id, inUse: true },
    ])
    const refused = await dispatch('staff:delete', { id: member.id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!refused.ok)
      expect(refused.error.message).toMatch(/Nie można usunąć pracownika Maria Nowak: .*zatrudnieniu w KIS/)
  })

  it('knows every table that refers to a staff member (a new one must count as "in use" too)', () => {
    const tables = temp.database.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[]
    const referring = tables.filter((table) =>
      (temp.database.sqlite.pragma(`foreign_key_list("${table}")`) as { table: string }[]).some(
        (fk) => fk.table === 'staff_members',
      ),
    )
    expect(referring.sort()).toEqual(['activities', 'kis_staff_engagements', 'kontrakty', 'participations'])
  })

  it.each([
    ['a NUL-only surname', 'lastName', { lastName: '\u0000\u0000' }],
    ['a NUL-only first name among spaces', 'firstName', { firstName: ' \u0000 ' }],
    ['a NUL-only document number', 'idDocument', { idDocument: '\u0000' }],
    ['an admission date in year 0001', 'admissionDate', { admissionDate: '0001-01-01' }],
    ['a birth date in 1899', 'birthDate', { birthDate: '1899-12-31' }],
  ])('refuses %s in the schema, naming the field', async (_what, field, change) => {
    const result = await dispatch('participants:create', person(change))
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!result.ok) {
      expect(Object.keys(result.error.fields ?? {})).toContain(field)
      expect(looksPolish(result.error.message), result.error.message).toBe(true)
    }
  })

  it('refuses NUL-only texts and years beyond 2999 on other channels too', async () => {
    for (const [channel, input] of [
      ['staff:create', { fullName: '\u0000', position: '', phone: '', active: true }],
      ['timesheets:month', { month: '9999-01' }],
      ['payouts:month', { porozumienieId: 1, month: '3000-01' }],
      ['reports:summary', { from: '2025-01-01', to: '3000-12-31', compareYears: 0 }],
    ] as const) {
      const result = await dispatch(channel, input)
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
  })

  it('says in Polish that the database is read-only, and logs SQLite’s cause', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // The file as a program sees it on a read-only medium or without the right to write.
    const sqlite = new SQLite(temp.file, { readonly: true })
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    const readOnly: AppDatabase = { ...temp.database, sqlite, db, close: () => db.destroy() }
    try {
      const result = await createAppDispatch({
        database: readOnly,
        appVersion: 'test',
        platform: UNUSED_PLATFORM,
      })('participants:create', person())
      expect(result).toMatchObject({ ok: false, error: { code: 'DATABASE' } })
      if (!result.ok) expect(result.error.message).toMatch(/tylko do odczytu/)
      expect(log.mock.calls.flat().join(' ')).toMatch(/SQLITE_READONLY/)
    } finally {
      await db.destroy()
    }
  })

  it('says in Polish that the disk is full, and logs SQLite’s cause', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const pages = temp.database.sqlite.pragma('page_count', { simple: true }) as number
    temp.database.sqlite.pragma(`max_page_count = ${pages}`)
    const notes = 'ł'.repeat(3900)
    let result = await dispatch('participants:create', person({ notes }))
    for (let i = 0; result.ok && i < 50; i++) {
      result = await dispatch('participants:create', person({ notes, idDocument: `ABC${i}` }))
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'DATABASE' } })
    if (!result.ok) expect(result.error.message).toMatch(/brak miejsca na dysku/i)
    expect(log.mock.calls.flat().join(' ')).toMatch(/SQLITE_FULL/)
  })
})
