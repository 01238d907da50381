// SQL for support activities and group classes. Functions take the Kysely instance or a transaction.
import type { Insertable, Kysely, Selectable } from 'kysely'
import type { ActivitiesTable, Database, GroupClassesTable } from '../db/schema'

type Db = Kysely<Database>
export type ActivityRow = Selectable<ActivitiesTable> & { staff_member_name: string | null }

function selectActivities(db: Db) {
  return db
    .selectFrom('activities as a')
    .leftJoin('staff_members as s', 's.id', 'a.staff_member_id')
    .selectAll('a')
    .select('s.full_name as staff_member_name')
}

export function findById(db: Db, id: number): Promise<ActivityRow | undefined> {
  return selectActivities(db).where('a.id', '=', id).executeTakeFirst()
}

export function findByParticipant(db: Db, participantId: number): Promise<ActivityRow[]> {
  return selectActivities(db)
    .where('a.participant_id', '=', participantId)
    .orderBy('a.activity_date', 'desc')
    .orderBy('a.id', 'desc')
    .execute()
}

export function findByParticipation(db: Db, participationId: number): Promise<ActivityRow[]> {
  return selectActivities(db)
    .where('a.participation_id', '=', participationId)
    .orderBy('a.activity_date')
    .orderBy('a.id')
    .execute()
}

export async function insert(db: Db, row: Omit<Insertable<ActivitiesTable>, 'id'>): Promise<number> {
  const { id } = await db.insertInto('activities').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.deleteFrom('activities').where('id', '=', id).execute()
}

export function findClasses(db: Db) {
  return db
    .selectFrom('group_classes as c')
    .leftJoin('activities as a', 'a.group_class_id', 'c.id')
    .select([
      'c.id',
      'c.held_on',
      'c.topic',
      'c.leader',
      (eb) => eb.fn.count<number>('a.id').as('attendee_count'),
    ])
    .groupBy('c.id')
    .orderBy('c.held_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(500)
    .execute()
}

export function findClass(db: Db, id: number): Promise<Selectable<GroupClassesTable> | undefined> {
  return db.selectFrom('group_classes').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findAttendees(db: Db, classId: number) {
  return db
    .selectFrom('activities as a')
    .innerJoin('participants as r', 'r.id', 'a.participant_id')
    .select(['a.participant_id', 'r.first_name', 'r.last_name'])
    .where('a.group_class_id', '=', classId)
    .orderBy('r.name_order')
    .orderBy('r.id')
    .execute()
}

export async function insertClass(db: Db, row: Omit<Insertable<GroupClassesTable>, 'id'>): Promise<number> {
  const { id } = await db.insertInto('group_classes').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateClass(
  db: Db,
  id: number,
  row: Pick<GroupClassesTable, 'held_on' | 'topic' | 'leader' | 'notes' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('group_classes').set(row).where('id', '=', id).execute()
}

export async function removeAttendance(db: Db, classId: number): Promise<void> {
  await db.deleteFrom('activities').where('group_class_id', '=', classId).execute()
}
