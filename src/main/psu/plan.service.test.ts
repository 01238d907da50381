import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createPsu } from '../../../tests/support/psu-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let psu: ReturnType<typeof createPsu>

beforeEach(async () => {
  temp = await createTempDatabase()
  psu = createPsu(temp.database.db, () => new Date('2026-01-10T09:00:00.000Z'))
})

afterEach(async () => {
  await temp.cleanup()
})

describe('needs plan', () => {
  it('replaces a year’s items in one go and keeps other years', async () => {
    const workplace = await psu.workplace()
    const [courier, carer] = await psu.workplaces.listTypes()
    const item = { workplaceId: null, places: 4, persons: 6, hoursMin: 4 * 40 * 12 * 60, notes: '' }
    await psu.plan.save({ year: 2025, items: [{ ...item, positionTypeId: courier!.id }] })
    const saved = await psu.plan.save({
      year: 2026,
      items: [
        { ...item, positionTypeId: courier!.id },
        { ...item, positionTypeId: carer!.id, workplaceId: workplace.id, places: 11, persons: 14 },
      ],
    })
    expect(saved.items.map((i) => [i.positionTypeName, i.workplaceName, i.places, i.persons])).toEqual([
      ['goniec doręczyciel', null, 4, 6],
      ['opiekun', 'Szkoła Podstawowa nr 2', 11, 14],
    ])
    await psu.plan.save({ year: 2026, items: [] })
    expect((await psu.plan.get(2026)).items).toEqual([])
    expect((await psu.plan.get(2025)).items).toHaveLength(1)
  })

  it('refuses an unknown type or workplace and saves nothing', async () => {
    const [type] = await psu.workplaces.listTypes()
    const item = {
      positionTypeId: type!.id,
      workplaceId: null,
      places: 1,
      persons: 1,
      hoursMin: 0,
      notes: '',
    }
    await psu.plan.save({ year: 2026, items: [item] })
    const error = await psu.plan
      .save({ year: 2026, items: [item, { ...item, workplaceId: 999 }] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).message).toBe('Pozycja 2: nie ma takiego miejsca pracy — odśwież listę.')
    expect((await psu.plan.get(2026)).items).toHaveLength(1)
  })
})

describe('PSU settings', () => {
  it('defaults to the last PESEL digits on sheets and stores the coordinator’s name', async () => {
    expect(await psu.plan.settings()).toEqual({ sheetPesel: 'koncowka', coordinatorName: '' })
    await psu.plan.updateSettings({ sheetPesel: 'brak', coordinatorName: 'Maria Łęcka' })
    expect(await psu.plan.settings()).toEqual({ sheetPesel: 'brak', coordinatorName: 'Maria Łęcka' })
  })
})
