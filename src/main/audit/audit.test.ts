import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '@shared/channels'
import type { ParticipantForm } from '@shared/participant.schema'
import { createAppDispatch } from '../ipc/handlers'
import type { Dispatch } from '../ipc/handle'
import type { Platform } from '../platform/platform'
import { openAppDatabase } from '../backup/open-database'
import { createTempDatabase, createTempDir, type TempDatabase } from '../../../tests/support/temp-database'
import { makePesel } from '../../../tests/support/pesel-factory'
import { currentUserName } from './audited-dispatch'

let temp: TempDatabase
let dispatch: Dispatch
let saved: string[]

function fakePlatform(dir: string): Platform {
  return {
    renderPdf: async () => new TextEncoder().encode('%PDF-1.4 test'),
    print: async () => true,
    chooseSavePath: async (name) => {
      const path = join(dir, name)
      saved.push(path)
      return name.includes('anuluj') ? null : path
    },
    chooseOpenPath: async () => null,
    chooseFolder: async () => dir,
    showInFolder: () => undefined,
  }
}

function person(lastName: string, serial: number): ParticipantForm {
  return {
    firstName: 'Anna',
    lastName,
    identityKind: 'pesel',
    pesel: makePesel('1980-02-03', 'K', serial),
    idDocument: '',
    birthDate: '',
    sex: '',
    address: 'ul. Tajna 7, Łódź',
    phone: '',
    email: '',
    admissionDate: '2025-01-02',
    targetGroups: ['uzaleznieni_alkohol'],
    otherGroupReason: '',
    exclusions: [],
    therapyCompleted: true,
    notes: 'prywatna notatka',
    status: 'aktywny',
  }
}

const entries = () =>
  temp.database.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as {
    id: number
    action: string
    subject: string
    detail: string
    user_name: string
  }[]
const peopleOf = (entryId: number) =>
  temp.database.sqlite
    .prepare('SELECT participant_id FROM audit_log_people WHERE entry_id = ? ORDER BY participant_id')
    .pluck()
    .all(entryId)

async function ok<T = unknown>(channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.data as T
}

beforeEach(async () => {
  temp = await createTempDatabase()
  saved = []
  dispatch = createAppDispatch({
    database: temp.database,
    appVersion: 'test',
    platform: fakePlatform(temp.dir),
  })
})

afterEach(async () => {
  await temp.cleanup()
})

describe('audit log: changes of a person', () => {
  it('records a new participant with the Windows user, the channel and the register number, never the content', async () => {
    const created = await ok<{ id: number }>('participants:create', person('Tajemnicza', 1))
    const [entry, ...more] = entries()
    expect(more).toEqual([])
    expect(entry).toMatchObject({
      action: 'zmiana',
      subject: 'participants:create',
      user_name: currentUserName(),
    })
    expect(peopleOf(entry!.id)).toEqual([created.id])
    const text = JSON.stringify(entries())
    expect(text).not.toContain('Tajemnicza')
    expect(text).not.toContain('prywatna')
    expect(text).not.toContain('uzaleznieni')
  })

  it('writes no entry when the change is refused', async () => {
    await ok('participants:create', person('Pierwsza', 2))
    const duplicate = await dispatch('participants:create', person('Druga', 2))
    expect(duplicate.ok).toBe(false)
    expect(entries()).toHaveLength(1)
  })

  it('commits no change without its entry: a failing log insert rolls the change back', async () => {
    temp.database.sqlite.exec(
      "CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'dysk pełny'); END",
    )
    const result = await dispatch('participants:create', person('Bezwpisu', 3))
    expect(result.ok).toBe(false)
    expect(temp.database.sqlite.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(0)
  })

  it('names each person of concurrent calls in their own entry', async () => {
    const [a, b] = await Promise.all([
      ok<{ id: number }>('participants:create', person('Równoległa', 4)),
      ok<{ id: number }>('participants:create', person('Współbieżna', 5)),
    ])
    const list = entries()
    expect(list).toHaveLength(2)
    expect(list.map((e) => peopleOf(e.id))).toEqual(expect.arrayContaining([[a.id], [b.id]]))
  })

  it('keeps reads out of the log', async () => {
    const { id } = await ok<{ id: number }>('participants:create', person('Czytana', 6))
    await ok('participants:get', { id })
    await ok('participants:list', {})
    expect(entries()).toHaveLength(1)
  })
})

describe('audit log: prints and exports', () => {
  it('logs a saved PDF after the file is written, with the document kind and the person', async () => {
    const { id } = await ok<{ id: number }>('participants:create', person('Drukowana', 7))
    const out = await ok<{ path: string }>('documents:save', { kind: 'karta-uczestnika', participantId: id })
    expect(statSync(out.path).size).toBeGreaterThan(0)
    const last = entries().at(-1)!
    expect(last).toMatchObject({ action: 'zapis-pdf', subject: 'dokument:karta-uczestnika' })
    expect(peopleOf(last.id)).toEqual([id])
  })

  it('logs a list export with format and row count, and whether art. 9 data was ticked', async () => {
    await ok('participants:create', person('Eksportowana', 8))
    const filter = {
      search: '',
      status: 'wszystkie',
      targetGroup: 'uzaleznieni_alkohol',
      sortBy: 'name',
      sortDir: 'asc',
    }
    await ok('exports:list', { list: 'participants', format: 'csv', filter })
    await ok('exports:list', { list: 'participants', format: 'xlsx', filter, specialCategories: true })
    const [, plain, special] = entries()
    expect(plain).toMatchObject({
      action: 'eksport-listy',
      subject: 'lista:participants',
      detail: 'CSV, wierszy: 1',
    })
    expect(special!.detail).toBe('XLSX, wierszy: 1, z danymi szczególnych kategorii (art. 9 RODO)')
    // The filtered target group is special-category data: never in the log.
    expect(JSON.stringify(entries())).not.toContain('uzaleznieni')
  })

  it('lists and filters the log by person, action and day, newest first, and exports it', async () => {
    const a = await ok<{ id: number }>('participants:create', person('Pierwszy', 9))
    const b = await ok<{ id: number }>('participants:create', person('Drugi', 10))
    await ok('documents:print', { kind: 'karta-uczestnika', participantId: a.id })
    const all = await ok<{ total: number; rows: { action: string; subject: string; people: number[] }[] }>(
      'audit:list',
      {},
    )
    expect(all.total).toBe(3)
    expect(all.rows[0]).toMatchObject({ action: 'wydruk', subject: 'karta uczestnika', people: [a.id] })
    expect(all.rows[2]!.subject).toBe('rejestr — dodanie osoby')
    const ofA = await ok<{ total: number }>('audit:list', { participantId: a.id })
    expect(ofA.total).toBe(2)
    const ofB = await ok<{ total: number }>('audit:list', { participantId: b.id, action: 'wydruk' })
    expect(ofB.total).toBe(0)
    const today = new Date()
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
    expect((await ok<{ total: number }>('audit:list', { from: iso, to: iso })).total).toBe(3)
    expect((await ok<{ total: number }>('audit:list', { to: '2000-01-01' })).total).toBe(0)
    const exported = await ok<{ path: string; rows: number }>('audit:export', {
      format: 'csv',
      filter: { action: null, participantId: null, from: null, to: null },
    })
    expect(exported.rows).toBe(3)
    const csv = readFileSync(exported.path, 'utf8')
    expect(csv).toContain('Czynność;Czego dotyczy')
    expect(csv).toContain('karta uczestnika')
    expect(entries().at(-1)).toMatchObject({ action: 'eksport-rejestru', detail: 'CSV, wierszy: 3' })
  })
})

describe('audit log is append-only', () => {
  it('refuses UPDATE and DELETE of an entry in the database itself', async () => {
    await ok('participants:create', person('Stała', 11))
    const sqlite = temp.database.sqlite
    expect(() => sqlite.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/tylko uzupełniać/)
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/tylko uzupełniać/)
    expect(() => sqlite.prepare('DELETE FROM audit_log_people').run()).toThrow(/tylko uzupełniać/)
    expect(() => sqlite.prepare('UPDATE audit_log_people SET participant_id = 99').run()).toThrow(
      /tylko uzupełniać/,
    )
    expect(entries()).toHaveLength(1)
  })

  it('refuses an edit through the bridge: no such channel, and a schema-invalid call is rejected', async () => {
    await ok('participants:create', person('Nietykalna', 12))
    const before = JSON.stringify(entries())
    for (const channel of ['audit:update', 'audit:delete', 'audit:remove', 'audit:clear']) {
      const result = await dispatch(channel, { id: 1, action: 'wydruk' })
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
    const sneaky = await dispatch('audit:list', { id: 1, action: 'zmiana', set: { user_name: 'ktoś' } })
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(CHANNELS.filter((c) => c.startsWith('audit:'))).toEqual(['audit:list', 'audit:export'])
    expect(JSON.stringify(entries())).toBe(before)
  })

  it('has no SQL path in main that updates or deletes an entry', () => {
    const root = join(__dirname, '..')
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path)
      }
    }
    walk(root)
    const offending = files.filter((f) =>
      /(updateTable|deleteFrom)\(\s*'audit_log|(UPDATE|DELETE\s+FROM)\s+audit_log(?!_no)/i.test(
        readFileSync(f, 'utf8').replace(/CREATE TRIGGER[^`]*/g, ''),
      ),
    )
    expect(files.length).toBeGreaterThan(100)
    expect(offending).toEqual([])
  })
})

describe('audit log and older databases', () => {
  it('upgrades a database from before the log (schema 6) with an empty log', async () => {
    const dir = createTempDir()
    try {
      const file = join(dir.dir, 'kis.sqlite')
      copyFileSync(join(__dirname, '../../../tests/fixtures/db/kis-v6.sqlite'), file)
      const database = await openAppDatabase(file)
      expect(database.schemaVersion).toBeGreaterThanOrEqual(7)
      expect(database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0)
      expect(database.sqlite.prepare('SELECT count(*) FROM participants').pluck().get()).toBeGreaterThan(0)
      await database.close()
    } finally {
      dir.cleanup()
    }
  })
})
