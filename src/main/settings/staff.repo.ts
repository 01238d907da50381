// SQL for the staff list. Functions take the Kysely instance or a transaction.
import { sql, type Kysely } from 'kysely'
import { camelRow, camelRows } from '../db/camel-rows'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

/** Whether anything refers to the staff member (then it may be deactivated, never deleted). */
const inUse = sql<number>`(
  EXISTS (SELECT 1 FROM kontrakty k WHERE k.social_worker_id = staff_members.id)
  OR EXISTS (SELECT 1 FROM participations p WHERE p.referring_worker_id = staff_members.id)
  OR EXISTS (SELECT 1 FROM activities a WHERE a.staff_member_id = staff_members.id)
  OR EXISTS (SELECT 1 FROM kis_staff_engagements e WHERE e.staff_member_id = staff_members.id)
)`

export interface StaffRow {
  id: number
  fullName: string
  position: string
  phone: string
  active: 0 | 1
  inUse: number
}

export async function findAll(db: Db, includeInactive: boolean): Promise<StaffRow[]> {
  let query = db
    .selectFrom('staff_members')
    .select(['id', 'full_name', 'position', 'phone', 'active', inUse.as('in_use')])
  if (!includeInactive) query = query.where('active', '=', 1)
  return camelRows(await query.orderBy('active', 'desc').orderBy('full_name').orderBy('id').execute())
}

export async function findById(db: Db, id: number): Promise<StaffRow | undefined> {
  return camelRow(
    await db
      .selectFrom('staff_members')
      .select(['id', 'full_name', 'position', 'phone', 'active', inUse.as('in_use')])
      .where('id', '=', id)
      .executeTakeFirst(),
  )
}

export async function insert(
  db: Db,
  row: {
    full_name: string
    position: string
    phone: string
    active: 0 | 1
    created_at: string
    updated_at: string
  },
): Promise<number> {
  const { id } = await db.insertInto('staff_members').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function update(
  db: Db,
  id: number,
  row: { full_name: string; position: string; phone: string; active: 0 | 1; updated_at: string },
): Promise<void> {
  await db.updateTable('staff_members').set(row).where('id', '=', id).execute()
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.deleteFrom('staff_members').where('id', '=', id).execute()
}
