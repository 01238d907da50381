// The reports: the yearly activity summary (with the same period of earlier years), the report to the
// wojewoda, drill-downs, charts, the data-quality check, and the report data kept only here (KIS staff
// engagements, funding sources). The summary and the wojewoda report count in SQL (figure-queries.ts);
// drill-downs and charts list the records of one period (figures.ts over report-facts.ts).
import type { Kysely } from 'kysely'
import { todayIso } from '@shared/dates'
import { OUTCOME_KINDS, ACTIVITY_KIND_CODES } from '@shared/activity.schema'
import { TARGET_GROUP_CODES } from '@shared/eligibility'
import { positionsByType, psuTotals } from '@shared/psu-figures'
import {
  FIGURES,
  SUMMARY_FIGURE_IDS,
  shiftRangeByYears,
  yearRange,
  type FigureId,
  type SummaryFigureId,
} from '@shared/reports'
import type {
  ChartsData,
  DrillDown,
  DrillQuery,
  PeriodSummary,
  QualityReport,
  ReportRange,
  SummaryQuery,
  SummaryReport,
  WojewodaReport,
} from '@shared/reports.schema'
import type { Database } from '../db/schema'
import { DomainError } from '../errors'
import type { KontraktyService } from '../kontrakty/kontrakty.service'
import { figureValues, SUMMARY_SOURCES, WOJEWODA_SOURCES } from './figure-queries'
import { createFigures, currentPosts, type ReportFacts } from './figures'
import { qualityChecks } from './quality'
import * as data from './report-data.repo'
import { createReportDataService } from './report-data.service'
import { loadFacts } from './report-facts'
import * as repo from './reports.repo'

export type ReportsService = ReturnType<typeof createReportsService>
type Db = Kysely<Database>

const EFFECT_FIGURES: readonly SummaryFigureId[] = [
  'absolwenci',
  'zatrudnieni',
  'zatrudnieni-umowa-o-prace',
  'zatrudnieni-cywilnoprawna',
  'usamodzielnieni',
  'usamodzielnieni-praca',
  'usamodzielnieni-zus',
  'przerwane-kontrakty',
]

/** Support given in KIS (the wojewoda report's "activities"); work and ZUS benefits are effects. */
export const SUPPORT_KINDS = ACTIVITY_KIND_CODES.filter((k) => !OUTCOME_KINDS.includes(k))

export function createReportsService(
  db: Db,
  deps: { kontrakty: KontraktyService },
  now: () => Date = () => new Date(),
) {
  /** Each period's summary; the figures of all the periods come from one pass of queries. */
  async function summariesOf(periods: readonly repo.Period[]): Promise<PeriodSummary[]> {
    const [values, funding] = await Promise.all([
      figureValues(db, periods, SUMMARY_SOURCES),
      Promise.all(periods.map((p) => data.fundingInPeriod(db, p))),
    ])
    return periods.map((period, k) => ({
      from: period.from,
      to: period.to,
      figures: SUMMARY_FIGURE_IDS.map((id) => ({ id, value: values[k]!.value(id) })),
      positionsByType: values[k]!.positionsByType,
      funding: funding[k]!,
    }))
  }

  return {
    async summary(q: SummaryQuery): Promise<SummaryReport> {
      const period = checkedPeriod(q)
      const earlier = Array.from({ length: q.compareYears }, (_, i) => shiftRangeByYears(period, i + 1))
      const [current, ...previous] = await summariesOf([period, ...earlier])
      return { current: current!, previous }
    },

    async wojewoda(range: ReportRange): Promise<WojewodaReport> {
      const period = checkedPeriod(range)
      const [[v], engagements, funding, grants] = await Promise.all([
        figureValues(db, [period], WOJEWODA_SOURCES),
        data.engagementsInPeriod(db, period),
        data.fundingInPeriod(db, period),
        data.grantsForPeriod(db, period),
      ])
      const count = (id: FigureId, key: string | null = null) => v!.value(id, key)
      // One post per staff member: their number is also the figure 'kadra'.
      const posts = currentPosts(engagements)
      return {
        from: range.from,
        to: range.to,
        groups: TARGET_GROUP_CODES.map((group) => ({
          group,
          participants: count('grupa-uczestnicy', group),
          reintegrated: count('grupa-reintegracja', group),
          employedAfter: count('grupa-zatrudnieni-po-kis', group),
        })),
        totals: {
          participants: count('uczestnicy'),
          reintegrated: count('reintegracja'),
          employedAfter: count('zatrudnieni-po-kis'),
        },
        staff: engagements,
        staffPersons: posts.length,
        staffFtePermille: posts.reduce((sum, e) => sum + (e.ftePermille ?? 0), 0),
        activities: SUPPORT_KINDS.map((kind) => ({
          kind,
          persons: count('wsparcie-osoby', kind),
          entries: count('wsparcie-wpisy', kind),
        })),
        groupClassesHeld: count('zajecia-grupowe'),
        effects: EFFECT_FIGURES.map((id) => ({ id, value: count(id) })),
        funding,
        grants,
      }
    },

    async drill(q: DrillQuery): Promise<DrillDown> {
      const figure = createFigures(await loadFacts(db, { from: q.from, to: q.to })).keyed(q.figure, q.key)
      if (!figure) {
        throw new DomainError(
          'INVALID_INPUT',
          `Wskaźnik „${FIGURES[q.figure].label}” wymaga wskazania grupy lub rodzaju.`,
        )
      }
      return {
        figure: q.figure,
        key: q.key,
        title: FIGURES[q.figure].label,
        total: figure.value(),
        rows: figure.rows(),
      }
    },

    async charts(q: { year: number; years: number }): Promise<ChartsData> {
      const years: ChartsData['years'] = []
      let chosen: ReportFacts | null = null
      for (let year = q.year - q.years + 1; year <= q.year; year++) {
        const facts = await loadFacts(db, yearRange(year))
        if (year === q.year) chosen = facts
        const { summary } = createFigures(facts)
        years.push({
          year,
          participants: summary.uczestnicy.value(),
          graduates: summary.absolwenci.value(),
          psuPaidGr: summary['psu-wyplacone'].value(),
          psuRefundRequestedGr: summary['psu-refundacja-wnioskowana'].value(),
          psuRefundReceivedGr: summary['psu-refundacja-otrzymana'].value(),
        })
      }
      const facts = chosen!
      const months = Array.from({ length: 12 }, (_, i) => {
        const month = `${q.year}-${String(i + 1).padStart(2, '0')}`
        const totals = psuTotals(
          facts.items.filter((item) => item.month === month),
          facts.received,
        )
        return {
          month,
          psuPaidGr: totals.paidGr,
          psuRefundRequestedGr: totals.refundRequestedGr,
          psuRefundReceivedGr: totals.refundReceivedGr,
        }
      })
      return { years, months, positionsByType: positionsByType(facts.positions) }
    },

    async quality(range: ReportRange): Promise<QualityReport> {
      return qualityChecks(db, deps.kontrakty, range, todayIso(now()))
    },
    ...createReportDataService(db, now),
  }
}

/** Screens check the period with the shared schema; a printed document's request is checked here too. */
function checkedPeriod(range: { from: string; to: string }): repo.Period {
  if (range.to < range.from) {
    throw new DomainError('INVALID_INPUT', 'Data końcowa okresu nie może być wcześniejsza niż początkowa.')
  }
  return { from: range.from, to: range.to }
}
