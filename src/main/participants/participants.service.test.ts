import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  participantInput,
  participantListQuery,
  type ParticipantForm,
  type ParticipantListQuery,
} from '@shared/participant.schema'
import { makePesel } from '../../../tests/support/pesel-factory'
import { DomainError } from '../errors'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createParticipantsService, type ParticipantsService } from './participants.service'

let temp: TempDatabase
let service: ParticipantsService
let clock: Date
let serial = 0

beforeEach(async () => {
  temp = await createTempDatabase()
  clock = new Date('2026-01-10T08:00:00.000Z')
  service = createParticipantsService(temp.database.db, () => clock)
})

afterEach(async () => {
  await temp.cleanup()
})

/** What the IPC layer would hand the service: the form parsed by the contract schema. */
function data(overrides: Partial<ParticipantForm> = {}) {
  return participantInput.parse({
    firstName: 'Jan',
    lastName: 'Kowalski',
    identityKind: 'pesel',
    pesel: makePesel('1980-04-12', 'M', ++serial),
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
  } satisfies ParticipantForm)
}

function query(overrides: Partial<ParticipantListQuery> = {}) {
  return participantListQuery.parse(overrides)
}

function count(table: string): number {
  return temp.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
}

async function names(q: Partial<ParticipantListQuery> = {}): Promise<string[]> {
  const page = await service.list(query({ pageSize: 200, ...q }))
  return page.rows.map((r) => `${r.firstName} ${r.lastName}`)
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => expect.unreachable('expected a refusal'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

describe('create', () => {
  it('returns the stored record with birth date and sex from the PESEL and both time stamps', async () => {
    const pesel = makePesel('1985-11-03', 'K', 7)
    const created = await service.create(
      data({
        firstName: 'Anna',
        lastName: 'Nowak',
        pesel,
        birthDate: '2001-01-01',
        sex: 'M',
        targetGroups: ['uzaleznieni_alkohol', 'bezdomni'],
        exclusions: ['renta_niezdolnosc'],
        therapyCompleted: true,
      }),
    )
    expect(created).toMatchObject({
      firstName: 'Anna',
      lastName: 'Nowak',
      pesel,
      idDocument: null,
      birthDate: '1985-11-03',
      sex: 'K',
      targetGroups: ['bezdomni', 'uzaleznieni_alkohol'],
      exclusions: ['renta_niezdolnosc'],
      therapyCompleted: true,
      status: 'aktywny',
      createdAt: '2026-01-10T08:00:00.000Z',
      updatedAt: '2026-01-10T08:00:00.000Z',
    })
    expect(created.id).toBeGreaterThan(0)
    expect(await service.get(created.id)).toEqual(created)
    expect(count('participants')).toBe(1)
    expect(count('participant_target_groups')).toBe(2)
    expect(count('participant_exclusions')).toBe(1)
  })

  it('stores a person without PESEL by identity document', async () => {
    const created = await service.create(
      data({
        identityKind: 'document',
        pesel: '',
        idDocument: 'UA123456',
        birthDate: '1990-02-01',
        sex: 'M',
      }),
    )
    expect(created).toMatchObject({ pesel: null, idDocument: 'UA123456', birthDate: '1990-02-01', sex: 'M' })
  })

  it('refuses a duplicate PESEL with CONFLICT naming the existing person and saves nothing', async () => {
    const pesel = makePesel('1944-05-14', 'M', 13)
    const existing = await service.create(data({ firstName: 'Jan', lastName: 'Kowalski', pesel }))
    const error = await rejection(
      service.create(
        data({
          firstName: 'Adam',
          lastName: 'Zieliński',
          pesel,
          targetGroups: ['bezdomni', 'inna'],
          otherGroupReason: 'x',
        }),
      ),
    )
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('Jan Kowalski')
    expect(error.message).toContain('14.05.1944')
    expect(error.message).toContain(`nr ${existing.id}`)
    expect(error.message).not.toContain('Zieliński')
    expect(error.fields).toEqual({ pesel: error.message })
    expect(count('participants')).toBe(1)
    expect(count('participant_target_groups')).toBe(1)
  })

  it('refuses a duplicate PESEL even when the existing person is archived, saying so', async () => {
    const pesel = makePesel('1970-01-01', 'K', 2)
    const existing = await service.create(data({ firstName: 'Ewa', lastName: 'Lis', pesel }))
    await service.archive(existing.id)
    const error = await rejection(service.create(data({ pesel })))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toMatch(/Ewa Lis.*archiwalny/)
    expect(count('participants')).toBe(1)
  })

  it('refuses a duplicate identity document with CONFLICT naming the existing person and saves nothing', async () => {
    const doc = {
      identityKind: 'document',
      pesel: '',
      idDocument: 'UA123456',
      birthDate: '1990-02-01',
      sex: 'M',
    } as const
    await service.create(data({ firstName: 'Ołeh', lastName: 'Kowalenko', ...doc }))
    const error = await rejection(
      service.create(data({ firstName: 'Iwan', lastName: 'Petrenko', ...doc, sex: 'M' })),
    )
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('Ołeh Kowalenko')
    expect(error.fields).toEqual({ idDocument: error.message })
    expect(count('participants')).toBe(1)
  })
})

describe('update', () => {
  it('changes the data and updatedAt but keeps createdAt', async () => {
    const created = await service.create(data({ lastName: 'Kowalski' }))
    clock = new Date('2026-02-20T12:30:00.000Z')
    const updated = await service.update(
      created.id,
      data({ lastName: 'Kowalski-Nowak', pesel: created.pesel!, targetGroups: ['bezdomni'] }),
    )
    expect(updated).toMatchObject({
      id: created.id,
      lastName: 'Kowalski-Nowak',
      targetGroups: ['bezdomni'],
      createdAt: '2026-01-10T08:00:00.000Z',
      updatedAt: '2026-02-20T12:30:00.000Z',
    })
    expect(await service.get(created.id)).toEqual(updated)
    expect(count('participant_target_groups')).toBe(1)
  })

  it("refuses taking another person's PESEL and leaves both records as they were", async () => {
    const first = await service.create(data({ firstName: 'Jan', lastName: 'Kowalski' }))
    const second = await service.create(data({ firstName: 'Anna', lastName: 'Nowak' }))
    clock = new Date('2026-02-20T12:30:00.000Z')
    const error = await rejection(
      service.update(second.id, data({ firstName: 'Anna', lastName: 'Nowak', pesel: first.pesel! })),
    )
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('Jan Kowalski')
    expect(await service.get(second.id)).toEqual(second)
    expect(await service.get(first.id)).toEqual(first)
  })

  it('answers NOT_FOUND for get, update and archive of a missing id', async () => {
    for (const call of [service.get(999), service.update(999, data()), service.archive(999)]) {
      const error = await rejection(call)
      expect(error.code).toBe('NOT_FOUND')
      expect(error.message).toMatch(/Nie znaleziono: uczestnik o numerze 999/)
    }
    expect(count('participants')).toBe(0)
  })
})

describe('archive and status filter', () => {
  it("sets status 'archiwalny'; the default list hides it, 'wszystkie' and 'archiwalny' show it", async () => {
    const kept = await service.create(data({ firstName: 'Jan', lastName: 'Aktywny' }))
    const ended = await service.create(
      data({ firstName: 'Jan', lastName: 'Zakończony', status: 'zakonczony' }),
    )
    const gone = await service.create(data({ firstName: 'Jan', lastName: 'Archiwalny' }))
    clock = new Date('2026-03-01T09:00:00.000Z')

    const archived = await service.archive(gone.id)
    expect(archived).toMatchObject({
      status: 'archiwalny',
      updatedAt: '2026-03-01T09:00:00.000Z',
      createdAt: gone.createdAt,
    })

    const current = await service.list(query())
    expect(current.rows.map((r) => r.id).sort()).toEqual([kept.id, ended.id].sort())
    expect(current.total).toBe(2)
    expect((await service.list(query({ status: 'wszystkie' }))).total).toBe(3)
    expect((await service.list(query({ status: 'archiwalny' }))).rows.map((r) => r.id)).toEqual([gone.id])
    expect((await service.list(query({ status: 'zakonczony' }))).rows.map((r) => r.id)).toEqual([ended.id])
    expect((await service.list(query({ status: 'aktywny' }))).rows.map((r) => r.id)).toEqual([kept.id])
  })
})

describe('search', () => {
  beforeEach(async () => {
    await service.create(data({ firstName: 'Marek', lastName: 'Łódź' }))
    await service.create(data({ firstName: 'Ewa', lastName: 'Żółw' }))
    await service.create(data({ firstName: 'Jan', lastName: 'Kowalski', pesel: '44051401359' }))
    await service.create(data({ firstName: 'Janina', lastName: 'Nowak' }))
    await service.create(
      data({
        firstName: 'Ołena',
        lastName: 'Szewczenko',
        identityKind: 'document',
        pesel: '',
        idDocument: 'FX-778899',
        birthDate: '1991-07-07',
        sex: 'K',
      }),
    )
  })

  it.each([
    ['lodz', ['Marek Łódź']],
    ['ŁÓDŹ', ['Marek Łódź']],
    ['zolw', ['Ewa Żółw']],
    ['ŻÓŁW', ['Ewa Żółw']],
    ['KOWALSKI', ['Jan Kowalski']],
    ['jan kow', ['Jan Kowalski']],
    ['kow jan', ['Jan Kowalski']],
    ['  jan    kow ', ['Jan Kowalski']],
    ['jan', ['Jan Kowalski', 'Janina Nowak']],
    ['0514013', ['Jan Kowalski']],
    ['44051401359', ['Jan Kowalski']],
    ['fx-7788', ['Ołena Szewczenko']],
    ['olena', ['Ołena Szewczenko']],
    ['jan zolw', []],
    ['', ['Jan Kowalski', 'Marek Łódź', 'Janina Nowak', 'Ołena Szewczenko', 'Ewa Żółw']],
  ])('search %j finds %j', async (search, expected) => {
    expect(await names({ search })).toEqual(expected)
  })

  it("treats LIKE wildcards '%' and '_' (and the escape character) in the query literally", async () => {
    expect(await names({ search: 'kow%' })).toEqual([])
    expect(await names({ search: '%' })).toEqual([])
    expect(await names({ search: 'n_wak' })).toEqual([])
    expect(await names({ search: '_' })).toEqual([])
    expect(await names({ search: '\\' })).toEqual([])
    await service.create(data({ firstName: 'Test', lastName: 'Pod_kreślnik%' }))
    expect(await names({ search: '_' })).toEqual(['Test Pod_kreślnik%'])
    expect(await names({ search: 'd_k' })).toEqual(['Test Pod_kreślnik%'])
    expect(await names({ search: 'k%' })).toEqual(['Test Pod_kreślnik%'])
  })
})

describe('filter by target group', () => {
  it('lists only people with that group among theirs', async () => {
    await service.create(
      data({ firstName: 'Jan', lastName: 'Alkohol', targetGroups: ['uzaleznieni_alkohol'] }),
    )
    await service.create(
      data({ firstName: 'Jan', lastName: 'Oba', targetGroups: ['bezdomni', 'uzaleznieni_alkohol'] }),
    )
    await service.create(data({ firstName: 'Jan', lastName: 'Bezdomny', targetGroups: ['bezdomni'] }))
    expect(await names({ targetGroup: 'uzaleznieni_alkohol' })).toEqual(['Jan Alkohol', 'Jan Oba'])
    expect(await names({ targetGroup: 'bezdomni' })).toEqual(['Jan Bezdomny', 'Jan Oba'])
    expect(await names({ targetGroup: 'uchodzcy' })).toEqual([])
    expect((await service.list(query({ targetGroup: 'bezdomni', search: 'oba' }))).total).toBe(1)
  })
})

describe('sorting', () => {
  beforeEach(async () => {
    for (const lastName of ['Zając', 'Mazur', 'Łukasiewicz', 'Łódź', 'Lis', 'Adamski']) {
      await service.create(data({ firstName: 'Jan', lastName }))
    }
  })

  it('sorts by folded surname so Ł sits between L and M, not after Z', async () => {
    const order = ['Adamski', 'Lis', 'Łódź', 'Łukasiewicz', 'Mazur', 'Zając'].map((n) => `Jan ${n}`)
    expect(await names({ sortBy: 'name' })).toEqual(order)
    expect(await names({ sortBy: 'name', sortDir: 'desc' })).toEqual([...order].reverse())
  })

  it('breaks ties on surname by first name', async () => {
    await service.create(data({ firstName: 'Adam', lastName: 'Lis' }))
    await service.create(data({ firstName: 'Łucja', lastName: 'Lis' }))
    await service.create(data({ firstName: 'Zofia', lastName: 'Lis' }))
    expect(await names({ search: 'lis' })).toEqual(['Adam Lis', 'Jan Lis', 'Łucja Lis', 'Zofia Lis'])
  })

  it('puts people without PESEL last when sorting by PESEL, in both directions', async () => {
    await service.create(
      data({
        firstName: 'Bez',
        lastName: 'Peselu',
        identityKind: 'document',
        pesel: '',
        idDocument: 'D1',
        birthDate: '1990-01-01',
        sex: 'K',
      }),
    )
    const asc = await service.list(query({ sortBy: 'pesel', pageSize: 200 }))
    const desc = await service.list(query({ sortBy: 'pesel', sortDir: 'desc', pageSize: 200 }))
    expect(asc.rows.at(-1)!.pesel).toBeNull()
    expect(desc.rows.at(-1)!.pesel).toBeNull()
    const ascPesels = asc.rows.slice(0, -1).map((r) => r.pesel!)
    expect(ascPesels).toEqual([...ascPesels].sort())
    expect(desc.rows.slice(0, -1).map((r) => r.pesel)).toEqual([...ascPesels].reverse())
  })
})

describe('paging', () => {
  it('returns the requested page and the total of all matches', async () => {
    const surnames = ['Adamska', 'Bąk', 'Cieślak', 'Dudek', 'Ewertowska']
    for (const lastName of surnames) await service.create(data({ firstName: 'Jan', lastName }))

    const pages = await Promise.all([1, 2, 3, 4].map((page) => service.list(query({ page, pageSize: 2 }))))
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5, 5])
    expect(pages.map((p) => p.rows.map((r) => r.lastName))).toEqual([
      ['Adamska', 'Bąk'],
      ['Cieślak', 'Dudek'],
      ['Ewertowska'],
      [],
    ])
  })

  it('counts the total after filters, not the whole table', async () => {
    for (const lastName of ['Nowak', 'Nowakowski', 'Kowalski'])
      await service.create(data({ firstName: 'Jan', lastName }))
    const page = await service.list(query({ search: 'nowak', pageSize: 1 }))
    expect(page.total).toBe(2)
    expect(page.rows).toHaveLength(1)
  })
})
