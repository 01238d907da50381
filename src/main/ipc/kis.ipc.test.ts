// The KIS programme's channels refuse bad input in Polish, field by field, and save nothing.
import { DEFAULT_OFFICE } from '@shared/office.schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '@shared/result'
import { UNUSED_PLATFORM } from '../../../tests/support/test-platform'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { kontraktForm } from '../../../tests/support/kis-fixtures'
import { makePesel } from '../../../tests/support/pesel-factory'
import { looksPolish } from '../../../tests/support/polish'
import type { Dispatch } from './handle'
import { createAppDispatch } from './handlers'

let temp: TempDatabase
let dispatch: Dispatch
let personId: number
let workerId: number

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new Error(result.error.message)
  return result.data as T
}

const TABLES = [
  'staff_members',
  'participations',
  'participation_target_groups',
  'kontrakty',
  'kontrakt_goals',
  'kontrakt_actions',
  'kontrakt_aneksy',
  'kontrakt_evaluations',
  'group_classes',
  'activities',
  'settings',
]

function snapshot() {
  const { sqlite } = temp.database
  return {
    counts: TABLES.map((t) => sqlite.prepare(`SELECT count(*) FROM ${t}`).pluck().get()),
    changes: sqlite.prepare('SELECT total_changes()').pluck().get(),
  }
}

function openInput(overrides: Record<string, unknown> = {}) {
  return {
    participantId: personId,
    startDate: '2025-09-01',
    referralKind: 'ops',
    referringWorkerId: workerId,
    pupReferralNumber: '',
    pupReferralDate: '',
    targetGroups: ['dlugotrwale_bezrobotni'],
    otherGroupReason: '',
    notes: '',
    ...overrides,
  }
}

beforeEach(async () => {
  temp = await createTempDatabase()
  dispatch = createAppDispatch({ database: temp.database, appVersion: 'test', platform: UNUSED_PLATFORM })
  const person = await ok<{ id: number }>(
    dispatch('participants:create', {
      firstName: 'Zofia',
      lastName: 'Żółw',
      identityKind: 'pesel',
      pesel: makePesel('1984-06-15', 'K'),
      idDocument: '',
      birthDate: '',
      sex: '',
      address: '',
      phone: '',
      email: '',
      admissionDate: '2025-01-02',
      targetGroups: ['dlugotrwale_bezrobotni'],
      otherGroupReason: '',
      exclusions: [],
      therapyCompleted: false,
      notes: '',
      status: 'aktywny',
    }),
  )
  personId = person.id
  workerId = (
    await ok<{ id: number }>(
      dispatch('staff:create', { fullName: 'Maria Nowak', position: '', phone: '', active: true }),
    )
  ).id
})

afterEach(async () => {
  await temp.cleanup()
})

describe('KIS channels refuse bad input and save nothing', () => {
  const cases: [string, string, () => unknown, string, string][] = [
    [
      'an OPS referral without a worker',
      'participations:open',
      () => openInput({ referringWorkerId: null }),
      'referringWorkerId',
      'Wybierz pracownika socjalnego',
    ],
    [
      'a PUP referral without its number',
      'participations:open',
      () => openInput({ referralKind: 'pup', referringWorkerId: null, pupReferralDate: '2025-08-01' }),
      'pupReferralNumber',
      'Podaj numer skierowania',
    ],
    [
      'a start date in the future',
      'participations:open',
      () => openInput({ startDate: '2999-01-01' }),
      'startDate',
      'nie może być z przyszłości',
    ],
    [
      'no target group',
      'participations:open',
      () => openInput({ targetGroups: [] }),
      'targetGroups',
      'co najmniej jedną grupę',
    ],
    [
      'a closing for work without its date',
      'participations:close',
      () => ({
        id: 1,
        endDate: '2026-01-01',
        endReason: 'zatrudnienie',
        employmentDate: '',
        employmentForm: 'umowa_o_prace',
        employer: 'X',
        endNotes: '',
      }),
      'employmentDate',
      'podaj datę zatrudnienia',
    ],
    [
      'a closing without a reason',
      'participations:close',
      () => ({
        id: 1,
        endDate: '2026-01-01',
        endReason: '',
        employmentDate: '',
        employmentForm: '',
        employer: '',
        endNotes: '',
      }),
      'endReason',
      'Wybierz przyczynę',
    ],
    [
      'a kontrakt action outside its period',
      'kontrakty:create',
      () => ({
        participationId: 1,
        data: {
          ...kontraktForm(workerId),
          actions: kontraktForm(workerId).actions.map((a) => ({ ...a, deadline: '2027-01-01' })),
        },
      }),
      'data.actions.0.deadline',
      'musi mieścić się w okresie kontraktu',
    ],
    [
      'a kontrakt ending before it starts',
      'kontrakty:create',
      () => ({ participationId: 1, data: kontraktForm(workerId, { endDate: '2025-08-01' }) }),
      'data.endDate',
      'kończyć się później',
    ],
    [
      'a kontrakt without goals',
      'kontrakty:create',
      () => ({ participationId: 1, data: kontraktForm(workerId, { goals: [] }) }),
      'data.goals',
      'co najmniej jeden cel',
    ],
    [
      'an evaluation without a rating',
      'kontrakty:evaluate',
      () => ({
        id: 1,
        evaluatedOn: '2025-10-01',
        summary: 'x',
        goals: [{ goalId: 1, achievement: '', comment: '' }],
      }),
      'goals.0.achievement',
      'Oceń realizację',
    ],
    [
      'an aneks without a description',
      'kontrakty:amend',
      () => ({ id: 1, aneksDate: '2025-10-01', description: ' ', data: kontraktForm(workerId) }),
      'description',
      'czego dotyczą zmiany',
    ],
    [
      'an internship without its end',
      'activities:create',
      () => ({
        participantId: 1,
        kind: 'staz',
        date: '2025-10-01',
        endDate: '',
        staffMemberId: null,
        provider: '',
        topic: '',
        organization: 'UG',
        projectName: '',
        employmentForm: '',
        benefitName: '',
        notes: '',
      }),
      'endDate',
      'zakończenia stażu',
    ],
    [
      'group attendance entered as a kind of individual activity',
      'activities:create',
      () => ({
        participantId: 1,
        kind: 'zajecia_grupowe',
        date: '2025-10-01',
        endDate: '',
        staffMemberId: null,
        provider: '',
        topic: 'x',
        organization: '',
        projectName: '',
        employmentForm: '',
        benefitName: '',
        notes: '',
      }),
      'kind',
      '',
    ],
    [
      'a class with the same person twice',
      'classes:save',
      () => ({ id: null, heldOn: '2025-10-01', topic: 'W', leader: '', notes: '', attendeeIds: [1, 1] }),
      'attendeeIds',
      'powtarza się',
    ],
    [
      'a kontrakt prefix with spaces',
      'office:update',
      () => ({ ...DEFAULT_OFFICE, officeName: 'OPS', kontraktPrefix: 'KS 1' }),
      'kontraktPrefix',
      'Przedrostek może zawierać',
    ],
    [
      'a staff member without a name',
      'staff:create',
      () => ({ fullName: '', position: '', phone: '', active: true }),
      'fullName',
      'Podaj imię i nazwisko',
    ],
  ]

  it.each(cases)('refuses %s', async (_label, channel, input, field, phrase) => {
    const before = snapshot()
    const result = await dispatch(channel, input())
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(looksPolish(result.error.message), result.error.message).toBe(true)
    expect(Object.keys(result.error.fields ?? {})).toContain(field)
    expect(result.error.fields![field]).toContain(phrase)
    expect(snapshot()).toEqual(before)
  })

  it('refuses a second open participation with CONFLICT in Polish, changing nothing', async () => {
    await ok(dispatch('participations:open', openInput()))
    const before = snapshot()
    const result = await dispatch('participations:open', openInput({ startDate: '2026-01-01' }))
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(result.ok || result.error.message).toMatch(/ma już otwarte uczestnictwo w KIS od 01\.09\.2025/)
    expect(snapshot()).toEqual(before)
  })

  it('refuses a direct edit of a signed kontrakt with CONFLICT, changing nothing', async () => {
    const p = await ok<{ id: number }>(dispatch('participations:open', openInput()))
    const k = await ok<{ id: number }>(
      dispatch('kontrakty:create', { participationId: p.id, data: kontraktForm(workerId) }),
    )
    await ok(dispatch('kontrakty:sign', { id: k.id }))
    const before = snapshot()
    const result = await dispatch('kontrakty:update', {
      id: k.id,
      data: kontraktForm(workerId, { mainGoal: 'Inny' }),
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/Zmiany wprowadź aneksem/) },
    })
    expect(snapshot()).toEqual(before)
  })
})
