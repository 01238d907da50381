// Month lock and month close are set-based (issue 16): the number of statements they run does not
// grow with the people in the month.
import { afterEach, expect, it } from 'vitest'
import {
  addAssignment,
  addPerson,
  addPorozumienie,
  addPosition,
  addWorkingMonth,
  createPayoutServices,
  PSU_2026,
} from '../../../tests/support/payout-fixtures'
import { countingStatements } from '../../../tests/support/statement-count'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createTimesheetsService } from '../psu/timesheets.service'

const MONTH = '2026-03'
const now = () => new Date('2026-04-02T10:00:00Z')
let temp: TempDatabase | undefined

afterEach(() => temp?.cleanup())

/** `people` working the month, plus one assignment with no sheet yet; locks and closes the month. */
async function closeMonthOf(people: number) {
  await temp?.cleanup()
  temp = await createTempDatabase()
  const db = temp.database.db
  const porozumienieId = await addPorozumienie(db, PSU_2026)
  await addWorkingMonth(db, porozumienieId, MONTH, people)
  await addAssignment(db, {
    participantId: await addPerson(db, 'Ewa', 'Bez Karty'),
    positionId: await addPosition(db, 'Biblioteka', 'goniec doręczyciel'),
    porozumienieId,
    from: `${MONTH}-01`,
    to: `${MONTH}-31`,
  })
  const counted = countingStatements(db)
  const timesheets = createTimesheetsService(counted.db, now)
  const { payouts } = createPayoutServices(counted.db, now)
  const lock = await counted.statementsOf(() => timesheets.lockMonth(MONTH, 'Maria Koordynator'))
  const close = await counted.statementsOf(() => payouts.compute(porozumienieId, MONTH))
  const recompute = await counted.statementsOf(() => payouts.compute(porozumienieId, MONTH))
  return { lock, close, recompute, read: await payouts.get(close.result.id) }
}

it('locks and closes a month of 3 people and of 30 in the same few statements', async () => {
  const three = await closeMonthOf(3)
  const thirty = await closeMonthOf(30)
  expect(three.lock.result).toEqual({ locked: 4, alreadyLocked: 0 })
  expect(thirty.lock.result).toEqual({ locked: 31, alreadyLocked: 0 })
  expect(thirty.close.result.items).toHaveLength(30)
  expect(thirty.lock.statements).toBe(three.lock.statements)
  expect(thirty.close.statements).toBe(three.close.statements)
  expect(thirty.recompute.statements).toBe(three.recompute.statements)
  // Before issue 16: four statements per sheet locked and five to six per person on the list.
  expect(three.lock.statements).toBeLessThanOrEqual(8)
  expect(three.close.statements).toBeLessThanOrEqual(22)
})

it('answers the list as it reads it back, computed and recomputed', async () => {
  const { close, recompute, read } = await closeMonthOf(5)
  expect(close.result).toEqual(read)
  expect(recompute.result).toEqual({ ...read, computedAt: recompute.result.computedAt })
})
