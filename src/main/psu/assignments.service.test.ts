import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { psuEventInput } from '@shared/psu-assignments.schema'
import { porozumienieInput } from '@shared/psu-porozumienia.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createPsu } from '../../../tests/support/psu-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let psu: ReturnType<typeof createPsu>
let ids: { participantId: number; positionId: number; porozumienieId: number }

beforeEach(async () => {
  temp = await createTempDatabase()
  psu = createPsu(temp.database.db, () => new Date('2026-03-10T09:00:00.000Z'))
  const workplace = await psu.workplace()
  const position = await psu.position(workplace.id, 1)
  const porozumienie = await psu.porozumienie()
  const person = await psu.person('Jan', 'Kowalski')
  ids = { participantId: person.id, positionId: position.id, porozumienieId: porozumienie.id }
})

afterEach(async () => {
  await temp.cleanup()
})

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => expect.unreachable('expected a refusal'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

const assignments = () => temp.database.sqlite.prepare('SELECT count(*) FROM psu_assignments').pluck().get()

describe('assignments', () => {
  it('stores a skierowanie on a position and lists it by month with names', async () => {
    const saved = await psu.assignment(ids)
    expect(saved).toMatchObject({
      participantName: 'Kowalski Jan',
      positionName: 'osoba sprzątająca',
      workplaceName: 'Szkoła Podstawowa nr 2',
      porozumienieNumber: 'PSU/1/2026',
      skierowanieNumber: 'SK/10/2026',
      dateFrom: '2026-01-05',
      dateTo: '2026-06-30',
      recordedDays: 0,
    })
    expect(
      await psu.assignments.list({ month: '2026-06', porozumienieId: null, participantId: null }),
    ).toHaveLength(1)
    expect(
      await psu.assignments.list({ month: '2026-07', porozumienieId: null, participantId: null }),
    ).toHaveLength(0)
  })

  it('refuses a second overlapping assignment for one person, naming the first, and saves nothing', async () => {
    await psu.assignment(ids)
    const other = await psu.workplaces.createPosition({
      workplaceId: (await psu.workplaces.list(false))[0]!.id,
      typeId: (await psu.workplaces.listTypes())[0]!.id,
      places: 3,
      description: '',
    })
    const error = await refusal(
      psu.assignment({ ...ids, positionId: other.id }, { dateFrom: '2026-06-30', dateTo: '2026-09-30' }),
    )
    expect(error.message).toBe(
      'Jan Kowalski ma już przydział w tym czasie: osoba sprzątająca, Szkoła Podstawowa nr 2, od 05.01.2026 do 30.06.2026. Jedna osoba może mieć tylko jeden przydział naraz.',
    )
    expect(assignments()).toBe(1)
    // Rotation: the next day is free.
    await psu.assignment({ ...ids, positionId: other.id }, { dateFrom: '2026-07-01', dateTo: '2026-09-30' })
    expect(assignments()).toBe(2)
  })

  it('refuses more people than places on a day', async () => {
    await psu.assignment(ids)
    const anna = await psu.person('Anna', 'Nowak')
    const error = await refusal(
      psu.assignment({ ...ids, participantId: anna.id }, { dateFrom: '2026-06-15', dateTo: '2026-08-31' }),
    )
    expect(error.message).toBe(
      'Dnia 15.06.2026 na stanowisku „osoba sprzątająca” (Szkoła Podstawowa nr 2) byłyby 2 osoby, a ma ono 1 miejsce.',
    )
    expect(assignments()).toBe(1)
  })

  it('refuses an assignment outside the porozumienie period', async () => {
    const error = await refusal(psu.assignment(ids, { dateTo: '2027-01-31' }))
    expect(error.message).toBe(
      'Przydział musi mieścić się w okresie porozumienia nr PSU/1/2026: od 01.01.2026 do 31.12.2026.',
    )
    expect(assignments()).toBe(0)
  })

  it("refuses work beyond the porozumienie's maximum duration per person (2025 act, Dz.U. 2025 poz. 620), counted from the first assignment", async () => {
    const p = await psu.porozumienie({ number: 'PSU/2/2026', maxMonthsPerPerson: 3 })
    const mine = { ...ids, porozumienieId: p.id }
    await psu.assignment(mine, { dateFrom: '2026-01-15', dateTo: '2026-02-28' })
    // Exactly three months from 15.01 ends on 14.04: allowed.
    await psu.assignment(mine, { dateFrom: '2026-03-01', dateTo: '2026-04-14' })
    const error = await refusal(psu.assignment(mine, { dateFrom: '2026-04-15', dateTo: '2026-04-30' }))
    expect(error.message).toBe(
      'Porozumienie nr PSU/2/2026 pozwala na prace jednej osoby najwyżej przez 3 miesiące: Jan Kowalski pracuje w nim od 15.01.2026, więc najpóźniej do 14.04.2026; z tym przydziałem prace trwałyby do 30.04.2026.',
    )
    expect(assignments()).toBe(2)
    // The same person under another porozumienie is not counted, nor is a porozumienie without a limit.
    await psu.assignment(ids, { dateFrom: '2026-05-01', dateTo: '2026-12-31' })
    expect(assignments()).toBe(3)
    // Lowering the maximum below what is already assigned is refused too.
    const lower = await refusal(
      psu.porozumienia.update(
        p.id,
        porozumienieInput.parse(psu.porozumienieForm({ number: 'PSU/2/2026', maxMonthsPerPerson: 2 })),
      ),
    )
    expect(lower.fields?.maxMonthsPerPerson).toMatch(
      /od 15\.01\.2026 do 14\.04\.2026 — najdłuższy okres prac nie może być krótszy/,
    )
  })

  it('refuses an archived position for a new assignment', async () => {
    await psu.workplaces.setPositionArchived(ids.positionId, true)
    expect((await refusal(psu.assignment(ids))).message).toMatch(/jest w archiwum/)
  })

  it('lets an edit keep its own days (not an overlap with itself) but refuses cutting off recorded hours', async () => {
    const saved = await psu.assignment(ids)
    await psu.timesheets.save({
      assignmentId: saved.id,
      month: '2026-03',
      entries: [{ date: '2026-03-16', minutes: 240, absence: null }],
    })
    const longer = await psu.assignments.update(saved.id, psu.assignmentForm(ids, { dateTo: '2026-07-31' }))
    expect(longer.dateTo).toBe('2026-07-31')
    const error = await refusal(
      psu.assignments.update(saved.id, psu.assignmentForm(ids, { dateTo: '2026-03-15' })),
    )
    expect(error.message).toMatch(/wpisy od 16\.03\.2026 do 16\.03\.2026/)
    const anna = await psu.person('Anna', 'Nowak')
    expect(
      (
        await refusal(
          psu.assignments.update(saved.id, psu.assignmentForm({ ...ids, participantId: anna.id })),
        )
      ).message,
    ).toMatch(/nie można zmienić osoby/)
    expect((await refusal(psu.assignments.remove(saved.id))).message).toMatch(/zakończ go/)
  })

  it('deletes an assignment entered by mistake', async () => {
    const saved = await psu.assignment(ids)
    await psu.assignments.remove(saved.id)
    expect(assignments()).toBe(0)
  })
})

describe('refusals and absences for the PUP', () => {
  it('records a refusal with its reason and marks it reported', async () => {
    const form = {
      kind: 'odmowa' as const,
      participantId: ids.participantId,
      assignmentId: null,
      porozumienieId: ids.porozumienieId,
      eventDate: '2026-02-03',
      dateTo: '2026-02-03',
      skierowanieNumber: 'SK/3/2026',
      reason: 'Odmówił podjęcia pracy bez podania przyczyny.',
      reportedOn: '',
    }
    const event = await psu.assignments.createEvent(psuEventInput.parse(form))
    expect(event).toMatchObject({
      participantName: 'Kowalski Jan',
      porozumienieNumber: 'PSU/1/2026',
      reportedOn: '',
    })
    expect(await psu.assignments.listEvents({ month: '2026-02', onlyUnreported: true })).toHaveLength(1)
    await psu.assignments.updateEvent(event.id, psuEventInput.parse({ ...form, reportedOn: '2026-02-09' }))
    expect(await psu.assignments.listEvents({ month: '2026-02', onlyUnreported: true })).toHaveLength(0)
  })

  it('takes an absence’s porozumienie from its assignment and refuses one outside it', async () => {
    const assignment = await psu.assignment(ids)
    const form = {
      kind: 'nieobecnosc' as const,
      participantId: ids.participantId,
      assignmentId: assignment.id,
      porozumienieId: null,
      eventDate: '2026-03-02',
      dateTo: '2026-03-06',
      skierowanieNumber: '',
      reason: 'Nieobecność nieusprawiedliwiona przez tydzień.',
      reportedOn: '',
    }
    expect((await psu.assignments.createEvent(psuEventInput.parse(form))).porozumienieId).toBe(
      ids.porozumienieId,
    )
    const error = await refusal(
      psu.assignments.createEvent(
        psuEventInput.parse({ ...form, eventDate: '2026-07-01', dateTo: '2026-07-02' }),
      ),
    )
    expect(error.message).toMatch(/w okresie przydziału/)
  })
})
