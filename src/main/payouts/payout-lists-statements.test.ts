// The payout lists screen reads a fixed number of statements however many lists it shows (issue 16:
// 120 lists took 723, six per list, to check each one's freshness).
import { afterEach, beforeEach, expect, it } from 'vitest'
import {
  addAssignment,
  addPerson,
  addPorozumienie,
  addPosition,
  addSheet,
  createPayoutServices,
  PSU_2026,
  setDay,
  setSheetStatus,
} from '../../../tests/support/payout-fixtures'
import { countingStatements } from '../../../tests/support/statement-count'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'

let temp: TempDatabase

beforeEach(async () => {
  temp = await createTempDatabase()
})
afterEach(() => temp.cleanup())

/** One computed list per month of 2026 up to `months`, two people each; the first month's sheet and the counted screen. */
async function listsFor(months: number) {
  const db = temp.database.db
  const { payouts } = createPayoutServices(db, () => new Date('2027-01-10T10:00:00Z'))
  const porozumienieId = await addPorozumienie(db, PSU_2026)
  const position = await addPosition(db, 'Szkoła Podstawowa nr 2', 'osoba sprzątająca')
  const people = [await addPerson(db, 'Anna', 'Żak'), await addPerson(db, 'Jan', 'Kowalski')]
  const assignments = []
  for (const participantId of people)
    assignments.push(
      await addAssignment(db, {
        participantId,
        positionId: position,
        porozumienieId,
        from: '2026-01-05',
        to: '2026-12-31',
      }),
    )
  let first = 0
  for (let m = 1; m <= months; m++) {
    const month = `2026-${String(m).padStart(2, '0')}`
    for (const assignment of assignments) {
      const sheet = await addSheet(db, assignment, month, { [`${month}-10`]: 240 })
      first ||= sheet
      await setSheetStatus(db, sheet, 'zamkniety')
    }
    await payouts.compute(porozumienieId, month)
  }
  const counted = countingStatements(db)
  const { payouts: read } = createPayoutServices(counted.db)
  return { first, list: () => counted.statementsOf(() => read.list({ year: 2026, porozumienieId: null })) }
}

it('reads 3 lists and 12 lists with the same number of statements, and still finds the stale one', async () => {
  const three = await (await listsFor(3)).list()
  expect(three.result).toHaveLength(3)
  await temp.cleanup()
  temp = await createTempDatabase()
  const { first, list } = await listsFor(12)
  // January's sheet reopened and changed: that list, and only that one, is stale.
  await setSheetStatus(temp.database.db, first, 'otwarty')
  await setDay(temp.database.db, first, '2026-01-12', 120)
  const twelve = await list()
  expect(twelve.result).toHaveLength(12)
  expect(twelve.result.filter((l) => l.stale).map((l) => l.month)).toEqual(['2026-01'])
  expect(twelve.statements).toBe(three.statements)
  // A porozumienie record also carries its kinds of work and the minimum-rate check (issue 12).
  expect(twelve.statements).toBeLessThanOrEqual(12)
})
