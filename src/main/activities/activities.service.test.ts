import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { activityInput, groupClassInput, type ActivityForm } from '@shared/activity.schema'
import { closeParticipationInput } from '@shared/participation.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createKis } from '../../../tests/support/kis-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let fx: ReturnType<typeof createKis>
let workerId: number

beforeEach(async () => {
  temp = await createTempDatabase()
  fx = createKis(temp, () => new Date('2026-04-01T10:00:00Z'))
  workerId = (await fx.addWorker()).id
})

afterEach(async () => {
  await temp.cleanup()
})

function activity(participantId: number, overrides: Partial<ActivityForm>) {
  return activityInput.parse({
    participantId,
    kind: 'sesja_indywidualna',
    date: '2025-10-01',
    endDate: '',
    staffMemberId: null,
    provider: '',
    topic: '',
    organization: '',
    projectName: '',
    employmentForm: '',
    benefitName: '',
    notes: '',
    ...overrides,
  } satisfies ActivityForm)
}

function count(sql: string): number {
  return temp.database.sqlite.prepare(sql).pluck().get() as number
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

describe('support activities', () => {
  it('records each kind with its own fields, tied to the participation it happened in', async () => {
    const person = await fx.addPerson()
    const p = await fx.open(person.id, workerId)
    const kinds: Partial<ActivityForm>[] = [
      { kind: 'sesja_indywidualna', staffMemberId: workerId, topic: 'Plan tygodnia' },
      { kind: 'doradztwo_zawodowe', provider: 'doradca PUP', topic: 'Bilans kompetencji' },
      { kind: 'doradztwo_psychologiczne', topic: 'Motywacja' },
      { kind: 'poradnictwo_prawne', topic: 'Zadłużenie czynszowe' },
      { kind: 'staz', organization: 'Urząd Gminy', endDate: '2026-01-31' },
      { kind: 'projekt_ue', projectName: 'Aktywna integracja w gminie' },
      { kind: 'swiadczenie_zus', benefitName: 'renta socjalna' },
    ]
    for (const k of kinds)
      await fx.kis.activities.create(activity(person.id, { ...k, staffMemberId: k.staffMemberId ?? null }))
    const list = await fx.kis.activities.listForParticipant(person.id)
    expect(list).toHaveLength(7)
    expect(new Set(list.map((a) => a.participationId))).toEqual(new Set([p.id]))
    expect(list.find((a) => a.kind === 'staz')).toMatchObject({
      organization: 'Urząd Gminy',
      endDate: '2026-01-31',
      topic: '',
    })
    expect(list.find((a) => a.kind === 'sesja_indywidualna')).toMatchObject({
      staffMemberName: 'Maria Nowak',
    })
  })

  it('refuses an activity on a day the person was not in KIS, but accepts work found after it ended', async () => {
    const person = await fx.addPerson()
    const p = await fx.open(person.id, workerId, { startDate: '2025-09-01' })
    await fx.kis.participations.close(
      closeParticipationInput.parse({
        id: p.id,
        endDate: '2026-03-01',
        endReason: 'ukonczenie',
        employmentDate: '',
        employmentForm: '',
        employer: '',
        endNotes: '',
      }),
    )
    const before = await refusal(
      fx.kis.activities.create(
        activity(person.id, { date: '2025-08-31', staffMemberId: workerId, topic: 'x' }),
      ),
    )
    expect(before.fields).toEqual({
      date: 'W dniu 31.08.2025 osoba nie uczestniczyła w KIS. Sprawdź datę albo najpierw otwórz uczestnictwo.',
    })
    await refusal(
      fx.kis.activities.create(
        activity(person.id, { date: '2026-03-02', staffMemberId: workerId, topic: 'x' }),
      ),
    )
    const job = await fx.kis.activities.create(
      activity(person.id, {
        kind: 'zatrudnienie',
        date: '2026-03-20',
        employmentForm: 'umowa_cywilnoprawna',
        organization: 'Sklep „Żabka”',
      }),
    )
    expect(job).toMatchObject({ participationId: p.id, employmentForm: 'umowa_cywilnoprawna' })
    expect(count('SELECT count(*) FROM activities')).toBe(1)
  })

  it('keeps the kind a CHECK-constrained code and the fields each kind needs required in SQL', () => {
    const insert = (kind: string, extra = '') =>
      temp.database.sqlite
        .prepare(
          `INSERT INTO activities (participant_id, participation_id, kind, activity_date, created_at${extra ? ', ' + extra.split('=')[0] : ''})
           VALUES (1, 1, ?, '2025-10-01', 'x'${extra ? ", '" + extra.split('=')[1] + "'" : ''})`,
        )
        .run(kind)
    expect(() => insert('wycieczka')).toThrow(/CHECK constraint failed/)
    expect(() => insert('zatrudnienie')).toThrow(/CHECK constraint failed/)
    expect(() => insert('swiadczenie_zus')).toThrow(/CHECK constraint failed/)
  })

  it('asks each kind for what it needs, in Polish', () => {
    const result = activityInput.safeParse({
      ...activity(1, { kind: 'doradztwo_zawodowe', topic: 'x' }),
      kind: 'zatrudnienie',
      endDate: '',
      employmentForm: '',
      staffMemberId: null,
    })
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      'Podaj pracodawcę.',
      'Wybierz formę zatrudnienia (umowa o pracę albo cywilnoprawna).',
    ])
  })
})

describe('group classes', () => {
  it('marks the attendance of the whole group in one go and replaces it when edited', async () => {
    const people = [
      await fx.addPerson(),
      await fx.addPerson({ firstName: 'Łucja' }),
      await fx.addPerson({ firstName: 'Jan' }),
    ]
    for (const person of people) await fx.open(person.id, workerId)
    const candidates = await fx.kis.activities.classCandidates('2025-10-07')
    expect(candidates).toHaveLength(3)

    const saved = await fx.kis.activities.saveClass(
      groupClassInput.parse({
        id: null,
        heldOn: '2025-10-07',
        topic: 'Warsztat: rozmowa kwalifikacyjna',
        leader: 'psycholog',
        notes: '',
        attendeeIds: [people[0]!.id, people[1]!.id],
      }),
    )
    expect(saved.attendees.map((a) => a.participantId).sort()).toEqual([people[0]!.id, people[1]!.id].sort())
    expect(count("SELECT count(*) FROM activities WHERE kind = 'zajecia_grupowe'")).toBe(2)

    const edited = await fx.kis.activities.saveClass(
      groupClassInput.parse({
        id: saved.id,
        heldOn: saved.heldOn,
        topic: saved.topic,
        leader: saved.leader,
        notes: saved.notes,
        attendeeIds: [people[2]!.id],
      }),
    )
    expect(edited.attendees.map((a) => a.participantId)).toEqual([people[2]!.id])
    expect((await fx.kis.activities.listClasses())[0]).toMatchObject({ id: saved.id, attendeeCount: 1 })
  })

  it('saves nothing at all when one attendee was not in KIS that day (one transaction)', async () => {
    const inKis = await fx.addPerson()
    await fx.open(inKis.id, workerId)
    const outside = await fx.addPerson({ firstName: 'Adam' })
    const error = await refusal(
      fx.kis.activities.saveClass(
        groupClassInput.parse({
          id: null,
          heldOn: '2025-10-07',
          topic: 'Warsztat',
          leader: '',
          notes: '',
          attendeeIds: [inKis.id, outside.id],
        }),
      ),
    )
    expect(error.fields?.attendeeIds).toMatch(/nie uczestniczyła w KIS/)
    expect(count('SELECT count(*) FROM group_classes')).toBe(0)
    expect(count('SELECT count(*) FROM activities')).toBe(0)
  })

  it('sends a removal of class attendance to the class itself', async () => {
    const person = await fx.addPerson()
    await fx.open(person.id, workerId)
    await fx.kis.activities.saveClass(
      groupClassInput.parse({
        id: null,
        heldOn: '2025-10-07',
        topic: 'W',
        leader: '',
        notes: '',
        attendeeIds: [person.id],
      }),
    )
    const [attendance] = await fx.kis.activities.listForParticipant(person.id)
    const error = await refusal(fx.kis.activities.remove(attendance!.id))
    expect(error.message).toMatch(/Zajęcia grupowe/)
  })
})
