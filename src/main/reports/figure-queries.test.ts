// The summary and the report to the wojewoda count in SQL (figure-queries.ts), the drill-downs list the
// records (figures.ts): on the shared report fixtures every figure of both reports, for several
// periods counted in one pass, must equal the total of its drill-down.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTIVITY_KIND_CODES } from '@shared/activity.schema'
import { TARGET_GROUP_CODES } from '@shared/eligibility'
import { positionsByType } from '@shared/psu-figures'
import { FIGURE_IDS, shiftRangeByYears, type FigureId } from '@shared/reports'
import { buildReportDataset, createReportsFor } from '../../../tests/support/report-fixtures'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { figureValues, SUMMARY_SOURCES, WOJEWODA_SOURCES, type FigureValues } from './figure-queries'
import { createFigures, type ReportFacts } from './figures'
import { loadFacts } from './report-facts'
import type { Period } from './reports.repo'
import type { ReportsService } from './reports.service'

let temp: TempDatabase
let reports: ReportsService

beforeAll(async () => {
  temp = await createTempDatabase()
  const { people, staff } = await buildReportDataset(temp.database.db)
  // Six months from 31 August end on the last day of February (kis-periods.ts): a graduate in 2027,
  // not in 2028, whose February has a 29th.
  for (const [start, end] of [
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-28'],
  ])
    await sql`INSERT INTO participations (participant_id, start_date, referral_kind, referring_worker_id,
      end_date, end_reason, created_at, updated_at)
      VALUES (${people.henryk}, ${start}, 'ops', ${staff.maria}, ${end}, 'ukonczenie', ${start}, ${start})`.execute(
      temp.database.db,
    )
  reports = createReportsFor(temp.database.db, () => new Date('2026-03-15T10:00:00Z'))
})

afterAll(async () => {
  await temp.cleanup()
})

const PERIODS: Period[] = [
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2023-01-01', to: '2023-12-31' },
  { from: '2026-01-01', to: '2026-12-31' },
  // Parts of the months a refund request covers: what was received is split.
  { from: '2025-03-01', to: '2025-03-31' },
  { from: '2025-06-01', to: '2025-07-31' },
  { from: '2024-06-15', to: '2025-06-14' },
  { from: '2027-01-01', to: '2027-12-31' },
  { from: '2028-01-01', to: '2028-12-31' },
]

/** The keys of each keyed figure; the staff ('kadra') are listed as rows, not counted in SQL. */
function keysOf(id: FigureId, facts: ReportFacts): (string | null)[] {
  if (id.startsWith('grupa-')) return TARGET_GROUP_CODES
  if (id.startsWith('wsparcie-')) return ACTIVITY_KIND_CODES
  if (id === 'psu-stanowiska-rodzaj') return [...new Set(facts.positions.map((p) => p.positionType))]
  return id === 'kadra' ? [] : [null]
}

/** Every figure with its key: the drill-down's total beside the SQL value. */
function compare(facts: ReportFacts, values: FigureValues) {
  const { keyed } = createFigures(facts)
  const drilled: Record<string, number> = {}
  const counted: Record<string, number> = {}
  for (const id of FIGURE_IDS) {
    for (const key of keysOf(id, facts)) {
      const label = key ? `${id} ${key}` : id
      drilled[label] = keyed(id, key)!.value()
      counted[label] = values.value(id, key)
    }
  }
  return { drilled, counted }
}

describe('figures counted in SQL equal the totals of their drill-downs', () => {
  it('for every figure and key, several periods in one pass', async () => {
    const values = await figureValues(temp.database.db, PERIODS, [
      ...new Set([...SUMMARY_SOURCES, ...WOJEWODA_SOURCES]),
    ])
    for (const [k, period] of PERIODS.entries()) {
      const facts = await loadFacts(temp.database.db, period)
      const { drilled, counted } = compare(facts, values[k]!)
      expect(counted, `${period.from}–${period.to}`).toEqual(drilled)
      expect(values[k]!.positionsByType).toEqual(positionsByType(facts.positions))
    }
    // Henryk's 31 August starts.
    expect([values[7]!.value('absolwenci'), values[8]!.value('absolwenci')]).toEqual([1, 0])
  })

  it('in the summary beside its earlier years and in the report to the wojewoda', async () => {
    const period = PERIODS[6]!
    const { current, previous } = await reports.summary({ ...period, compareYears: 2 })
    for (const [years, summary] of [current, ...previous].entries()) {
      const { summary: figures } = createFigures(
        await loadFacts(temp.database.db, shiftRangeByYears(period, years)),
      )
      for (const { id, value } of summary.figures)
        expect(value, `${summary.from} ${id}`).toBe(figures[id].value())
    }
    for (const range of PERIODS) {
      const report = await reports.wojewoda(range)
      const { keyed } = createFigures(await loadFacts(temp.database.db, range))
      expect(report.staffPersons, range.from).toBe(keyed('kadra', null)!.value())
    }
  })
})
