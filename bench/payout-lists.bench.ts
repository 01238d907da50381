// The payout lists screen on ten years of closed months (bench/ten-years.ts): all 120 lists at once,
// each with its freshness checked. Prints its time and its statements (issue 16: 723 before, one
// freshness check per list; now a fixed number, held by src/main/payouts/payout-lists-statements.test.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase, type AppDatabase } from '../src/main/db/connection'
import { createPayoutServices } from '../tests/support/payout-fixtures'
import { countingStatements } from '../tests/support/statement-count'
import { medianOf, printRatio } from './ratio'
import { seedTenYears } from './ten-years'

let dir: string
let database: AppDatabase

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-bench-payout-lists-'))
  database = await openDatabase(join(dir, 'kis.sqlite'))
  seedTenYears(database.sqlite)
})

afterAll(async () => {
  await database.close()
  rmSync(dir, { recursive: true, force: true })
})

it('payout lists screen: every list of ten years', async () => {
  const counted = countingStatements(database.db)
  const { payouts } = createPayoutServices(counted.db, () => new Date('2026-03-15T10:00:00Z'))
  const all = { year: null, porozumienieId: null }
  const { result: lists, statements } = await counted.statementsOf(() => payouts.list(all))
  expect(lists.length).toBeGreaterThanOrEqual(120)
  const appMs = await medianOf(5, () => payouts.list(all))
  printRatio({ name: `payout lists (${lists.length} lists)`, appMs, extra: `statements: ${statements}` })
})
