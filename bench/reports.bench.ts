// Speed of both reports on ten years of data (2016–2025): 5 000 participants with their participations,
// support entries and group classes, and 40 000 PSU timesheet-months closed into payout lists with
// refund requests. Run with `npm run bench`; the figures are printed, never asserted in unit tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TARGET_GROUP_CODES } from '@shared/eligibility'
import { shiftRangeByYears } from '@shared/reports'
import type { PeriodSummary, WojewodaReport } from '@shared/reports.schema'
import { measure } from './measure'
import { medianOf, printRatio } from './ratio'
import { createFloor } from './reports-floor'
import { openDatabase, type AppDatabase } from '../src/main/db/connection'
import { SUPPORT_KINDS, type ReportsService } from '../src/main/reports/reports.service'
import { createReportsFor } from '../tests/support/report-fixtures'
import { FIRST_YEAR, PEOPLE, SHEET_MONTHS, seedTenYears } from './ten-years'

let dir: string
let database: AppDatabase
let reports: ReportsService

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-bench-reports-'))
  database = await openDatabase(join(dir, 'kis.sqlite'))
  const started = performance.now()
  seedTenYears(database.sqlite)
  const count = (table: string) => database.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()
  console.log(
    `bench: seeded in ${((performance.now() - started) / 1000).toFixed(1)} s — ${count('participants')} participants, ` +
      `${count('participations')} participations, ${count('activities')} activities, ${count('psu_timesheets')} timesheet-months, ` +
      `${count('psu_timesheet_days')} days, ${count('psu_payout_items')} payout items`,
  )
  reports = createReportsFor(database.db, () => new Date('2026-03-15T10:00:00Z'))
})

afterAll(async () => {
  await database.close()
  rmSync(dir, { recursive: true, force: true })
})

const YEAR = { from: '2025-01-01', to: '2025-12-31' }
const DECADE = { from: `${FIRST_YEAR}-01-01`, to: '2025-12-31' }

const valuesOf = (s: PeriodSummary) => Object.fromEntries(s.figures.map((f) => [f.id, f.value]))

/** The app's summary of one period in the floor's shape: so the floor is checked to give the same numbers. */
const summaryShape = (s: PeriodSummary) => ({
  figures: valuesOf(s),
  positionsByType: s.positionsByType,
  funding: s.funding.map((f) => f.id),
})

const wojewodaShape = (w: WojewodaReport) => ({
  groups: w.groups.map((g) => [g.participants, g.reintegrated, g.employedAfter]),
  totals: [w.totals.participants, w.totals.reintegrated, w.totals.employedAfter],
  staff: w.staff.map((e) => e.id),
  staffPersons: w.staffPersons,
  staffFtePermille: w.staffFtePermille,
  activities: w.activities.map((a) => [a.persons, a.entries]),
  groupClassesHeld: w.groupClassesHeld,
  effects: Object.fromEntries(w.effects.map((e) => [e.id, e.value])),
  funding: w.funding.map((f) => f.id),
  grants: w.grants.map((g) => g.id),
})

describe('reports beside their SQL floor (issue 16: ≤ 1.5×; summary + 2 earlier years ≤ 100 ms)', () => {
  it('prints app / floor / ratio for the yearly summary and the report to the wojewoda', async () => {
    const floor = createFloor(database.sqlite)
    const years = [0, 1, 2].map((n) => shiftRangeByYears(YEAR, n))
    const floorSummary = (n: number) =>
      years.slice(0, n).map((p) => {
        const s = floor.summary(p)
        return { ...s, funding: s.funding.map((f) => (f as { id: number }).id) }
      })
    const app = await reports.summary({ ...YEAR, compareYears: 2 })
    expect([app.current, ...app.previous].map(summaryShape)).toEqual(floorSummary(3))
    const floorWojewoda = () => {
      const w = floor.wojewoda(YEAR, TARGET_GROUP_CODES, SUPPORT_KINDS)
      const ids = (rows: unknown[]) => rows.map((r) => (r as { id: number }).id)
      return { ...w, staff: ids(w.staff), funding: ids(w.funding), grants: ids(w.grants) }
    }
    expect(wojewodaShape(await reports.wojewoda(YEAR))).toEqual(floorWojewoda())

    const runs = 30
    printRatio({
      name: 'yearly summary 2025',
      appMs: await medianOf(runs, () => reports.summary({ ...YEAR, compareYears: 0 })),
      floorLabel: 'SQL floor',
      floorMs: await medianOf(runs, () => floorSummary(1)),
      target: 1.5,
    })
    const withEarlier = await medianOf(runs, () => reports.summary({ ...YEAR, compareYears: 2 }))
    printRatio({
      name: 'yearly summary 2025 + 2 earlier years',
      appMs: withEarlier,
      floorLabel: 'SQL floor',
      floorMs: await medianOf(runs, () => floorSummary(3)),
      target: 1.5,
      extra: `app target ≤ 100 ms ${withEarlier <= 100 ? 'ok' : 'OVER'}`,
    })
    printRatio({
      name: 'report to the wojewoda 2025',
      appMs: await medianOf(runs, () => reports.wojewoda(YEAR)),
      floorLabel: 'SQL floor',
      floorMs: await medianOf(runs, floorWojewoda),
      target: 1.5,
    })
  })
})

describe(`reports on ten years: ${PEOPLE} participants, ${SHEET_MONTHS} timesheet-months`, () => {
  it('prints the time of each report', async () => {
    const summary = await reports.summary({ ...YEAR, compareYears: 0 })
    const figure = (id: string) => summary.current.figures.find((f) => f.id === id)!.value
    console.log(
      `bench: 2025 — ${figure('uczestnicy')} participants, ${figure('absolwenci')} graduates, ` +
        `${figure('psu-osoby')} PSU persons, ${(figure('psu-godziny') / 60).toFixed(0)} h, paid ${(figure('psu-wyplacone') / 100).toFixed(2)} zł`,
    )
    expect(figure('uczestnicy')).toBeGreaterThan(0)
    expect(figure('psu-osoby')).toBeGreaterThan(0)
    await measure('yearly summary 2025', () => reports.summary({ ...YEAR, compareYears: 0 }), 20)
    await measure(
      'yearly summary 2025 beside the 9 years before',
      () => reports.summary({ ...YEAR, compareYears: 9 }),
      10,
    )
    await measure(
      'summary of the whole decade as one period',
      () => reports.summary({ ...DECADE, compareYears: 0 }),
      10,
    )
    await measure('report to the wojewoda 2025', () => reports.wojewoda(YEAR), 20)
    await measure('report to the wojewoda, the whole decade', () => reports.wojewoda(DECADE), 10)
    await measure(
      'drill-down: participants 2025',
      () => reports.drill({ ...YEAR, figure: 'uczestnicy', key: null }),
      20,
    )
    await measure(
      'drill-down: refund received 2025',
      () => reports.drill({ ...YEAR, figure: 'psu-refundacja-otrzymana', key: null }),
      20,
    )
    await measure('charts 2021–2025', () => reports.charts({ year: 2025, years: 5 }), 10)
    await measure('data-quality check 2025', () => reports.quality(YEAR), 10)
  })
})
