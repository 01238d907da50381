// Month lock and month close for 200 people beside a hand-written SQL floor (issue 16: ≤ 2×). The
// floor (bench/month-close-floor.ts) makes the same writes on the same data — checked row for row —
// with a few set-based prepared statements reused, on the same file and pragmas. Each run starts from
// the same rows: the lock or the list is undone between runs. Statement counts include BEGIN/COMMIT.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase, type AppDatabase } from '../src/main/db/connection'
import { createTimesheetsService } from '../src/main/psu/timesheets.service'
import { snapshot } from '../tests/support/all-or-nothing'
import {
  addPorozumienie,
  addWorkingMonth,
  createPayoutServices,
  PSU_2026,
} from '../tests/support/payout-fixtures'
import { floorClose, floorLock } from './month-close-floor'
import { printRatio } from './ratio'

type Sqlite = AppDatabase['sqlite']

const PEOPLE = 200
const MONTH = '2026-03'
const BY = 'Maria Koordynator'
const RUNS = 30
const now = () => new Date('2026-04-02T10:00:00.000Z')

let dir: string
let database: AppDatabase
let porozumienieId: number
let statements = 0

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-bench-month-close-'))
  database = await openDatabase(join(dir, 'kis.sqlite'))
  porozumienieId = await addPorozumienie(database.db, PSU_2026)
  await addWorkingMonth(database.db, porozumienieId, MONTH, PEOPLE)
  countStatements(database.sqlite)
})

afterAll(async () => {
  await database.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Counts every statement run, whenever it was prepared: each run, get, all or iterate of any statement. */
function countStatements(sqlite: Sqlite): void {
  const proto = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<
    string,
    (...args: unknown[]) => unknown
  >
  for (const name of ['run', 'get', 'all', 'iterate']) {
    const run = proto[name]!
    proto[name] = function (this: unknown, ...args: unknown[]) {
      statements++
      return run.apply(this, args)
    }
  }
}

const undoLock = () =>
  database.sqlite.exec(
    `DELETE FROM psu_timesheet_log;
     UPDATE psu_timesheets SET status = 'otwarty', version = 0, locked_at = NULL, locked_hash = NULL`,
  )
const undoClose = () =>
  database.sqlite.exec(
    `DELETE FROM psu_payout_item_rates; DELETE FROM psu_payout_item_positions; DELETE FROM psu_payout_items;
     DELETE FROM psu_payout_list_sources; DELETE FROM psu_payout_lists`,
  )

/** Runs app and floor once each from the same rows: their writes must match; returns their statements. */
async function sameWrites(undo: () => void, app: () => Promise<unknown>, floor: () => void) {
  const tables = (rows: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(rows).filter(([name]) => name.startsWith('psu_')))
  undo()
  statements = 0
  await app()
  const appStatements = statements
  const written = tables(snapshot(database.sqlite))
  undo()
  statements = 0
  floor()
  const floorStatements = statements
  expect(tables(snapshot(database.sqlite))).toEqual(written)
  return `statements: app ${appStatements}, floor ${floorStatements}`
}

/** Medians of app and floor timed in turns (the machine is shared), each run from the undone state. */
async function inTurns(undo: () => void, app: () => Promise<unknown>, floor: () => void) {
  const times: [number[], number[]] = [[], []]
  for (let i = 0; i < RUNS; i++) {
    for (const [k, run] of [app, floor].entries()) {
      undo()
      const start = performance.now()
      await run()
      times[k]!.push(performance.now() - start)
    }
  }
  const median = (t: number[]) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!
  return { appMs: median(times[0]), floorMs: median(times[1]) }
}

/** Checks the floor's writes against the app's, then prints their times, ratio and statements. */
async function compare(name: string, undo: () => void, app: () => Promise<unknown>, floor: () => void) {
  const counts = await sameWrites(undo, app, floor)
  const times = await inTurns(undo, app, floor)
  printRatio({ name, ...times, floorLabel: 'SQL floor', target: 2, extra: counts })
}

it(`month lock and month close for ${PEOPLE} people beside the SQL floor`, async () => {
  const timesheets = createTimesheetsService(database.db, now)
  await compare(
    `month lock (${PEOPLE} people)`,
    undoLock,
    () => timesheets.lockMonth(MONTH, BY),
    floorLock(database.sqlite, MONTH, BY, now().toISOString()),
  )
  const { payouts } = createPayoutServices(database.db, now)
  await compare(
    `month close (${PEOPLE} people)`,
    undoClose,
    () => payouts.compute(porozumienieId, MONTH),
    floorClose(database.sqlite, porozumienieId, MONTH, now()),
  )
})
