import { UNUSED_PLATFORM } from '../../../tests/support/test-platform'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/channels'
import type { ParticipantForm } from '@shared/participant.schema'
import type { Result } from '@shared/result'
import { makePesel } from '../../../tests/support/pesel-factory'
import { looksPolish } from '../../../tests/support/polish'
import { DomainError } from '../errors'
import { createTempDatabase, sha256OfFile, type TempDatabase } from '../../../tests/support/temp-database'
import { createDispatch, type Dispatch, type Handlers } from './handle'
import { createAppDispatch } from './handlers'
import { DEFAULT_SETTINGS } from '@shared/settings.schema'

function validForm(overrides: Partial<ParticipantForm> = {}): ParticipantForm {
  return {
    firstName: 'Jan',
    lastName: 'Kowalski',
    identityKind: 'pesel',
    pesel: '44051401359',
    idDocument: '',
    birthDate: '',
    sex: '',
    address: '',
    phone: '',
    email: '',
    admissionDate: '2024-09-02',
    targetGroups: ['dlugotrwale_bezrobotni'],
    otherGroupReason: '',
    exclusions: [],
    therapyCompleted: false,
    notes: '',
    status: 'aktywny',
    ...overrides,
  }
}

function expectPolishFailure(
  result: Result<unknown>,
  code: string,
): { message: string; fields?: Record<string, string> } {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(Object.keys(result.error).sort()).toEqual(expect.arrayContaining(['code', 'message']))
  expect(result.error.code).toBe(code)
  expect(typeof result.error.message).toBe('string')
  expect(looksPolish(result.error.message), result.error.message).toBe(true)
  return result.error
}

const MEGABYTE = 'x'.repeat(1024 * 1024)
const protoPayload = () => JSON.parse('{"__proto__":{"polluted":true}}') as unknown
const protoInsideForm = () =>
  JSON.parse(
    `{"__proto__":{"polluted":true},${JSON.stringify(validForm({ pesel: makePesel('1990-01-01', 'K') })).slice(1)}`,
  ) as unknown

// [label, channel, input]: each must be refused before reaching a service.
const MALFORMED: [string, string, () => unknown][] = [
  ['create: a number', 'participants:create', () => 42],
  ['create: a string instead of an object', 'participants:create', () => 'Jan Kowalski'],
  ['create: null', 'participants:create', () => null],
  ['create: undefined', 'participants:create', () => undefined],
  ['create: an array', 'participants:create', () => [validForm()]],
  ['create: an empty object (missing fields)', 'participants:create', () => ({})],
  [
    'create: one field missing',
    'participants:create',
    () => {
      const { lastName: _omit, ...rest } = validForm({ pesel: makePesel('1990-01-01', 'M') })
      return rest
    },
  ],
  [
    'create: an extra field',
    'participants:create',
    () => ({ ...validForm({ pesel: makePesel('1990-01-01', 'M') }), id: 1 }),
  ],
  [
    'create: wrong field types',
    'participants:create',
    () => ({ ...validForm(), therapyCompleted: 'tak', targetGroups: 'bezdomni' }),
  ],
  [
    'create: a 1 MB first name',
    'participants:create',
    () => validForm({ pesel: makePesel('1990-01-01', 'M'), firstName: MEGABYTE }),
  ],
  ['create: a 1 MB string as the whole input', 'participants:create', () => MEGABYTE],
  ['create: __proto__ payload', 'participants:create', protoPayload],
  ['create: __proto__ inside a valid form', 'participants:create', protoInsideForm],
  ['create: bad PESEL checksum', 'participants:create', () => validForm({ pesel: '44051401358' })],
  [
    'create: blocking exclusion',
    'participants:create',
    () => validForm({ pesel: makePesel('1990-01-01', 'M'), exclusions: ['emerytura'] }),
  ],
  ['get: NaN id', 'participants:get', () => ({ id: Number.NaN })],
  ['get: negative id', 'participants:get', () => ({ id: -1 })],
  ['get: zero id', 'participants:get', () => ({ id: 0 })],
  ['get: fractional id', 'participants:get', () => ({ id: 1.5 })],
  ['get: Infinity id', 'participants:get', () => ({ id: Number.POSITIVE_INFINITY })],
  ['get: id as text', 'participants:get', () => ({ id: '1' })],
  ['get: id with an extra key', 'participants:get', () => ({ id: 1, all: true })],
  ['get: null', 'participants:get', () => null],
  ['update: data missing', 'participants:update', () => ({ id: 1 })],
  ['update: empty first name', 'participants:update', () => ({ id: 1, data: validForm({ firstName: '' }) })],
  ['update: negative id', 'participants:update', () => ({ id: -7, data: validForm() })],
  ['archive: negative id', 'participants:archive', () => ({ id: -5 })],
  ['archive: __proto__ payload', 'participants:archive', protoPayload],
  ['list: a 1 MB search', 'participants:list', () => ({ search: MEGABYTE })],
  ['list: SQL in sortBy', 'participants:list', () => ({ sortBy: 'id; DROP TABLE participants' })],
  ['list: page 0', 'participants:list', () => ({ page: 0 })],
  ['list: page size NaN', 'participants:list', () => ({ pageSize: Number.NaN })],
  ['list: unknown status', 'participants:list', () => ({ status: 'usuniety' })],
  ['list: __proto__ payload', 'participants:list', protoPayload],
  ['list: a string', 'participants:list', () => 'wszystkie'],
  [
    'settings:update: wrong type',
    'settings:update',
    () => ({ officeName: 'OPS', requireTherapyForAddicted: 'tak' }),
  ],
  ['settings:update: empty object', 'settings:update', () => ({})],
  ['settings:update: __proto__ payload', 'settings:update', protoPayload],
  [
    'settings:update: 1 MB office name',
    'settings:update',
    () => ({ officeName: MEGABYTE, requireTherapyForAddicted: true }),
  ],
  ['settings:get: an object', 'settings:get', () => ({})],
  ['app:info: a string', 'app:info', () => 'x'],
]

const UNKNOWN_CHANNELS = [
  'participants:delete',
  '__proto__',
  'constructor',
  'toString',
  '',
  'participants:list ',
  'PARTICIPANTS:LIST',
]

describe('createAppDispatch on a real database', () => {
  let temp: TempDatabase
  let dispatch: Dispatch
  let existingId: number

  function snapshot() {
    const { sqlite, file } = temp.database
    const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    return {
      participants: count('participants'),
      groups: count('participant_target_groups'),
      exclusions: count('participant_exclusions'),
      settings: count('settings'),
      totalChanges: sqlite.prepare('SELECT total_changes()').pluck().get() as number,
      sha256: sha256OfFile(file),
    }
  }

  beforeEach(async () => {
    temp = await createTempDatabase()
    dispatch = createAppDispatch({ database: temp.database, appVersion: 'test', platform: UNUSED_PLATFORM })
    const created = await dispatch('participants:create', validForm())
    if (!created.ok) throw new Error(created.error.message)
    existingId = (created.data as { id: number }).id
  })

  afterEach(async () => {
    await temp.cleanup()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it.each(MALFORMED)(
    'refuses %s with INVALID_INPUT in Polish and changes nothing',
    async (_label, channel, input) => {
      const before = snapshot()
      const result = await dispatch(channel, input())
      const error = expectPolishFailure(result, 'INVALID_INPUT')
      expect(error.message.length).toBeLessThan(1000)
      expect(snapshot()).toEqual(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it.each(UNKNOWN_CHANNELS)('refuses unknown channel %j with UNKNOWN_CHANNEL in Polish', async (channel) => {
    const before = snapshot()
    expectPolishFailure(await dispatch(channel, { id: existingId }), 'UNKNOWN_CHANNEL')
    expect(snapshot()).toEqual(before)
  })

  it('does not pollute Object.prototype through a __proto__ key', async () => {
    for (const channel of CHANNELS) await dispatch(channel, protoPayload())
    await dispatch('participants:create', protoInsideForm())
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('gives field paths with Polish messages and a count of further errors', async () => {
    const result = await dispatch('participants:create', {
      ...validForm(),
      firstName: '',
      email: 'zly',
      phone: 'abc',
    })
    const error = expectPolishFailure(result, 'INVALID_INPUT')
    expect(error.fields).toMatchObject({
      firstName: 'Podaj imię.',
      email: 'Podaj poprawny adres e-mail albo zostaw pole puste.',
      phone: expect.stringMatching(/numer telefonu/),
    })
    expect(error.message).toBe('Podaj imię. (oraz 2 inne błędy)')
  })

  it('accepts a valid create and stores it (the snapshot does notice real changes)', async () => {
    const before = snapshot()
    const result = await dispatch(
      'participants:create',
      validForm({ firstName: 'Anna', lastName: 'Nowak', pesel: makePesel('1985-11-03', 'K') }),
    )
    expect(result).toMatchObject({
      ok: true,
      data: { firstName: 'Anna', lastName: 'Nowak', birthDate: '1985-11-03', sex: 'K' },
    })
    const after = snapshot()
    expect(after.participants).toBe(before.participants + 1)
    expect(after.totalChanges).toBeGreaterThan(before.totalChanges)
    expect(after.sha256).not.toBe(before.sha256)
  })

  it('turns a duplicate PESEL into CONFLICT with the Polish message and field, changing nothing', async () => {
    const before = snapshot()
    const error = expectPolishFailure(
      await dispatch('participants:create', validForm({ firstName: 'Adam' })),
      'CONFLICT',
    )
    expect(error.message).toContain('Jan Kowalski')
    expect(error.fields).toEqual({ pesel: error.message })
    expect(snapshot()).toEqual(before)
  })

  it('turns a missing record into NOT_FOUND', async () => {
    expectPolishFailure(await dispatch('participants:get', { id: existingId + 100 }), 'NOT_FOUND')
    expectPolishFailure(await dispatch('participants:archive', { id: existingId + 100 }), 'NOT_FOUND')
  })

  it('answers get, list, app:info and settings round trips', async () => {
    expect(await dispatch('participants:get', { id: existingId })).toMatchObject({
      ok: true,
      data: { id: existingId },
    })
    expect(await dispatch('participants:list', {})).toMatchObject({ ok: true, data: { total: 1 } })
    expect(await dispatch('participants:list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await dispatch('app:info', undefined)).toEqual({
      ok: true,
      data: { appVersion: 'test', dbPath: temp.file, schemaVersion: temp.database.schemaVersion },
    })
    const settings = { ...DEFAULT_SETTINGS, officeName: 'MOPS Zgierz', requireTherapyForAddicted: false }
    expect(await dispatch('settings:update', settings)).toEqual({ ok: true, data: settings })
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: true, data: settings })
  })
})

describe('createDispatch with fake handlers', () => {
  function fakeHandlers(overrides: Partial<Handlers>): Handlers {
    const unused = () => {
      throw new Error('handler not expected in this test')
    }
    const all = Object.fromEntries(CHANNELS.map((c) => [c, unused])) as unknown as Handlers
    return { ...all, ...overrides }
  }

  it('turns a thrown plain Error into INTERNAL without its text or stack trace, and logs it', async () => {
    const log = vi.fn()
    const secret = new Error('SELECT pesel FROM participants WHERE pesel = 44051401359')
    const dispatch = createDispatch(fakeHandlers({ 'participants:get': () => Promise.reject(secret) }), log)
    const result = await dispatch('participants:get', { id: 1 })
    const error = expectPolishFailure(result, 'INTERNAL')
    expect(error).toEqual({
      code: 'INTERNAL',
      message: 'Wystąpił nieoczekiwany błąd. Nic nie zostało zmienione.',
    })
    expect(JSON.stringify(result)).not.toMatch(/44051401359|SELECT|Error|\bat\s|\.ts:\d/)
    expect(log).toHaveBeenCalledTimes(1)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('participants:get'), secret)
  })

  it('turns a thrown non-Error value into INTERNAL', async () => {
    const dispatch = createDispatch(
      fakeHandlers({
        'settings:get': () => {
          throw 'tekst zamiast błędu'
        },
      }),
      () => {},
    )
    expect(await dispatch('settings:get', undefined)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Wystąpił nieoczekiwany błąd. Nic nie zostało zmienione.' },
    })
  })

  it('turns an SQLite error into DATABASE without the SQL text', async () => {
    const sqliteError = Object.assign(new Error('UNIQUE constraint failed: participants.pesel'), {
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    })
    const dispatch = createDispatch(
      fakeHandlers({ 'participants:archive': () => Promise.reject(sqliteError) }),
      () => {},
    )
    const error = expectPolishFailure(await dispatch('participants:archive', { id: 3 }), 'DATABASE')
    expect(error.message).not.toContain('UNIQUE')
  })

  it('passes a DomainError through with its code, message and fields, without logging', async () => {
    const log = vi.fn()
    const dispatch = createDispatch(
      fakeHandlers({
        'participants:get': () => {
          throw new DomainError('CONFLICT', 'Ten PESEL jest już w rejestrze.', {
            pesel: 'Ten PESEL jest już w rejestrze.',
          })
        },
        'participants:archive': () =>
          Promise.reject(new DomainError('NOT_FOUND', 'Nie znaleziono: uczestnik.')),
      }),
      log,
    )
    expect(await dispatch('participants:get', { id: 1 })).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Ten PESEL jest już w rejestrze.',
        fields: { pesel: 'Ten PESEL jest już w rejestrze.' },
      },
    })
    expect(await dispatch('participants:archive', { id: 1 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Nie znaleziono: uczestnik.' },
    })
    expect(log).not.toHaveBeenCalled()
  })

  it('refuses an answer that does not match the output schema with INTERNAL, and logs it', async () => {
    const log = vi.fn()
    const dispatch = createDispatch(
      fakeHandlers({ 'settings:get': () => ({ officeName: 42 }) as never }),
      log,
    )
    expectPolishFailure(await dispatch('settings:get', undefined), 'INTERNAL')
    expect(log).toHaveBeenCalledWith(expect.stringContaining('settings:get'), expect.anything())
  })

  it('strips undeclared fields from an answer', async () => {
    const dispatch = createDispatch(
      fakeHandlers({ 'participants:list': () => ({ rows: [], total: 0, secret: 'x' }) as never }),
      () => {},
    )
    expect(await dispatch('participants:list', {})).toEqual({ ok: true, data: { rows: [], total: 0 } })
  })

  it('hands the handler the parsed input with defaults, and never calls it for invalid input', async () => {
    const list = vi.fn(() => ({ rows: [], total: 0 }))
    const dispatch = createDispatch(fakeHandlers({ 'participants:list': list }), () => {})
    await dispatch('participants:list', { search: 'kow' })
    expect(list).toHaveBeenCalledWith({
      search: 'kow',
      status: 'biezacy',
      targetGroup: null,
      sortBy: 'name',
      sortDir: 'asc',
      page: 1,
      pageSize: 50,
    })
    await dispatch('participants:list', { page: -1 })
    await dispatch('participants:list', 'x')
    expect(list).toHaveBeenCalledTimes(1)
  })
})
