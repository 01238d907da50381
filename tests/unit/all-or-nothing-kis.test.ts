// Every save of the register and the KIS programme that writes more than one row is all or nothing:
// wherever a write fails, nothing of the earlier ones stays (tests/support/all-or-nothing.ts).
import { DEFAULT_OFFICE } from '@shared/office.schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { activityInput, groupClassInput } from '@shared/activity.schema'
import { evaluationInput } from '@shared/kontrakt.schema'
import { closeParticipationInput } from '@shared/participation.schema'
import { DEFAULT_SETTINGS } from '@shared/settings.schema'
import { participantInput, type ParticipantForm } from '@shared/participant.schema'
import { createSettingsService } from '../../src/main/settings/settings.service'
import { createReportsFor } from '../support/report-fixtures'
import { expectAllOrNothing } from '../support/all-or-nothing'
import { createKis, kontraktData, personForm } from '../support/kis-fixtures'
import { makePesel } from '../support/pesel-factory'
import { createTempDatabase, type TempDatabase } from '../support/temp-database'

const now = () => new Date('2026-04-01T10:00:00Z')
let temp: TempDatabase
let fx: ReturnType<typeof createKis>
let workerId: number

beforeEach(async () => {
  temp = await createTempDatabase()
  fx = createKis(temp, now)
  workerId = (await fx.addWorker()).id
})
afterEach(() => temp.cleanup())

// Each save runs once per write it makes: a few seconds on a busy machine, hence the longer timeouts.
const allOrNothing = (save: () => Promise<unknown>) => expectAllOrNothing(temp.database, save)

async function signedKontrakt() {
  const person = await fx.addPerson()
  const participation = await fx.open(person.id, workerId)
  const k = await fx.kis.kontrakty.create(participation.id, kontraktData(workerId))
  await fx.kis.kontrakty.sign(k.id)
  return { person, participation, kontrakt: await fx.kis.kontrakty.get(k.id) }
}

describe('register', { timeout: 30_000 }, () => {
  const person = (overrides: Partial<ParticipantForm> = {}) =>
    participantInput.parse(
      personForm({
        pesel: makePesel('1984-06-15', 'K', 501),
        targetGroups: ['dlugotrwale_bezrobotni', 'niepelnosprawni'],
        ...overrides,
      }),
    )

  it('creates a participant with the target groups, or nothing', async () => {
    const writes = await allOrNothing(() => fx.participants.create(person()))
    expect(writes).toEqual([
      'INSERT participants',
      'INSERT participant_target_groups',
      'INSERT participant_target_groups',
    ])
  })

  it('updates a participant and replaces the groups together', async () => {
    const { id } = await fx.participants.create(person())
    const writes = await allOrNothing(() =>
      fx.participants.update(id, person({ lastName: 'Nowa', targetGroups: ['bezdomni'] })),
    )
    expect(writes.slice(0, 2)).toEqual(['UPDATE participants', 'DELETE participant_target_groups'])
  })

  it('saves all settings or none', async () => {
    const settings = createSettingsService(temp.database.db)
    await allOrNothing(() => settings.update({ ...DEFAULT_SETTINGS, officeName: 'MOPS w Zgierzu' }))
    await allOrNothing(() =>
      fx.kis.office.update({
        ...DEFAULT_OFFICE,
        officeName: 'MOPS',
        officeAddress: 'ul. Łęczycka 24',
        officePlace: 'Zgierz',
        kontraktPrefix: 'KS',
      }),
    )
  })
})

describe('participations', { timeout: 30_000 }, () => {
  it('opens a participation with its target groups and the register status', async () => {
    const person = await fx.addPerson({ status: 'zakonczony' })
    const writes = await allOrNothing(() => fx.open(person.id, workerId))
    expect(writes).toEqual(
      expect.arrayContaining(['INSERT participations', 'INSERT participation_target_groups']),
    )
  })

  it('closes a participation with the register status and the employment it records', async () => {
    const person = await fx.addPerson()
    const p = await fx.open(person.id, workerId)
    const close = closeParticipationInput.parse({
      id: p.id,
      endDate: '2026-03-01',
      endReason: 'zatrudnienie',
      employmentDate: '2026-03-02',
      employmentForm: 'umowa_o_prace',
      employer: 'Sklep „Żabka”',
      endNotes: '',
    })
    const writes = await allOrNothing(() => fx.kis.participations.close(close))
    expect(writes).toEqual(['UPDATE participations', 'UPDATE participants', 'INSERT activities'])
  })
})

describe('kontrakty', { timeout: 30_000 }, () => {
  it('creates a kontrakt with its goals and actions', async () => {
    const person = await fx.addPerson()
    const p = await fx.open(person.id, workerId)
    const writes = await allOrNothing(() => fx.kis.kontrakty.create(p.id, kontraktData(workerId)))
    expect(writes).toEqual(
      expect.arrayContaining(['INSERT kontrakty', 'INSERT kontrakt_goals', 'INSERT kontrakt_actions']),
    )
  })

  it('updates a draft with its goals and actions', async () => {
    const person = await fx.addPerson()
    const p = await fx.open(person.id, workerId)
    const k = await fx.kis.kontrakty.create(p.id, kontraktData(workerId))
    const data = kontraktData(workerId, {
      goals: [
        { id: k.goals[0]!.id, text: 'Kurs magazyniera' },
        { id: null, text: 'Nowy cel' },
      ],
      actions: k.actions.slice(1).map((a) => ({ ...a, description: `${a.description} (zmienione)` })),
    })
    const writes = await allOrNothing(() => fx.kis.kontrakty.update(k.id, data))
    expect(writes).toEqual(expect.arrayContaining(['DELETE kontrakt_goals', 'DELETE kontrakt_actions']))
  })

  it('records an aneks together with the changed terms', async () => {
    const { kontrakt } = await signedKontrakt()
    const data = kontraktData(workerId, {
      goals: kontrakt.goals.map((g) => ({ id: g.id, text: g.text })),
      actions: kontrakt.actions.map((a) => ({ ...a, deadline: '2026-01-31' })),
      endDate: '2026-04-30',
    })
    const writes = await allOrNothing(() =>
      fx.kis.kontrakty.amend({ id: kontrakt.id, aneksDate: '2025-12-01', description: 'Przedłużenie', data }),
    )
    expect(writes.at(-1)).toBe('INSERT kontrakt_aneksy')
  })

  it('records an evaluation with a grade for each goal', async () => {
    const { kontrakt } = await signedKontrakt()
    const input = evaluationInput.parse({
      id: kontrakt.id,
      evaluatedOn: '2025-12-01',
      summary: 'Kurs w toku.',
      goals: kontrakt.goals.map((g) => ({ goalId: g.id, achievement: 'czesciowo', comment: '' })),
    })
    const writes = await allOrNothing(() => fx.kis.kontrakty.evaluate(input))
    expect(writes).toEqual(
      expect.arrayContaining(['INSERT kontrakt_evaluations', 'INSERT kontrakt_evaluation_goals']),
    )
  })

  it('changes an action’s status and the kontrakt’s stamp together', async () => {
    const { kontrakt } = await signedKontrakt()
    const writes = await allOrNothing(() => fx.kis.kontrakty.progress(kontrakt.actions[0]!.id, 'w_trakcie'))
    expect(writes).toEqual(['UPDATE kontrakt_actions', 'UPDATE kontrakty'])
  })
})

describe('support and group classes', { timeout: 30_000 }, () => {
  it('saves a group class with its whole attendance list', async () => {
    const people = [await fx.addPerson(), await fx.addPerson()]
    for (const person of people) await fx.open(person.id, workerId)
    const form = {
      id: null,
      heldOn: '2025-10-07',
      topic: 'Warsztat: rozmowa kwalifikacyjna',
      leader: 'psycholog',
      notes: '',
      attendeeIds: people.map((p) => p.id),
    }
    const writes = await allOrNothing(() => fx.kis.activities.saveClass(groupClassInput.parse(form)))
    expect(writes).toEqual(['INSERT group_classes', 'INSERT activities', 'INSERT activities'])
    const saved = await fx.kis.activities.saveClass(groupClassInput.parse(form))
    await allOrNothing(() =>
      fx.kis.activities.saveClass(
        groupClassInput.parse({ ...form, id: saved.id, topic: 'Warsztat 2', attendeeIds: [people[0]!.id] }),
      ),
    )
  })

  it('keeps single-row saves single (an activity, a staff member, report data): nothing to split', async () => {
    const person = await fx.addPerson()
    await fx.open(person.id, workerId)
    const one = activityInput.parse({
      participantId: person.id,
      kind: 'sesja_indywidualna',
      date: '2025-10-01',
      endDate: '',
      staffMemberId: workerId,
      provider: '',
      topic: 'Plan tygodnia',
      organization: '',
      projectName: '',
      employmentForm: '',
      benefitName: '',
      notes: '',
    })
    await expect(allOrNothing(() => fx.kis.activities.create(one))).rejects.toThrow(/not a multi-row save/)
    const reports = createReportsFor(temp.database.db, now)
    const engagement = {
      id: null,
      staffMemberId: workerId,
      kisRole: 'koordynator',
      basis: 'umowa_o_prace' as const,
      ftePermille: 1000,
      monthlyMin: null,
      dateFrom: '2025-01-01',
      dateTo: null,
      notes: '',
    }
    await expect(allOrNothing(() => reports.saveStaff(engagement))).rejects.toThrow(/not a multi-row save/)
  })
})
