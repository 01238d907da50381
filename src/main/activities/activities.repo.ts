// SQL for support activities and group classes. Functions take the Kysely instance or a transaction.
import type { Insertable, Kysely, Selectable } from 'kysely'
import { camelRow, camelRows, type CamelRow } from '../db/camel-rows'
import type { ActivitiesTable, Database, GroupClassesTable } from '../db/schema'

type Db = Kysely<Database>
export type ActivityRow = CamelRow<Selectable<ActivitiesTable> & { staff_member_name: string | null }>

function selectActivities(db: Db) {
  return db
    .selectFrom('activities as a')
    .leftJoin('staff_members as s', 's.id', 'a.staff_member_id')
    .selectAll('a')
    .select('s.full_name as staff_member_name')
}

export async function findById(db: Db, id: number): Promise<ActivityRow | undefined> {
  return camelRow(await selectActivities(db).where('a.id', '=', id).executeTakeFirst())
}

export async function findByParticipant(db: Db, participantId: number): Promise<ActivityRow[]> {
  return camelRows(
    await selectActivities(db)
      .where('a.participant_id', '=', participantId)
      .orderBy('a.activity_date', 'desc')
      .orderBy('a.id', 'desc')
      .execute(),
  )
}

export async function findByParticipation(db: Db, participationId: number): Promise<ActivityRow[]> {
  return camelRows(
    await selectActivities(db)
      .where('a.participation_id', '=', participationId)
      .orderBy('a.activity_date')
      .orderBy('a.id')
      .execute(),
  )
}

export async function insert(db: Db, row: Omit<Insertable<ActivitiesTable>, 'id'>): Promise<number> {
  const { id } = await db.insertInto('activities').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.deleteFrom('activities').where('id', '=', id).execute()
}

export async function findClasses(db: Db) {
  return camelRows(
    await db
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
      .execute(),
  )
}

export async function findClass(
  db: Db,
  id: number,
): Promise<CamelRow<Selectable<GroupClassesTable>> | undefined> {
  return camelRow(await db.selectFrom('group_classes').selectAll().where('id', '=', id).executeTakeFirst())
}

export async function findAttendees(db: Db, classId: number) {
  return camelRows(
    await db
      .selectFrom('activities as a')
      .innerJoin('participants as r', 'r.id', 'a.participant_id')
      .select(['a.participant_id', 'r.first_name', 'r.last_name'])
      .where('a.group_class_id', '=', classId)
      .orderBy('r.name_order')
      .orderBy('r.id')
      .execute(),
  )
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

/** Support entries with the screen's filters, with the person and staff member: the list export. */
export async function findForExport(
  db: Db,
  filter: { participantId: number | null; from: string | null; to: string | null; kind: string | null },
) {
  let query = db
    .selectFrom('activities as a')
    .innerJoin('participants as r', 'r.id', 'a.participant_id')
    .leftJoin('staff_members as s', 's.id', 'a.staff_member_id')
    .select([
      'a.id',
      'a.kind',
      'a.activity_date as date',
      'a.end_date as endDate',
      'a.provider',
      'a.topic',
      'a.organization',
      'a.project_name as projectName',
      'a.employment_form as employmentForm',
      'a.benefit_name as benefitName',
      'a.notes',
      's.full_name as staffName',
      'r.first_name as firstName',
      'r.last_name as lastName',
      'r.pesel',
    ])
    .orderBy('a.activity_date')
    .orderBy('r.name_order')
    .orderBy('a.id')
  if (filter.participantId !== null) query = query.where('a.participant_id', '=', filter.participantId)
  if (filter.from !== null) query = query.where('a.activity_date', '>=', filter.from)
  if (filter.to !== null) query = query.where('a.activity_date', '<=', filter.to)
  if (filter.kind !== null) query = query.where('a.kind', '=', filter.kind)
  return camelRows(await query.execute())
}
