// SQL for the report data no other screen keeps: KIS staff engagements and funding sources (migration
// 0006), grants and their settlement (0010). Rows come out in the records' shape (camelCase).
import type { Insertable, Kysely } from 'kysely'
import type {
  Database,
  KisStaffEngagementsTable,
  ReportFundingSourcesTable,
  ReportGrantsTable,
} from '../db/schema'
import { monthOf, type Period } from './reports.repo'

type Db = Kysely<Database>

function selectEngagements(db: Db) {
  return db
    .selectFrom('kis_staff_engagements as e')
    .innerJoin('staff_members as s', 's.id', 'e.staff_member_id')
    .select([
      'e.id',
      'e.staff_member_id as staffMemberId',
      's.full_name as staffName',
      'e.kis_role as kisRole',
      'e.basis',
      'e.fte_permille as ftePermille',
      'e.monthly_min as monthlyMin',
      'e.date_from as dateFrom',
      'e.date_to as dateTo',
      'e.notes',
    ])
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

function selectFunding(db: Db) {
  return db
    .selectFrom('report_funding_sources')
    .select([
      'id',
      'source',
      'name',
      'month_from as monthFrom',
      'month_to as monthTo',
      'amount_gr as amountGr',
      'notes',
    ])
}

export function allFunding(db: Db) {
  return selectFunding(db).orderBy('month_from').orderBy('id').execute()
}

export function findFunding(db: Db, id: number) {
  return selectFunding(db).where('id', '=', id).executeTakeFirst()
}

export function fundingInPeriod(db: Db, p: Period) {
  return selectFunding(db)
    .where('month_from', '<=', monthOf(p.to))
    .where('month_to', '>=', monthOf(p.from))
    .orderBy('month_from')
    .orderBy('id')
    .execute()
}

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

function selectGrants(db: Db) {
  return db
    .selectFrom('report_grants')
    .select([
      'id',
      'year',
      'name',
      'granted_gr as grantedGr',
      'used_gr as usedGr',
      'returned_gr as returnedGr',
      'notes',
    ])
}

export function allGrants(db: Db) {
  return selectGrants(db).orderBy('year', 'desc').orderBy('id').execute()
}

export function findGrant(db: Db, id: number) {
  return selectGrants(db).where('id', '=', id).executeTakeFirst()
}

/** Grants for the years the period touches (the report on a year settles that year's grants). */
export function grantsForPeriod(db: Db, p: Period) {
  return selectGrants(db)
    .where('year', '>=', Number(p.from.slice(0, 4)))
    .where('year', '<=', Number(p.to.slice(0, 4)))
    .orderBy('year')
    .orderBy('id')
    .execute()
}

type GrantRow = Omit<Insertable<ReportGrantsTable>, 'id' | 'created_at'>

export async function insertGrant(db: Db, row: GrantRow & { created_at: string }): Promise<number> {
  const { id } = await db.insertInto('report_grants').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateGrant(db: Db, id: number, row: GrantRow): Promise<number> {
  const result = await db.updateTable('report_grants').set(row).where('id', '=', id).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function removeGrant(db: Db, id: number): Promise<number> {
  const result = await db.deleteFrom('report_grants').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows)
}
