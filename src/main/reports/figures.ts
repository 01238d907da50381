// Every figure of both reports as a selection of records: the figure is the number of distinct keys
// (people, participations, classes, positions) or the sum of amounts (hours, grosze) of the selected
// records, and its drill-down lists exactly those records grouped by the same keys — so a drill-down
// always adds up to its figure. Pure: report-facts.ts loads the facts for one period. The summary and
// the report to the wojewoda take the same figures' values from SQL aggregates (figure-queries.ts).
import { formatDate } from '@shared/dates'
import { ACTIVITY_KINDS, type ActivityKind } from '@shared/activity.schema'
import {
  EMPLOYMENT_FORMS,
  END_REASONS,
  type EmploymentForm,
  type EndReason,
} from '@shared/participation.schema'
import { isGraduate, sixMonthsReachedOn } from '@shared/kis-periods'
import { formatMonth } from '@shared/psu-calendar'
import { PSU_AMOUNTS } from '@shared/psu-figures'
import { compareBinary } from '@shared/text'
import {
  formatMinutesAsHours,
  formatWorkingTime,
  STAFF_BASES,
  type FigureId,
  type SummaryFigureId,
} from '@shared/reports'
import type { DrillRow } from '@shared/reports.schema'
import type {
  ActivityFact,
  ClassFact,
  OutcomeFact,
  ParticipationFact,
  PayoutItemFact,
  PayoutPositionFact,
  Period,
} from './reports.repo'
import type { EngagementRow } from './report-data.repo'

export interface ReportFacts {
  period: Period
  participations: readonly ParticipationFact[]
  activities: readonly ActivityFact[]
  outcomes: readonly OutcomeFact[]
  /** participation id → its target groups. */
  groups: ReadonlyMap<number, readonly string[]>
  classes: readonly ClassFact[]
  items: readonly PayoutItemFact[]
  positions: readonly PayoutPositionFact[]
  /** payout item id → its share of the refund received, in grosze. */
  received: ReadonlyMap<number, number>
  engagements: readonly EngagementRow[]
}

/** A figure: its value, and the rows behind it on demand. */
export interface Figure {
  value(): number
  rows(): DrillRow[]
}

interface Selection<T> {
  items: readonly T[]
  key: (item: T) => string | number
  /** For summed figures: each record's minutes or grosze. */
  amount?: (item: T) => number
  row: (group: readonly T[]) => Omit<DrillRow, 'id' | 'value'>
  /**
   * Order of the drill-down rows, compared as binary strings (ISO dates and participants.name_order are
   * spelled for it); by default, and on ties, the row name in Polish collation.
   */
  sortKey?: (group: readonly T[]) => string
}

function figure<T>(s: Selection<T>): Figure {
  return {
    value() {
      if (s.amount) return s.items.reduce((sum, item) => sum + s.amount!(item), 0)
      return new Set(s.items.map(s.key)).size
    },
    rows() {
      const groups = new Map<string | number, T[]>()
      for (const item of s.items) {
        const k = s.key(item)
        const group = groups.get(k)
        if (group) group.push(item)
        else groups.set(k, [item])
      }
      return [...groups.entries()]
        .map(([k, group]) => ({
          sort: s.sortKey ? s.sortKey(group) : '',
          row: {
            id: String(k),
            ...s.row(group),
            value: s.amount ? group.reduce((sum, item) => sum + s.amount!(item), 0) : null,
          },
        }))
        .sort((a, b) => compareBinary(a.sort, b.sort) || a.row.name.localeCompare(b.row.name, 'pl'))
        .map((r) => r.row)
    },
  }
}

interface Person {
  participantId: number
  firstName: string
  lastName: string
  pesel: string | null
}

const nameOf = (p: { firstName: string; lastName: string }) => `${p.lastName} ${p.firstName}`
const personLink = (p: Person) => ({ kind: 'person' as const, participantId: p.participantId })
const span = (from: string, to: string | null) =>
  to ? `${formatDate(from)}–${formatDate(to)}` : `od ${formatDate(from)}`
const unique = (texts: readonly string[]) => [...new Set(texts)]

/** One person's row from the records that selected them. */
function personRow<T extends Person>(when: (item: T) => string, detail: (item: T) => string) {
  return (group: readonly T[]) => ({
    name: nameOf(group[0]!),
    pesel: group[0]!.pesel,
    when: unique(group.map(when)).join('; '),
    detail: unique(group.map(detail).filter(Boolean)).join('; '),
    link: personLink(group[0]!),
  })
}

function persons<T extends Person>(
  items: readonly T[],
  when: (i: T) => string,
  detail: (i: T) => string,
): Figure {
  return figure({ items, key: (i) => i.participantId, row: personRow(when, detail) })
}

const participationWhen = (p: ParticipationFact) => span(p.startDate, p.endDate)
function participationDetail(p: ParticipationFact): string {
  if (!p.endDate) return `trwa (6 miesięcy: ${formatDate(sixMonthsReachedOn(p.startDate))})`
  const reason = p.endReason ? END_REASONS[p.endReason as EndReason] : ''
  return `${reason}${isGraduate(p.startDate, p.endDate) ? ' — co najmniej 6 miesięcy' : ' — krócej niż 6 miesięcy'}`
}

const activityWhen = (a: { date: string; endDate?: string | null }) =>
  a.endDate ? span(a.date, a.endDate) : formatDate(a.date)
function activityDetail(a: ActivityFact | OutcomeFact): string {
  const kind = a.kind as ActivityKind
  if (kind === 'zatrudnienie') {
    const form = a.employmentForm ? EMPLOYMENT_FORMS[a.employmentForm as EmploymentForm] : ''
    return [form, a.organization].filter(Boolean).join(', ')
  }
  if (kind === 'swiadczenie_zus') return `świadczenie ZUS: ${a.benefitName}`
  if ('projectName' in a) {
    if (kind === 'projekt_ue') return a.projectName
    if (kind === 'staz') return a.organization
    return [a.topic, a.provider].filter(Boolean).join(', ')
  }
  return ACTIVITY_KINDS[kind]
}

const endedIn = (p: ParticipationFact, period: Period) =>
  p.endDate !== null && p.endDate >= period.from && p.endDate <= period.to

/** The success reasons that count as reintegration in the report to the wojewoda. */
export const REINTEGRATION_REASONS: readonly string[] = ['ukonczenie', 'zatrudnienie']

/** Summary figures that are the people with an entry of one support kind in the period. */
export const KIND_FIGURES = {
  staze: 'staz',
  'doradztwo-zawodowe': 'doradztwo_zawodowe',
  'poradnictwo-psychologiczne': 'doradztwo_psychologiczne',
  'poradnictwo-prawne': 'poradnictwo_prawne',
  'zajecia-grupowe-osoby': 'zajecia_grupowe',
  'projekty-ue': 'projekt_ue',
} as const satisfies Partial<Record<SummaryFigureId, ActivityKind>>

/**
 * Art. 18a ust. 6 pkt 2 lit. b ustawy o zatrudnieniu socjalnym: of the reintegrated, those who "uzyskały
 * zatrudnienie po ukończeniu uczestnictwa w klubie" — a job (umowa o pracę or cywilnoprawna) dated after
 * the last day of a reintegrated participation; the outcomes are already limited to the period's end.
 * A job from the last day or earlier was taken during the participation (DOMAIN.md §2).
 */
export function jobsAfterReintegration(
  outcomes: readonly OutcomeFact[],
  reintegrated: readonly ParticipationFact[],
): OutcomeFact[] {
  const ended = new Map(reintegrated.map((p) => [p.id, p.endDate]))
  return outcomes.filter((o) => {
    const endDate = ended.get(o.participationId)
    return o.kind === 'zatrudnienie' && endDate != null && o.date > endDate
  })
}

export function createFigures(f: ReportFacts) {
  const { period } = f
  const ofKind = (kind: ActivityKind) => f.activities.filter((a) => a.kind === kind)
  const groupsOf = (participationId: number) => f.groups.get(participationId) ?? []

  const participants = f.participations
  const graduates = participants.filter((p) => endedIn(p, period) && isGraduate(p.startDate, p.endDate!))
  const jobs = ofKind('zatrudnienie')
  const working = new Set(f.outcomes.filter((o) => o.kind === 'zatrudnienie').map((o) => o.participantId))
  const broken = participants.filter((p) => endedIn(p, period) && p.endReason === 'przerwanie_kontrakt')
  const reintegrated = participants.filter(
    (p) => endedIn(p, period) && p.endReason !== null && REINTEGRATION_REASONS.includes(p.endReason),
  )
  const employedAfter = jobsAfterReintegration(f.outcomes, reintegrated)

  const activityPersons = (items: readonly ActivityFact[]) => persons(items, activityWhen, activityDetail)
  const participationPersons = (items: readonly ParticipationFact[]) =>
    persons(items, participationWhen, participationDetail)
  const outcomePersons = (items: readonly OutcomeFact[]) =>
    persons(items, activityWhen, (o) => `${activityDetail(o)} (uczestnictwo ${span(o.startDate, o.endDate)})`)

  // PSU: one record per person-month on a payout list.
  const positionsOf = new Map<number, PayoutPositionFact[]>()
  for (const p of f.positions) positionsOf.set(p.itemId, [...(positionsOf.get(p.itemId) ?? []), p])
  const itemDetail = (i: PayoutItemFact) =>
    [
      `lista ${i.listNumber}`,
      (positionsOf.get(i.id) ?? []).map((p) => `${p.positionType} — ${p.workplace}`).join(', '),
      i.requestNumber ? `wniosek ${i.requestNumber}` : '',
    ]
      .filter(Boolean)
      .join('; ')
  const psuSum = (items: readonly PayoutItemFact[], amount: (i: PayoutItemFact) => number) =>
    figure({
      items: items.filter((i) => amount(i) !== 0),
      key: (i) => i.id,
      amount,
      row: (group) => ({
        name: nameOf(group[0]!),
        pesel: group[0]!.pesel,
        when: formatMonth(group[0]!.month),
        detail: itemDetail(group[0]!),
        link: { kind: 'payout-list' as const, listId: group[0]!.listId },
      }),
      sortKey: (group) => `${group[0]!.month} ${group[0]!.nameOrder}`,
    })
  const itemById = new Map(f.items.map((i) => [i.id, i]))
  const positionFigure = (positions: readonly PayoutPositionFact[]) =>
    figure({
      items: positions,
      key: (p) => p.positionId,
      row: (group) => ({
        name: `${group[0]!.positionType} — ${group[0]!.workplace}`,
        pesel: null,
        when: unique(group.map((p) => formatMonth(itemById.get(p.itemId)!.month))).join(', '),
        detail: unique(group.map((p) => nameOf(itemById.get(p.itemId)!))).join(', '),
        link: { kind: 'section' as const, section: 'psu' as const },
      }),
    })

  const summary: Record<SummaryFigureId, Figure> = {
    uczestnicy: participationPersons(participants),
    kobiety: participationPersons(participants.filter((p) => p.sex === 'K')),
    mezczyzni: participationPersons(participants.filter((p) => p.sex === 'M')),
    absolwenci: participationPersons(graduates),
    zatrudnieni: activityPersons(jobs),
    'zatrudnieni-umowa-o-prace': activityPersons(jobs.filter((a) => a.employmentForm === 'umowa_o_prace')),
    'zatrudnieni-cywilnoprawna': activityPersons(
      jobs.filter((a) => a.employmentForm === 'umowa_cywilnoprawna'),
    ),
    usamodzielnieni: outcomePersons(f.outcomes),
    'usamodzielnieni-praca': outcomePersons(f.outcomes.filter((o) => working.has(o.participantId))),
    'usamodzielnieni-zus': outcomePersons(f.outcomes.filter((o) => !working.has(o.participantId))),
    staze: activityPersons(ofKind(KIND_FIGURES.staze)),
    'doradztwo-zawodowe': activityPersons(ofKind(KIND_FIGURES['doradztwo-zawodowe'])),
    'poradnictwo-psychologiczne': activityPersons(ofKind(KIND_FIGURES['poradnictwo-psychologiczne'])),
    'poradnictwo-prawne': activityPersons(ofKind(KIND_FIGURES['poradnictwo-prawne'])),
    'zajecia-grupowe': figure({
      items: f.classes,
      key: (c) => c.id,
      row: (group) => ({
        name: group[0]!.topic,
        pesel: null,
        when: formatDate(group[0]!.heldOn),
        detail: [group[0]!.leader ? `prowadzi: ${group[0]!.leader}` : '', `obecnych: ${group[0]!.attendees}`]
          .filter(Boolean)
          .join('; '),
        link: { kind: 'section' as const, section: 'classes' as const },
      }),
      sortKey: (group) => group[0]!.heldOn,
    }),
    'zajecia-grupowe-osoby': activityPersons(ofKind(KIND_FIGURES['zajecia-grupowe-osoby'])),
    'projekty-ue': activityPersons(ofKind(KIND_FIGURES['projekty-ue'])),
    'przerwane-kontrakty': figure({
      items: broken,
      key: (p) => p.id,
      row: personRow(participationWhen, participationDetail),
    }),
    'psu-osoby': figure({
      items: f.items,
      key: (i) => i.participantId,
      row: (group) => ({
        name: nameOf(group[0]!),
        pesel: group[0]!.pesel,
        when: unique(group.map((i) => formatMonth(i.month))).join(', '),
        detail: formatMinutesAsHours(group.reduce((sum, i) => sum + i.workedMin, 0)),
        link: personLink(group[0]!),
      }),
    }),
    'psu-stanowiska': positionFigure(f.positions),
    'psu-godziny': psuSum(f.items, PSU_AMOUNTS.workedMin),
    'psu-naliczone': psuSum(f.items, PSU_AMOUNTS.amountGr),
    'psu-wyplacone': psuSum(f.items, PSU_AMOUNTS.paidGr),
    'psu-refundacja-nalezna': psuSum(f.items, PSU_AMOUNTS.refundDueGr),
    'psu-refundacja-wnioskowana': psuSum(f.items, PSU_AMOUNTS.refundRequestedGr),
    'psu-refundacja-otrzymana': psuSum(f.items, (i) => PSU_AMOUNTS.refundReceivedGr(i, f.received)),
  }

  /** A keyed or wojewoda figure; null when the figure does not exist for that key. */
  function keyed(id: FigureId, key: string | null): Figure | null {
    if (id in summary) return summary[id as SummaryFigureId]
    switch (id) {
      case 'grupa-uczestnicy':
        return key === null
          ? null
          : participationPersons(participants.filter((p) => groupsOf(p.id).includes(key)))
      case 'reintegracja':
        return participationPersons(reintegrated)
      case 'grupa-reintegracja':
        return key === null
          ? null
          : participationPersons(reintegrated.filter((p) => groupsOf(p.id).includes(key)))
      case 'zatrudnieni-po-kis':
        return outcomePersons(employedAfter)
      case 'grupa-zatrudnieni-po-kis':
        return key === null
          ? null
          : outcomePersons(employedAfter.filter((o) => groupsOf(o.participationId).includes(key)))
      case 'wsparcie-osoby':
        return key === null ? null : activityPersons(ofKind(key as ActivityKind))
      case 'wsparcie-wpisy':
        return key === null
          ? null
          : figure({
              items: ofKind(key as ActivityKind),
              key: (a) => a.id,
              row: personRow(activityWhen, activityDetail),
              sortKey: (group) => `${group[0]!.date} ${group[0]!.nameOrder}`,
            })
      case 'kadra':
        return figure({
          items: f.engagements,
          key: (e) => e.staffMemberId,
          row: (group) => ({
            name: group[0]!.staffName,
            pesel: null,
            when: group.map((e) => span(e.dateFrom, e.dateTo)).join('; '),
            detail: group
              .map(
                (e) =>
                  `${e.kisRole}, ${STAFF_BASES[e.basis]}, ${formatWorkingTime(e.ftePermille, e.monthlyMin)}`,
              )
              .join('; '),
            link: { kind: 'section' as const, section: 'reports-data' as const },
          }),
        })
      case 'psu-stanowiska-rodzaj':
        return key === null ? null : positionFigure(f.positions.filter((p) => p.positionType === key))
      default:
        return null
    }
  }

  return { summary, keyed }
}

/** The latest engagement of each staff member in the period: the post the report states. */
export function currentPosts(engagements: readonly EngagementRow[]): EngagementRow[] {
  const latest = new Map<number, EngagementRow>()
  for (const e of engagements) {
    const seen = latest.get(e.staffMemberId)
    if (!seen || e.dateFrom > seen.dateFrom) latest.set(e.staffMemberId, e)
  }
  return [...latest.values()]
}
