// SQL for the reports' facts: reads the KIS tables (migration 0002), the PSU tables (0003) and the payout
// tables (0005) read-only, by period. Lists of ids never travel as bound parameters: periods are
// subqueries, so a ten-year report stays within SQLite's parameter limit. The report data (0006) is in
// report-data.repo.ts, the data-quality check's queries in quality.repo.ts.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

export interface Period {
  from: string
  to: string
}

/** Payout lists that count in reports: approved or paid (a projekt is a draft, a cancelled list history). */
export const COUNTED_LISTS = ['zatwierdzona', 'wyplacona'] as const

export const monthOf = (iso: string) => iso.slice(0, 7)

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
    .where('p.start_date', '<=', p.to)
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', p.from)]))
    .execute()
}
export type ParticipationFact = Awaited<ReturnType<typeof participationsInPeriod>>[number]

/** The support kinds whose entries span days (from–to): they count when the span touches the period. */
const SPANNING_KINDS = ['staz', 'projekt_ue']

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
    .where('a.activity_date', '<=', p.to)
    .where((eb) =>
      eb.or([
        eb('a.activity_date', '>=', p.from),
        eb.and([
          eb('a.kind', 'in', SPANNING_KINDS),
          eb(eb.fn.coalesce('a.end_date', 'a.activity_date'), '>=', p.from),
        ]),
      ]),
    )
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
    .where('a.kind', 'in', ['zatrudnienie', 'swiadczenie_zus'])
    .where('a.activity_date', '<=', p.to)
    .where('p.end_date', '>=', p.from)
    .where('p.end_date', '<=', p.to)
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
        .selectFrom('participations')
        .select('id')
        .where('start_date', '<=', p.to)
        .where((w) => w.or([w('end_date', 'is', null), w('end_date', '>=', p.from)])),
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
    .where('c.held_on', '>=', p.from)
    .where('c.held_on', '<=', p.to)
    .groupBy('c.id')
    .execute()
}
export type ClassFact = Awaited<ReturnType<typeof groupClassesInPeriod>>[number]

/** Ids of the counted payout lists of the period's months (a subquery). */
export function countedListsInMonths(db: Db, p: Period) {
  return db
    .selectFrom('psu_payout_lists')
    .select('id')
    .where('status', 'in', COUNTED_LISTS)
    .where('month', '>=', monthOf(p.from))
    .where('month', '<=', monthOf(p.to))
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
