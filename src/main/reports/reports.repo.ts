// SQL for the reports' facts: reads the KIS tables (migration 0002), the PSU tables (0003) and the payout
// tables (0005) read-only, by period. Lists of ids never travel as bound parameters: periods are
// subqueries, so a ten-year report stays within SQLite's parameter limit. The report data (0006) is in
// report-data.repo.ts, the data-quality check's queries in quality.repo.ts. Which records belong to a
// period is said once, below, for these row queries and for the figures' aggregates (figure-queries.ts).
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import { ACTIVITY_KIND_CODES, OUTCOME_KINDS } from '@shared/activity.schema'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

export interface Period {
  from: string
  to: string
}

/** Payout lists that count in reports: approved or paid (a projekt is a draft, a cancelled list history). */
export const COUNTED_LISTS = ['zatwierdzona', 'wyplacona'] as const

export const monthOf = (iso: string) => iso.slice(0, 7)

/** A period's bounds in SQL: one period's dates as bound values, or the columns of a list of periods. */
export interface PeriodBounds {
  from: string | RawBuilder<unknown>
  to: string | RawBuilder<unknown>
  monthFrom: string | RawBuilder<unknown>
  monthTo: string | RawBuilder<unknown>
}

export const boundsOf = (p: Period): PeriodBounds => ({
  from: p.from,
  to: p.to,
  monthFrom: monthOf(p.from),
  monthTo: monthOf(p.to),
})

/** Period k's bounds in a query that starts from withPeriods: the columns of its `periods` list. */
export const PERIOD: PeriodBounds = {
  from: sql.ref('periods.date_from'),
  to: sql.ref('periods.date_to'),
  monthFrom: sql.ref('periods.month_from'),
  monthTo: sql.ref('periods.month_to'),
}

/** The periods a query counts in one pass, numbered k from 0. */
export function withPeriods(periods: readonly Period[]) {
  const rows = periods.map((p, k) => sql`(${k}, ${p.from}, ${p.to}, ${monthOf(p.from)}, ${monthOf(p.to)})`)
  return sql`WITH periods (k, date_from, date_to, month_from, month_to) AS (VALUES ${sql.join(rows)})`
}

/** Constant codes written into the SQL text. */
export const literals = (codes: readonly string[]) => sql.join(codes.map((c) => sql.lit(c)))

/** Participation `p` with at least one day in the period. */
export const participationInPeriod = (b: PeriodBounds) =>
  sql<SqlBool>`(p.start_date <= ${b.to} AND (p.end_date IS NULL OR p.end_date >= ${b.from}))`

/** Participation `p` ended in the period. */
export const endedInPeriod = (b: PeriodBounds) => sql<SqlBool>`(p.end_date BETWEEN ${b.from} AND ${b.to})`

/** The support kinds whose entries span days (from–to): they count when the span touches the period. */
const SPANNING_KINDS = ['staz', 'projekt_ue']

/**
 * Activity `a` in the period: dated in it, or for internships and EU projects overlapping it. Every
 * kind is listed so that the (kind, activity_date) index serves the dates.
 */
export const activityInPeriod = (b: PeriodBounds) => sql<SqlBool>`(
  (a.kind IN (${literals(ACTIVITY_KIND_CODES)}) AND a.activity_date BETWEEN ${b.from} AND ${b.to})
  OR (a.kind IN (${literals(SPANNING_KINDS)}) AND a.activity_date < ${b.from}
    AND COALESCE(a.end_date, a.activity_date) >= ${b.from}))`

/** Work or a ZUS benefit `a` recorded up to the period's end for a participation `p` that ended in it. */
export const outcomeOfEndedParticipation = (b: PeriodBounds) =>
  sql<SqlBool>`(a.kind IN (${literals(OUTCOME_KINDS)}) AND a.activity_date <= ${b.to} AND ${endedInPeriod(b)})`

/** Group class `c` held in the period. */
export const classInPeriod = (b: PeriodBounds) => sql<SqlBool>`(c.held_on BETWEEN ${b.from} AND ${b.to})`

/** Payout list `l` counted in the period: approved or paid, for a month of work in the period. */
export const countedList = (b: PeriodBounds) =>
  sql<SqlBool>`(l.status IN (${literals(COUNTED_LISTS)}) AND l.month BETWEEN ${b.monthFrom} AND ${b.monthTo})`

/** Participations with at least one day in the period, with the person. */
export function participationsInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('participations as p')
    .innerJoin('participants as r', 'r.id', 'p.participant_id')
    .select([
      'p.id',
      'p.participant_id as participantId',
      'p.start_date as startDate',
      'p.end_date as endDate',
      'p.end_reason as endReason',
      'r.first_name as firstName',
      'r.last_name as lastName',
      'r.pesel',
      'r.sex',
      'r.name_order as nameOrder',
    ])
    .where(participationInPeriod(boundsOf(p)))
    .execute()
}
export type ParticipationFact = Awaited<ReturnType<typeof participationsInPeriod>>[number]

/** Activities in the period: dated in it, or for internships and EU projects overlapping it. */
export function activitiesInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('activities as a')
    .innerJoin('participants as r', 'r.id', 'a.participant_id')
    .select([
      'a.id',
      'a.participant_id as participantId',
      'a.participation_id as participationId',
      'a.kind',
      'a.activity_date as date',
      'a.end_date as endDate',
      'a.employment_form as employmentForm',
      'a.organization',
      'a.project_name as projectName',
      'a.provider',
      'a.topic',
      'a.benefit_name as benefitName',
      'r.first_name as firstName',
      'r.last_name as lastName',
      'r.pesel',
      'r.sex',
      'r.name_order as nameOrder',
    ])
    .where(activityInPeriod(boundsOf(p)))
    .execute()
}
export type ActivityFact = Awaited<ReturnType<typeof activitiesInPeriod>>[number]

/** Work and ZUS benefits recorded up to the period's end for participations that ended in the period. */
export function outcomesOfEndedParticipations(db: Db, p: Period) {
  return db
    .selectFrom('activities as a')
    .innerJoin('participations as p', 'p.id', 'a.participation_id')
    .innerJoin('participants as r', 'r.id', 'a.participant_id')
    .select([
      'a.id',
      'a.participant_id as participantId',
      'a.participation_id as participationId',
      'a.kind',
      'a.activity_date as date',
      'a.employment_form as employmentForm',
      'a.organization',
      'a.benefit_name as benefitName',
      'p.start_date as startDate',
      'p.end_date as endDate',
      'r.first_name as firstName',
      'r.last_name as lastName',
      'r.pesel',
      'r.name_order as nameOrder',
    ])
    .where(outcomeOfEndedParticipation(boundsOf(p)))
    .execute()
}
export type OutcomeFact = Awaited<ReturnType<typeof outcomesOfEndedParticipations>>[number]

/** Target groups of the participations with at least one day in the period. */
export function targetGroupsForPeriod(db: Db, p: Period) {
  return db
    .selectFrom('participation_target_groups as g')
    .select(['g.participation_id as participationId', 'g.target_group as targetGroup'])
    .where('g.participation_id', 'in', (eb) =>
      eb
        .selectFrom('participations as p')
        .select('p.id')
        .where(participationInPeriod(boundsOf(p))),
    )
    .execute()
}

export function groupClassesInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('group_classes as c')
    .leftJoin('activities as a', 'a.group_class_id', 'c.id')
    .select([
      'c.id',
      'c.held_on as heldOn',
      'c.topic',
      'c.leader',
      (eb) => eb.fn.count<number>('a.id').as('attendees'),
    ])
    .where(classInPeriod(boundsOf(p)))
    .groupBy('c.id')
    .execute()
}
export type ClassFact = Awaited<ReturnType<typeof groupClassesInPeriod>>[number]

/** Ids of the counted payout lists of the period's months (a subquery). */
export function countedListsInMonths(db: Db, p: Period) {
  return db
    .selectFrom('psu_payout_lists as l')
    .select('l.id')
    .where(countedList(boundsOf(p)))
}

/** Each person-month on a counted payout list of the period's months, with its refund request. */
export function payoutItemsInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('psu_payout_items as i')
    .innerJoin('psu_payout_lists as l', 'l.id', 'i.list_id')
    .innerJoin('participants as r', 'r.id', 'i.participant_id')
    .leftJoin('psu_refund_request_lists as rl', (join) =>
      join.onRef('rl.list_id', '=', 'l.id').on('rl.active', '=', 1),
    )
    .leftJoin('psu_refund_requests as q', 'q.id', 'rl.request_id')
    .select([
      'i.id',
      'i.list_id as listId',
      'l.number as listNumber',
      'l.month',
      'i.participant_id as participantId',
      'r.first_name as firstName',
      'r.last_name as lastName',
      'r.pesel',
      'r.name_order as nameOrder',
      'i.worked_min as workedMin',
      'i.amount_gr as amountGr',
      'i.refund_gr as refundGr',
      'i.paid_on as paidOn',
      'rl.request_id as requestId',
      'q.number as requestNumber',
    ])
    .where('i.list_id', 'in', countedListsInMonths(db, p))
    .orderBy('i.id')
    .execute()
}
export type PayoutItemFact = Awaited<ReturnType<typeof payoutItemsInPeriod>>[number]

/** The positions each of those person-months worked on (with hours). */
export function payoutPositionsInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('psu_payout_item_positions as ip')
    .innerJoin('psu_payout_items as i', 'i.id', 'ip.item_id')
    .select([
      'ip.item_id as itemId',
      'ip.position_id as positionId',
      'ip.position_type as positionType',
      'ip.workplace',
    ])
    .where('i.list_id', 'in', countedListsInMonths(db, p))
    .where('ip.worked_min', '>', 0)
    .orderBy('ip.item_id')
    .orderBy('ip.assignment_id')
    .execute()
}
export type PayoutPositionFact = Awaited<ReturnType<typeof payoutPositionsInPeriod>>[number]

/**
 * Every item of the received refund requests that cover a list of the period — also items of months
 * outside it — so the amount received can be spread over all the months a request covers.
 */
export function receivedRequestItems(db: Db, p: Period) {
  const requests = db
    .selectFrom('psu_refund_request_lists')
    .select('request_id')
    .where('active', '=', 1)
    .where('list_id', 'in', countedListsInMonths(db, p))
  return db
    .selectFrom('psu_refund_request_lists as rl')
    .innerJoin('psu_refund_requests as q', 'q.id', 'rl.request_id')
    .innerJoin('psu_payout_lists as l', 'l.id', 'rl.list_id')
    .innerJoin('psu_payout_items as i', 'i.list_id', 'rl.list_id')
    .select(['i.id', 'i.refund_gr as refundGr', 'rl.request_id as requestId', 'q.received_gr as receivedGr'])
    .where('rl.active', '=', 1)
    .where('q.received_gr', 'is not', null)
    .where('l.status', 'in', COUNTED_LISTS)
    .where('rl.request_id', 'in', requests)
    .orderBy('i.id')
    .execute()
}
export type RequestItemFact = Awaited<ReturnType<typeof receivedRequestItems>>[number]
