// The reports: the yearly activity summary (with the same period of earlier years), the report to the
// wojewoda, drill-downs, charts, the data-quality check, and the report data kept only here (KIS staff
// engagements, funding sources). Figures come from figures.ts over the facts of one period.
import type { Kysely } from 'kysely'
import { todayIso } from '@shared/dates'
import { OUTCOME_KINDS, ACTIVITY_KIND_CODES } from '@shared/activity.schema'
import { TARGET_GROUP_CODES } from '@shared/eligibility'
import { positionsByType, psuTotals, receivedShares } from '@shared/psu-figures'
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
import { createFigures, currentPosts, type ReportFacts } from './figures'
import { qualityChecks } from './quality'
import * as data from './report-data.repo'
import { createReportDataService } from './report-data.service'
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
  async function loadFacts(period: repo.Period): Promise<ReportFacts> {
    const [
      participations,
      activities,
      outcomes,
      groupRows,
      classes,
      items,
      positions,
      requestItems,
      engagements,
    ] = await Promise.all([
      repo.participationsInPeriod(db, period),
      repo.activitiesInPeriod(db, period),
      repo.outcomesOfEndedParticipations(db, period),
      repo.targetGroupsForPeriod(db, period),
      repo.groupClassesInPeriod(db, period),
      repo.payoutItemsInPeriod(db, period),
      repo.payoutPositionsInPeriod(db, period),
      repo.receivedRequestItems(db, period),
      data.engagementsInPeriod(db, period),
    ])
    const groups = new Map<number, string[]>()
    for (const g of groupRows)
      groups.set(g.participationId, [...(groups.get(g.participationId) ?? []), g.targetGroup])
    return {
      period,
      participations,
      activities,
      outcomes,
      groups,
      classes: classes.map((c) => ({ ...c, attendees: Number(c.attendees) })),
      items,
      positions,
      received: receivedShares(requestItems, requestsOf(requestItems)),
      engagements,
    }
  }

  async function summaryOf(period: repo.Period, facts?: ReportFacts): Promise<PeriodSummary> {
    const f = facts ?? (await loadFacts(period))
    const { summary } = createFigures(f)
    return {
      from: period.from,
      to: period.to,
      figures: SUMMARY_FIGURE_IDS.map((id) => ({ id, value: summary[id].value() })),
      positionsByType: positionsByType(f.positions),
      funding: await data.fundingInPeriod(db, period),
    }
  }

  return {
    async summary(q: SummaryQuery): Promise<SummaryReport> {
      const period = checkedPeriod(q)
      const previous: PeriodSummary[] = []
      for (let years = 1; years <= q.compareYears; years++) {
        previous.push(await summaryOf(shiftRangeByYears(period, years)))
      }
      return { current: await summaryOf(period), previous }
    },

    async wojewoda(range: ReportRange): Promise<WojewodaReport> {
      const facts = await loadFacts(checkedPeriod(range))
      const { summary, keyed } = createFigures(facts)
      const count = (id: FigureId, key: string | null) => keyed(id, key)!.value()
      const posts = currentPosts(facts.engagements)
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
          participants: summary.uczestnicy.value(),
          reintegrated: count('reintegracja', null),
          employedAfter: count('zatrudnieni-po-kis', null),
        },
        staff: [...facts.engagements],
        staffPersons: count('kadra', null),
        staffFtePermille: posts.reduce((sum, e) => sum + (e.ftePermille ?? 0), 0),
        activities: SUPPORT_KINDS.map((kind) => ({
          kind,
          persons: count('wsparcie-osoby', kind),
          entries: count('wsparcie-wpisy', kind),
        })),
        groupClassesHeld: summary['zajecia-grupowe'].value(),
        effects: EFFECT_FIGURES.map((id) => ({ id, value: summary[id].value() })),
        funding: await data.fundingInPeriod(db, range),
        grants: await data.grantsForPeriod(db, range),
      }
    },

    async drill(q: DrillQuery): Promise<DrillDown> {
      const figure = createFigures(await loadFacts({ from: q.from, to: q.to })).keyed(q.figure, q.key)
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
        const facts = await loadFacts(yearRange(year))
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

/** The received requests behind the rows (each request once, with what the PUP paid). */
function requestsOf(rows: readonly repo.RequestItemFact[]): { id: number; receivedGr: number | null }[] {
  const byId = new Map(rows.map((r) => [r.requestId, r.receivedGr]))
  return [...byId.entries()].map(([id, receivedGr]) => ({ id, receivedGr }))
}
