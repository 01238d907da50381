// SQL for the reports. Reads the KIS tables (migration 0002), the PSU tables (0003) and the payout
// tables (0005) read-only, by period; writes only the tables of migration 0006 (KIS staff engagements,
// funding sources). Lists of ids never travel as bound parameters: periods are subqueries, so a
// ten-year report stays within SQLite's parameter limit.
import type { Insertable, Kysely } from 'kysely'
import type { Database, KisStaffEngagementsTable, ReportFundingSourcesTable } from '../db/schema'

type Db = Kysely<Database>

export interface Period {
  from: string
  to: string
}

/** Payout lists that count in reports: approved or paid (a projekt is a draft, a cancelled list history). */
const COUNTED_LISTS = ['zatwierdzona', 'wyplacona'] as const

const monthOf = (iso: string) => iso.slice(0, 7)

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
      'r.sort_name as sortName',
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
      'r.sort_name as sortName',
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
      'r.sort_name as sortName',
    ])
    .where('a.kind', 'in', ['zatrudnienie', 'swiadczenie_zus'])
    .where('a.activity_date', '<=', p.to)
    .where('p.end_date', '>=', p.from)
    .where('p.end_date', '<=', p.to)
    .execute()
}
export type OutcomeFact = Awaited<ReturnType<typeof outcomesOfEndedParticipations>>[number]

/** Target groups of the participations a period's report speaks of: those in the period and those a job in it belongs to. */
export function targetGroupsForPeriod(db: Db, p: Period) {
  return db
    .selectFrom('participation_target_groups as g')
    .select(['g.participation_id as participationId', 'g.target_group as targetGroup'])
    .where((eb) =>
      eb.or([
        eb(
          'g.participation_id',
          'in',
          eb
            .selectFrom('participations')
            .select('id')
            .where('start_date', '<=', p.to)
            .where((w) => w.or([w('end_date', 'is', null), w('end_date', '>=', p.from)])),
        ),
        eb(
          'g.participation_id',
          'in',
          eb
            .selectFrom('activities')
            .select('participation_id')
            .where('kind', '=', 'zatrudnienie')
            .where('activity_date', '>=', p.from)
            .where('activity_date', '<=', p.to),
        ),
      ]),
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

function countedListsInMonths(db: Db, p: Period) {
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
      'r.sort_name as sortName',
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

// --- KIS staff engagements and funding sources (migration 0006) ---

function selectEngagements(db: Db) {
  return db
    .selectFrom('kis_staff_engagements as e')
    .innerJoin('staff_members as s', 's.id', 'e.staff_member_id')
    .selectAll('e')
    .select('s.full_name as staff_name')
}

export function allEngagements(db: Db) {
  return selectEngagements(db).orderBy('s.full_name').orderBy('e.date_from').execute()
}

export function engagementsInPeriod(db: Db, p: Period) {
  return selectEngagements(db)
    .where('e.date_from', '<=', p.to)
    .where((eb) => eb.or([eb('e.date_to', 'is', null), eb('e.date_to', '>=', p.from)]))
    .orderBy('s.full_name')
    .orderBy('e.date_from')
    .execute()
}
export type EngagementRow = Awaited<ReturnType<typeof allEngagements>>[number]

export function findEngagement(db: Db, id: number) {
  return selectEngagements(db).where('e.id', '=', id).executeTakeFirst()
}

export async function insertEngagement(
  db: Db,
  row: Omit<Insertable<KisStaffEngagementsTable>, 'id'>,
): Promise<number> {
  const { id } = await db
    .insertInto('kis_staff_engagements')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateEngagement(
  db: Db,
  id: number,
  row: Omit<Insertable<KisStaffEngagementsTable>, 'id' | 'created_at'>,
): Promise<number> {
  const result = await db
    .updateTable('kis_staff_engagements')
    .set(row)
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function removeEngagement(db: Db, id: number): Promise<number> {
  const result = await db.deleteFrom('kis_staff_engagements').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows)
}

export function staffMemberExists(db: Db, id: number) {
  return db.selectFrom('staff_members').select('id').where('id', '=', id).executeTakeFirst()
}

export function allFunding(db: Db) {
  return db.selectFrom('report_funding_sources').selectAll().orderBy('month_from').orderBy('id').execute()
}

export function fundingInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('report_funding_sources')
    .selectAll()
    .where('month_from', '<=', monthOf(p.to))
    .where('month_to', '>=', monthOf(p.from))
    .orderBy('month_from')
    .orderBy('id')
    .execute()
}
export type FundingRow = Awaited<ReturnType<typeof allFunding>>[number]

export async function insertFunding(
  db: Db,
  row: Omit<Insertable<ReportFundingSourcesTable>, 'id'>,
): Promise<number> {
  const { id } = await db
    .insertInto('report_funding_sources')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateFunding(
  db: Db,
  id: number,
  row: Omit<Insertable<ReportFundingSourcesTable>, 'id' | 'created_at'>,
): Promise<number> {
  const result = await db
    .updateTable('report_funding_sources')
    .set(row)
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function removeFunding(db: Db, id: number): Promise<number> {
  const result = await db.deleteFrom('report_funding_sources').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows)
}

// --- Data-quality check ---

export function participantsWithPesel(db: Db) {
  return db
    .selectFrom('participants')
    .select([
      'id',
      'first_name as firstName',
      'last_name as lastName',
      'pesel',
      'birth_date as birthDate',
      'sex',
    ])
    .where('pesel', 'is not', null)
    .orderBy('sort_name')
    .execute()
}

export function participationsWithoutKontrakt(db: Db, p: Period) {
  return db
    .selectFrom('participations as p')
    .innerJoin('participants as r', 'r.id', 'p.participant_id')
    .leftJoin('kontrakty as k', 'k.participation_id', 'p.id')
    .select([
      'p.id',
      'p.participant_id as participantId',
      'p.start_date as startDate',
      'p.end_date as endDate',
      'r.first_name as firstName',
      'r.last_name as lastName',
    ])
    .where('k.id', 'is', null)
    .where('p.start_date', '<=', p.to)
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', p.from)]))
    .orderBy('r.sort_name')
    .orderBy('p.start_date')
    .execute()
}

export function assignmentsInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('psu_assignments as a')
    .innerJoin('participants as r', 'r.id', 'a.participant_id')
    .innerJoin('psu_positions as pos', 'pos.id', 'a.position_id')
    .innerJoin('psu_position_types as t', 't.id', 'pos.type_id')
    .innerJoin('psu_workplaces as w', 'w.id', 'pos.workplace_id')
    .select([
      'a.id',
      'a.participant_id as participantId',
      'a.date_from as dateFrom',
      'a.date_to as dateTo',
      'r.first_name as firstName',
      'r.last_name as lastName',
      't.name as positionType',
      'w.name as workplace',
    ])
    .where('a.date_from', '<=', p.to)
    .where('a.date_to', '>=', p.from)
    .orderBy('r.sort_name')
    .orderBy('a.date_from')
    .execute()
}

/** Sheets of the period's months that have at least one day entered (hours or an absence). */
export function filledSheetsInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('psu_timesheets as t')
    .select(['t.assignment_id as assignmentId', 't.month'])
    .where('t.month', '>=', monthOf(p.from))
    .where('t.month', '<=', monthOf(p.to))
    .where((eb) =>
      eb.exists(
        eb.selectFrom('psu_timesheet_days as d').select('d.day').whereRef('d.timesheet_id', '=', 't.id'),
      ),
    )
    .execute()
}

/** Porozumienie-months with locked hours and no payout list that is not cancelled. */
export function lockedMonthsWithoutList(db: Db, p: Period) {
  return db
    .selectFrom('psu_timesheets as t')
    .innerJoin('psu_assignments as a', 'a.id', 't.assignment_id')
    .innerJoin('psu_porozumienia as z', 'z.id', 'a.porozumienie_id')
    .innerJoin('psu_timesheet_days as d', 'd.timesheet_id', 't.id')
    .select([
      'a.porozumienie_id as porozumienieId',
      'z.number as porozumienieNumber',
      't.month',
      (eb) => eb.fn.count<number>(eb.fn('distinct', ['a.participant_id'])).as('persons'),
      (eb) => eb.fn.sum<number>('d.worked_min').as('workedMin'),
    ])
    .where('t.status', '=', 'zamkniety')
    .where('t.month', '>=', monthOf(p.from))
    .where('t.month', '<=', monthOf(p.to))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('psu_payout_lists as l')
            .select('l.id')
            .whereRef('l.porozumienie_id', '=', 'a.porozumienie_id')
            .whereRef('l.month', '=', 't.month')
            .where('l.status', '<>', 'anulowana'),
        ),
      ),
    )
    .groupBy(['a.porozumienie_id', 't.month'])
    .having((eb) => eb.fn.sum('d.worked_min'), '>', 0)
    .orderBy('t.month')
    .orderBy('z.number')
    .execute()
}

/** Approved or paid lists of the period's months with a refund to claim and no refund request. */
export function listsWithoutRefundRequest(db: Db, p: Period) {
  return db
    .selectFrom('psu_payout_lists as l')
    .innerJoin('psu_porozumienia as z', 'z.id', 'l.porozumienie_id')
    .innerJoin('psu_payout_items as i', 'i.list_id', 'l.id')
    .select([
      'l.id',
      'l.number',
      'l.month',
      'l.status',
      'z.number as porozumienieNumber',
      (eb) => eb.fn.sum<number>('i.refund_gr').as('refundGr'),
    ])
    .where('l.id', 'in', countedListsInMonths(db, p))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('psu_refund_request_lists as rl')
            .select('rl.list_id')
            .whereRef('rl.list_id', '=', 'l.id')
            .where('rl.active', '=', 1),
        ),
      ),
    )
    .groupBy('l.id')
    .having((eb) => eb.fn.sum('i.refund_gr'), '>', 0)
    .orderBy('l.month')
    .orderBy('l.number')
    .execute()
}
