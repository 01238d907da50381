import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeParticipationInput, type CloseParticipationForm } from '@shared/participation.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createKis, kontraktData } from '../../../tests/support/kis-fixtures'
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

function closing(id: number, overrides: Partial<CloseParticipationForm> = {}) {
  return closeParticipationInput.parse({
    id,
    endDate: '2026-03-01',
    endReason: 'ukonczenie',
    employmentDate: '',
    employmentForm: '',
    employer: '',
    endNotes: '',
    ...overrides,
  } satisfies CloseParticipationForm)
}

function count(table: string): number {
  return temp.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

describe('the kontrakt socjalny on closing (art. 18)', () => {
  it('refuses ending "for not keeping the kontrakt" when there is none, and saves nothing', async () => {
    const p = await fx.open((await fx.addPerson()).id, workerId)
    const error = await refusal(
      fx.kis.participations.close(closing(p.id, { endReason: 'przerwanie_kontrakt' })),
    )
    expect(error.message).toMatch(/nie ma kontraktu socjalnego.*wybierz inną przyczynę/)
    expect(error.fields).toEqual({ endReason: error.message })
    expect((await fx.kis.participations.get(p.id)).endDate).toBeNull()
  })

  it('closes for not keeping a kontrakt that exists, and as a graduate without one (the form warns)', async () => {
    const withKontrakt = await fx.open((await fx.addPerson()).id, workerId)
    await fx.kis.kontrakty.create(withKontrakt.id, kontraktData(workerId))
    const broken = await fx.kis.participations.close(
      closing(withKontrakt.id, { endReason: 'przerwanie_kontrakt' }),
    )
    expect(broken.endReason).toBe('przerwanie_kontrakt')
    const without = await fx.open((await fx.addPerson()).id, workerId)
    const graduate = await fx.kis.participations.close(closing(without.id))
    expect(graduate.graduate).toBe(true)
  })
})

describe('participations', () => {
  it('opens a participation with an OPS referral and the target groups at entry', async () => {
    const person = await fx.addPerson()
    const p = await fx.open(person.id, workerId, {
      targetGroups: ['dlugotrwale_bezrobotni', 'niepelnosprawni'],
    })
    expect(p).toMatchObject({
      participantId: person.id,
      startDate: '2025-09-01',
      referralKind: 'ops',
      referringWorkerName: 'Maria Nowak',
      pupReferralNumber: null,
      targetGroups: ['dlugotrwale_bezrobotni', 'niepelnosprawni'],
      endDate: null,
      graduate: null,
      sixMonthsOn: '2026-03-01',
    })
  })

  it('refuses a second open participation in Polish and saves nothing', async () => {
    const person = await fx.addPerson()
    await fx.open(person.id, workerId)
    const before = count('participations')
    const error = await refusal(fx.open(person.id, workerId, { startDate: '2026-01-10' }))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe(
      'Zofia Żółw ma już otwarte uczestnictwo w KIS od 01.09.2025. Zakończ je, zanim otworzysz nowe.',
    )
    expect(count('participations')).toBe(before)
  })

  it('enforces one open participation in SQL too (partial unique index)', async () => {
    const person = await fx.addPerson()
    await fx.open(person.id, workerId)
    const insert = () =>
      temp.database.sqlite
        .prepare(
          `INSERT INTO participations (participant_id, start_date, referral_kind, referring_worker_id, created_at, updated_at)
           VALUES (?, '2026-01-01', 'ops', ?, 'x', 'x')`,
        )
        .run(person.id, workerId)
    expect(insert).toThrow(/UNIQUE constraint failed: participations.participant_id/)
  })

  it('lets a person return later with a new participation after the previous one ended', async () => {
    const person = await fx.addPerson()
    const first = await fx.open(person.id, workerId, { startDate: '2025-01-10' })
    await fx.kis.participations.close(closing(first.id, { endDate: '2025-05-31', endReason: 'rezygnacja' }))

    const overlapping = await refusal(fx.open(person.id, workerId, { startDate: '2025-05-31' }))
    expect(overlapping.fields).toEqual({
      startDate: 'Nowe uczestnictwo musi zaczynać się po zakończeniu poprzedniego (31.05.2025).',
    })

    const second = await fx.open(person.id, workerId, {
      startDate: '2025-09-01',
      referralKind: 'pup',
      referringWorkerId: null,
      pupReferralNumber: 'CAZ-5110-12/2025',
      pupReferralDate: '2025-08-20',
    })
    const list = await fx.kis.participations.listForParticipant(person.id)
    expect(list.map((p) => p.id)).toEqual([second.id, first.id])
    expect(list[0]).toMatchObject({
      referralKind: 'pup',
      pupReferralNumber: 'CAZ-5110-12/2025',
      referringWorkerId: null,
    })
  })

  it('keeps the register status in step: aktywny while a participation is open, zakończony after it ends', async () => {
    const person = await fx.addPerson()
    const first = await fx.open(person.id, workerId, { startDate: '2025-01-10' })
    expect((await fx.participants.get(person.id)).status).toBe('aktywny')
    await fx.kis.participations.close(closing(first.id, { endDate: '2025-05-31', endReason: 'rezygnacja' }))
    expect((await fx.participants.get(person.id)).status).toBe('zakonczony')
    await fx.open(person.id, workerId, { startDate: '2025-09-01' })
    expect((await fx.participants.get(person.id)).status).toBe('aktywny')
  })

  it('computes graduate from the dates: six months exactly counts, one day short does not', async () => {
    const a = await fx.open((await fx.addPerson()).id, workerId, { startDate: '2025-08-31' })
    const b = await fx.open((await fx.addPerson()).id, workerId, { startDate: '2025-08-31' })
    expect(a.sixMonthsOn).toBe('2026-02-28')
    const graduate = await fx.kis.participations.close(closing(a.id, { endDate: '2026-02-28' }))
    const short = await fx.kis.participations.close(closing(b.id, { endDate: '2026-02-27' }))
    expect(graduate.graduate).toBe(true)
    expect(short.graduate).toBe(false)
  })

  it('refuses an end date before the start and a second closing', async () => {
    const p = await fx.open((await fx.addPerson()).id, workerId)
    const early = await refusal(fx.kis.participations.close(closing(p.id, { endDate: '2025-08-31' })))
    expect(early.fields).toEqual({
      endDate: 'Data zakończenia nie może być wcześniejsza niż rozpoczęcie uczestnictwa (01.09.2025).',
    })
    expect((await fx.kis.participations.get(p.id)).endDate).toBeNull()
    await fx.kis.participations.close(closing(p.id))
    const again = await refusal(fx.kis.participations.close(closing(p.id, { endDate: '2026-03-05' })))
    expect(again.message).toBe('To uczestnictwo zakończono już 01.03.2026.')
  })

  it('refuses to close for taking up work without the employment date (schema), and records the job with it', async () => {
    const p = await fx.open((await fx.addPerson()).id, workerId)
    const missing = closeParticipationInput.safeParse({
      id: p.id,
      endDate: '2026-03-01',
      endReason: 'zatrudnienie',
      employmentDate: '',
      employmentForm: '',
      employer: '',
      endNotes: '',
    })
    expect(missing.success).toBe(false)
    expect(missing.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['employmentDate', 'Przy zakończeniu z powodu podjęcia zatrudnienia podaj datę zatrudnienia.'],
      ['employmentForm', 'Wybierz formę zatrudnienia (umowa o pracę albo cywilnoprawna).'],
      ['employer', 'Podaj pracodawcę.'],
    ])

    const closed = await fx.kis.participations.close(
      closing(p.id, {
        endReason: 'zatrudnienie',
        employmentDate: '2026-03-02',
        employmentForm: 'umowa_o_prace',
        employer: 'Hurtownia „Łódź” sp. z o.o.',
      }),
    )
    expect(closed).toMatchObject({ endReason: 'zatrudnienie', employmentDate: '2026-03-02', graduate: true })
    const activities = await fx.kis.activities.listForParticipant(p.participantId)
    expect(activities).toMatchObject([
      {
        kind: 'zatrudnienie',
        date: '2026-03-02',
        employmentForm: 'umowa_o_prace',
        organization: 'Hurtownia „Łódź” sp. z o.o.',
        participationId: p.id,
      },
    ])
  })

  it('clears the employment date for reasons that do not need it', () => {
    const parsed = closeParticipationInput.parse({
      id: 1,
      endDate: '2026-03-01',
      endReason: 'rezygnacja',
      employmentDate: '2026-03-02',
      employmentForm: 'umowa_o_prace',
      employer: 'X',
      endNotes: '',
    })
    expect(parsed).toMatchObject({ employmentDate: null, employmentForm: null, employer: '' })
  })

  it('refuses a referral by an inactive worker and a person in the archive', async () => {
    const person = await fx.addPerson()
    await fx.kis.staff.update(workerId, { fullName: 'Maria Nowak', position: '', phone: '', active: false })
    const inactive = await refusal(fx.open(person.id, workerId))
    expect(inactive.fields?.referringWorkerId).toMatch(/jest nieaktywny/)
    await fx.participants.archive(person.id)
    const archived = await refusal(fx.open(person.id, (await fx.addWorker('Jan Wiśniewski')).id))
    expect(archived.message).toMatch(/jest w archiwum/)
    expect(count('participations')).toBe(0)
  })
})
