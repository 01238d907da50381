import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createPsu } from '../../../tests/support/psu-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let psu: ReturnType<typeof createPsu>
const clock = new Date('2026-03-10T09:00:00.000Z')

beforeEach(async () => {
  temp = await createTempDatabase()
  psu = createPsu(temp.database.db, () => clock)
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

const count = (table: string) =>
  temp.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('position types', () => {
  it('are seeded with the office’s six kinds of work and can be extended, renamed and archived', async () => {
    const names = (await psu.workplaces.listTypes()).map((t) => t.name)
    expect(names).toEqual([
      'goniec doręczyciel',
      'opiekun',
      'osoba sprzątająca',
      'pomoc kuchni',
      'pomoc pracownika biurowego',
      'robotnik gospodarczy',
    ])
    const added = await psu.workplaces.createType('pomocnik w bibliotece')
    expect((await refusal(psu.workplaces.createType('POMOCNIK W BIBLIOTECE'))).code).toBe('CONFLICT')
    expect((await psu.workplaces.renameType(added.id, 'pomoc w bibliotece')).name).toBe('pomoc w bibliotece')
    expect((await psu.workplaces.setTypeArchived(added.id, true)).archived).toBe(true)
  })

  it('refuses a new position of an archived type', async () => {
    const type = await psu.workplaces.createType('sezonowe')
    await psu.workplaces.setTypeArchived(type.id, true)
    const workplace = await psu.workplace()
    const error = await refusal(
      psu.workplaces.createPosition({
        workplaceId: workplace.id,
        typeId: type.id,
        places: 1,
        description: '',
      }),
    )
    expect(error.message).toMatch(/jest w archiwum/)
  })
})

describe('workplaces and positions', () => {
  it('stores a workplace with its supervisor and lists it with its positions', async () => {
    const workplace = await psu.workplace({ name: 'Urząd Gminy — Łęczyca' })
    await psu.position(workplace.id, 3)
    const [listed] = await psu.workplaces.list(false)
    expect(listed).toMatchObject({
      name: 'Urząd Gminy — Łęczyca',
      supervisorName: 'Halina Kwiatkowska',
      positions: [{ typeName: 'osoba sprzątająca', places: 3, occupied: 0, assignments: 0 }],
    })
  })

  it('refuses a second workplace with the same name, ignoring case and Polish letters', async () => {
    await psu.workplace({ name: 'Gminny Ośrodek Kultury' })
    const error = await refusal(psu.workplace({ name: 'gminny osrodek kultury' }))
    expect(error.code).toBe('CONFLICT')
    expect(error.fields?.name).toMatch(/Gminny Ośrodek Kultury/)
    expect(count('psu_workplaces')).toBe(1)
  })

  it('deletes a workplace and its positions without history', async () => {
    const workplace = await psu.workplace()
    await psu.position(workplace.id)
    await psu.workplaces.remove(workplace.id)
    expect(count('psu_workplaces')).toBe(0)
    expect(count('psu_positions')).toBe(0)
  })

  it('refuses deleting a position or workplace with history, and archiving one with a running assignment', async () => {
    const workplace = await psu.workplace()
    const position = await psu.position(workplace.id)
    const porozumienie = await psu.porozumienie()
    const person = await psu.person('Jan', 'Kowalski')
    await psu.assignment({
      participantId: person.id,
      positionId: position.id,
      porozumienieId: porozumienie.id,
    })

    expect((await refusal(psu.workplaces.removePosition(position.id))).message).toMatch(
      /Zarchiwizuj je zamiast usuwać/,
    )
    expect((await refusal(psu.workplaces.remove(workplace.id))).message).toMatch(/ma historię/)
    expect((await refusal(psu.workplaces.setArchived(workplace.id, true))).message).toMatch(
      /trwający lub przyszły przydział/,
    )
    expect((await refusal(psu.workplaces.setPositionArchived(position.id, true))).message).toMatch(
      /Najpierw zakończ przydziały/,
    )
    expect(count('psu_workplaces')).toBe(1)
    expect(count('psu_positions')).toBe(1)
  })

  it('archives a position whose assignments ended, and hides archived workplaces by default', async () => {
    const workplace = await psu.workplace()
    const position = await psu.position(workplace.id)
    const porozumienie = await psu.porozumienie()
    const person = await psu.person('Jan', 'Kowalski')
    await psu.assignment(
      { participantId: person.id, positionId: position.id, porozumienieId: porozumienie.id },
      { dateTo: '2026-02-28' },
    )
    expect((await psu.workplaces.setPositionArchived(position.id, true)).archived).toBe(true)
    await psu.workplaces.setArchived(workplace.id, true)
    expect(await psu.workplaces.list(false)).toEqual([])
    expect((await psu.workplaces.list(true))[0]).toMatchObject({
      archived: true,
      positions: [{ archived: true }],
    })
  })

  it('refuses fewer places than people who worked there on one day', async () => {
    const workplace = await psu.workplace()
    const position = await psu.position(workplace.id, 2)
    const porozumienie = await psu.porozumienie()
    for (const name of ['Adam', 'Bartosz']) {
      const person = await psu.person(name, 'Nowak')
      await psu.assignment({
        participantId: person.id,
        positionId: position.id,
        porozumienieId: porozumienie.id,
      })
    }
    const error = await refusal(
      psu.workplaces.updatePosition(position.id, {
        workplaceId: workplace.id,
        typeId: position.typeId,
        places: 1,
        description: '',
      }),
    )
    expect(error.message).toBe(
      'Dnia 05.01.2026 na stanowisku pracowały 2 osoby — liczba miejsc nie może być mniejsza. Aby ją zmniejszyć na przyszłość, utwórz nowe stanowisko.',
    )
    expect((await psu.workplaces.getPosition(position.id)).places).toBe(2)
  })
})
