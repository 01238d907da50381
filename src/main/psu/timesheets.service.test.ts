import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createPsu } from '../../../tests/support/psu-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let psu: ReturnType<typeof createPsu>
let clock = new Date('2026-03-10T09:00:00.000Z')
let base: { positionId: number; porozumienieId: number }

beforeEach(async () => {
  temp = await createTempDatabase()
  clock = new Date('2026-03-10T09:00:00.000Z')
  psu = createPsu(temp.database.db, () => clock)
  const workplace = await psu.workplace()
  const position = await psu.position(workplace.id, 5)
  // Old regime: 10 h a week, 40 h a month.
  const porozumienie = await psu.porozumienie({ signedOn: '2025-05-30', weeklyLimitMin: 600 })
  base = { positionId: position.id, porozumienieId: porozumienie.id }
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

const h = (date: string, hours: number) => ({ date, minutes: hours * 60, absence: null })
const days = () =>
  temp.database.sqlite.prepare('SELECT day, worked_min, absence FROM psu_timesheet_days ORDER BY day').all()

async function assignee(first = 'Jan', last = 'Kowalski', overrides = {}) {
  const person = await psu.person(first, last)
  return psu.assignment({ participantId: person.id, ...base }, overrides)
}

describe('saving a sheet', () => {
  it('replaces the whole month in one go and shows it in the month view', async () => {
    const a = await assignee()
    await psu.timesheets.save({
      assignmentId: a.id,
      month: '2026-03',
      entries: [h('2026-03-02', 4), h('2026-03-04', 3.5)],
    })
    const saved = await psu.timesheets.save({
      assignmentId: a.id,
      month: '2026-03',
      entries: [
        h('2026-03-02', 4),
        h('2026-03-03', 0),
        { date: '2026-03-05', minutes: 0, absence: 'choroba' },
      ],
    })
    expect(saved.entries).toEqual([
      { date: '2026-03-02', minutes: 240, absence: null },
      { date: '2026-03-05', minutes: 0, absence: 'choroba' },
    ])
    expect(days()).toHaveLength(2)
    const view = await psu.timesheets.month('2026-03', 'miejsce')
    expect(view.days).toHaveLength(31)
    expect(view.sheets[0]).toMatchObject({
      participantName: 'Kowalski Jan',
      status: 'otwarty',
      version: 0,
      regime: 'stary',
    })
  })

  it('refuses a week over 10 hours and keeps what was saved before', async () => {
    const a = await assignee()
    await psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-02', 4)] })
    const error = await refusal(
      psu.timesheets.save({
        assignmentId: a.id,
        month: '2026-03',
        entries: [h('2026-03-02', 6), h('2026-03-03', 4.5)],
      }),
    )
    expect(error.message).toBe(
      'Nie zapisano karty Kowalski Jan: Tydzień 02.03–08.03: 10,5 h — więcej niż limit 10 h tygodniowo.',
    )
    expect(days()).toEqual([{ day: '2026-03-02', worked_min: 240, absence: null }])
  })

  it('refuses hours on a day outside the assignment and a month the assignment does not cover', async () => {
    const a = await assignee('Jan', 'Kowalski', { dateFrom: '2026-03-10' })
    expect(
      (
        await refusal(
          psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-09', 2)] }),
        )
      ).message,
    ).toMatch(/09\.03: ten dzień jest poza okresem przydziału/)
    expect(
      (await refusal(psu.timesheets.save({ assignmentId: a.id, month: '2026-07', entries: [] }))).message,
    ).toMatch(/nie obejmuje miesiąca lipiec 2026/)
    expect(days()).toEqual([])
  })

  it('counts the week across the month end from the previous month’s sheet', async () => {
    const a = await assignee()
    // Monday 30 March – Sunday 5 April.
    await psu.timesheets.save({
      assignmentId: a.id,
      month: '2026-03',
      entries: [h('2026-03-30', 4), h('2026-03-31', 4)],
    })
    const april = (await psu.timesheets.month('2026-04', 'miejsce')).sheets[0]!
    expect(april.context.otherMinutesByWeek).toEqual({ '2026-03-30': 480 })
    expect(april.previousWeek).toEqual([
      { date: '2026-03-30', minutes: 240 },
      { date: '2026-03-31', minutes: 240 },
    ])
    expect(
      (
        await refusal(
          psu.timesheets.save({ assignmentId: a.id, month: '2026-04', entries: [h('2026-04-01', 2.5)] }),
        )
      ).message,
    ).toMatch(/10,5 h \(w tym 8 h z innej karty\)/)
    await psu.timesheets.save({ assignmentId: a.id, month: '2026-04', entries: [h('2026-04-01', 2)] })
  })

  it('counts a person’s earlier assignment in the same month toward the monthly limit', async () => {
    const person = await psu.person('Anna', 'Nowak')
    const first = await psu.assignment(
      { participantId: person.id, ...base },
      { dateFrom: '2026-03-02', dateTo: '2026-03-15' },
    )
    const second = await psu.assignment(
      { participantId: person.id, ...base },
      { dateFrom: '2026-03-16', dateTo: '2026-06-30' },
    )
    await psu.timesheets.save({
      assignmentId: first.id,
      month: '2026-03',
      entries: [h('2026-03-02', 10), h('2026-03-09', 10)],
    })
    await psu.timesheets.save({
      assignmentId: second.id,
      month: '2026-03',
      entries: [h('2026-03-16', 10), h('2026-03-23', 10)],
    })
    const error = await refusal(
      psu.timesheets.save({
        assignmentId: second.id,
        month: '2026-03',
        entries: [h('2026-03-16', 10), h('2026-03-23', 10), h('2026-03-30', 1)],
      }),
    )
    expect(error.message).toMatch(/Miesiąc: 41 h \(w tym 20 h z innej karty\)/)
  })
})

describe('locking a month', () => {
  it('locks, refuses hours on the locked month (also in the file itself), and reopens with a logged reason', async () => {
    const a = await assignee()
    await psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-02', 4)] })
    const locked = await psu.timesheets.lock(a.id, '2026-03', 'Maria Koordynator')
    expect(locked).toMatchObject({ status: 'zamkniety', version: 1 })

    const error = await refusal(
      psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-02', 5)] }),
    )
    expect(error.message).toBe(
      'Miesiąc marzec 2026 jest zamknięty dla Kowalski Jan — otwórz go ponownie, aby zmienić godziny.',
    )
    expect(() =>
      temp.database.sqlite.prepare('UPDATE psu_timesheet_days SET worked_min = 300').run(),
    ).toThrow(/Miesiąc jest zamknięty/)
    expect(days()).toEqual([{ day: '2026-03-02', worked_min: 240, absence: null }])

    clock = new Date('2026-04-02T10:00:00.000Z')
    const reopened = await psu.timesheets.reopen(
      a.id,
      '2026-03',
      'Maria Koordynator',
      'Korekta: opiekun dopisał 1 h',
    )
    expect(reopened).toMatchObject({ status: 'otwarty', version: 2 })
    await psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-02', 5)] })
    expect((await psu.timesheets.lock(a.id, '2026-03', 'Maria Koordynator')).version).toBe(3)

    const log = await psu.timesheets.log(a.id, '2026-03')
    expect(log.map((l) => [l.action, l.version, l.by, l.reason])).toEqual([
      ['zamkniecie', 1, 'Maria Koordynator', ''],
      ['otwarcie', 2, 'Maria Koordynator', 'Korekta: opiekun dopisał 1 h'],
      ['zamkniecie', 3, 'Maria Koordynator', ''],
    ])
    expect(log[1]!.at).toBe('2026-04-02T10:00:00.000Z')
    // The content stamp changes with the hours: a payout list can tell the locked months apart.
    expect(log[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(log[2]!.contentHash).not.toBe(log[0]!.contentHash)
    expect(log[1]!.contentHash).toBe(log[0]!.contentHash)
  })

  it('locks every open sheet of a month at once, even empty ones, and refuses locking twice', async () => {
    const a = await assignee('Jan', 'Kowalski')
    await assignee('Anna', 'Nowak')
    await psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-02', 4)] })
    await psu.timesheets.lock(a.id, '2026-03', 'Maria')
    expect(await psu.timesheets.lockMonth('2026-03', 'Maria')).toEqual({ locked: 1, alreadyLocked: 1 })
    const view = await psu.timesheets.month('2026-03', 'nazwisko')
    expect(view.sheets.map((s) => [s.participantName, s.status, s.version])).toEqual([
      ['Kowalski Jan', 'zamkniety', 1],
      ['Nowak Anna', 'zamkniety', 1],
    ])
    expect((await refusal(psu.timesheets.lock(a.id, '2026-03', 'Maria'))).message).toMatch(
      /jest już zamknięty/,
    )
    expect((await refusal(psu.timesheets.lockMonth('2027-03', 'Maria'))).message).toMatch(
      /nie ma żadnych przydziałów/,
    )
  })

  it('refuses reopening a month that is not locked', async () => {
    const a = await assignee()
    expect((await refusal(psu.timesheets.reopen(a.id, '2026-03', 'Maria', 'bo tak'))).message).toMatch(
      /nie jest zamknięty/,
    )
  })
})

describe('order of sheets', () => {
  it('sorts by workplace then surname, or by surname', async () => {
    const library = await psu.workplace({ name: 'Biblioteka Publiczna' })
    const shelf = await psu.position(library.id, 2, 'pomoc pracownika biurowego')
    const zofia = await psu.person('Zofia', 'Żak')
    await psu.assignment({
      participantId: zofia.id,
      positionId: shelf.id,
      porozumienieId: base.porozumienieId,
    })
    await assignee('Adam', 'Łukasiewicz')
    await assignee('Ewa', 'Bąk')
    const names = async (order: 'miejsce' | 'nazwisko') =>
      (await psu.timesheets.month('2026-03', order)).sheets.map((s) => s.participantName)
    expect(await names('miejsce')).toEqual(['Żak Zofia', 'Bąk Ewa', 'Łukasiewicz Adam'])
    expect(await names('nazwisko')).toEqual(['Bąk Ewa', 'Łukasiewicz Adam', 'Żak Zofia'])
  })
})
