// SQL for assignments and for the refusals/absences reported to the PUP. Participant names are read by a
// join (lists of hundreds of rows); the participants register itself is never written from here.
import { sql, type Insertable, type Kysely } from 'kysely'
import { camelRow, camelRows } from '../db/camel-rows'
import type { Database, PsuAssignmentsTable, PsuEventsTable } from '../db/schema'

type Db = Kysely<Database>

export interface AssignmentFilter {
  id?: number
  month?: { first: string; last: string } | null
  porozumienieId?: number | null
  participantId?: number | null
}

export async function listAssignments(db: Db, f: AssignmentFilter) {
  let q = db
    .selectFrom('psu_assignments as a')
    .innerJoin('participants as pe', 'pe.id', 'a.participant_id')
    .innerJoin('psu_positions as po', 'po.id', 'a.position_id')
    .innerJoin('psu_position_types as t', 't.id', 'po.type_id')
    .innerJoin('psu_workplaces as w', 'w.id', 'po.workplace_id')
    .innerJoin('psu_porozumienia as pz', 'pz.id', 'a.porozumienie_id')
    .selectAll('a')
    .select([
      'pe.first_name',
      'pe.last_name',
      'pe.pesel',
      'pe.name_order',
      't.name as position_name',
      'po.workplace_id',
      'w.name as workplace_name',
      'w.name_key as workplace_key',
      'w.address as workplace_address',
      'w.supervisor_name',
      'w.supervisor_role',
      'pz.number as porozumienie_number',
      'pz.signed_on as porozumienie_signed_on',
      'pz.monthly_limit_min',
      'pz.weekly_limit_min',
      sql<number>`(SELECT count(*) FROM psu_timesheet_days d JOIN psu_timesheets s ON s.id = d.timesheet_id WHERE s.assignment_id = a.id)`.as(
        'recorded_days',
      ),
    ])
  if (f.id !== undefined) q = q.where('a.id', '=', f.id)
  if (f.month) q = q.where('a.date_from', '<=', f.month.last).where('a.date_to', '>=', f.month.first)
  if (f.porozumienieId) q = q.where('a.porozumienie_id', '=', f.porozumienieId)
  if (f.participantId) q = q.where('a.participant_id', '=', f.participantId)
  return camelRows(await q.orderBy('pe.name_order').orderBy('a.date_from').orderBy('a.id').execute())
}
export type AssignmentRow = Awaited<ReturnType<typeof listAssignments>>[number]

/** Just the ids of the month's assignments, in listAssignments' order: what locking the month needs. */
export async function assignmentIdsInMonth(db: Db, month: { first: string; last: string }) {
  const rows = await db
    .selectFrom('psu_assignments as a')
    .innerJoin('participants as pe', 'pe.id', 'a.participant_id')
    .select('a.id')
    .where('a.date_from', '<=', month.last)
    .where('a.date_to', '>=', month.first)
    .orderBy('pe.name_order')
    .orderBy('a.date_from')
    .orderBy('a.id')
    .execute()
  return rows.map((r) => r.id)
}

export async function findAssignmentRow(db: Db, id: number) {
  return camelRow(await db.selectFrom('psu_assignments').selectAll().where('id', '=', id).executeTakeFirst())
}

export async function spansOfParticipant(db: Db, participantId: number) {
  return camelRows(
    await db
      .selectFrom('psu_assignments')
      .select(['id', 'date_from as dateFrom', 'date_to as dateTo', 'position_id', 'porozumienie_id'])
      .where('participant_id', '=', participantId)
      .execute(),
  )
}

export async function spansOnPosition(db: Db, positionId: number) {
  return camelRows(
    await db
      .selectFrom('psu_assignments')
      .select(['id', 'date_from as dateFrom', 'date_to as dateTo'])
      .where('position_id', '=', positionId)
      .execute(),
  )
}

export async function insertAssignment(db: Db, row: Insertable<PsuAssignmentsTable>): Promise<number> {
  const { id } = await db.insertInto('psu_assignments').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateAssignment(
  db: Db,
  id: number,
  row: Omit<Insertable<PsuAssignmentsTable>, 'created_at'>,
): Promise<void> {
  await db.updateTable('psu_assignments').set(row).where('id', '=', id).execute()
}

export async function deleteAssignment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('psu_assignments').where('id', '=', id).execute()
}

/** First and last recorded day (hours or absence) of an assignment, and whether it has any sheet or event. */
export async function historyOf(db: Db, id: number) {
  const days = await db
    .selectFrom('psu_timesheet_days as d')
    .innerJoin('psu_timesheets as s', 's.id', 'd.timesheet_id')
    .select((eb) => [
      eb.fn.min('d.day').as('first'),
      eb.fn.max('d.day').as('last'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('s.assignment_id', '=', id)
    .executeTakeFirstOrThrow()
  const sheets = await db
    .selectFrom('psu_timesheets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assignment_id', '=', id)
    .executeTakeFirstOrThrow()
  const events = await db
    .selectFrom('psu_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assignment_id', '=', id)
    .executeTakeFirstOrThrow()
  return {
    firstDay: days.first as string | null,
    lastDay: days.last as string | null,
    days: Number(days.n),
    sheets: Number(sheets.n),
    events: Number(events.n),
  }
}

export async function findParticipant(db: Db, id: number) {
  return camelRow(
    await db
      .selectFrom('participants')
      .select(['id', 'first_name', 'last_name', 'status'])
      .where('id', '=', id)
      .executeTakeFirst(),
  )
}

export async function findPositionWithWorkplace(db: Db, id: number) {
  return camelRow(
    await db
      .selectFrom('psu_positions as p')
      .innerJoin('psu_workplaces as w', 'w.id', 'p.workplace_id')
      .innerJoin('psu_position_types as t', 't.id', 'p.type_id')
      .select([
        'p.id',
        'p.places',
        'p.archived',
        'w.archived as workplace_archived',
        'w.name as workplace_name',
        't.name as type_name',
      ])
      .where('p.id', '=', id)
      .executeTakeFirst(),
  )
}

export async function findPorozumienieSpan(db: Db, id: number) {
  return camelRow(
    await db
      .selectFrom('psu_porozumienia')
      .select(['id', 'number', 'period_from', 'period_to', 'max_months_per_person'])
      .where('id', '=', id)
      .executeTakeFirst(),
  )
}

export async function listEvents(
  db: Db,
  f: { id?: number; month?: { first: string; last: string } | null; onlyUnreported?: boolean },
) {
  let q = db
    .selectFrom('psu_events as e')
    .innerJoin('participants as pe', 'pe.id', 'e.participant_id')
    .leftJoin('psu_porozumienia as pz', 'pz.id', 'e.porozumienie_id')
    .selectAll('e')
    .select(['pe.first_name', 'pe.last_name', 'pz.number as porozumienie_number'])
  if (f.id !== undefined) q = q.where('e.id', '=', f.id)
  if (f.month) q = q.where('e.event_date', '<=', f.month.last).where('e.date_to', '>=', f.month.first)
  if (f.onlyUnreported) q = q.where('e.reported_on', 'is', null)
  return camelRows(await q.orderBy('e.event_date', 'desc').orderBy('e.id', 'desc').execute())
}

export async function insertEvent(db: Db, row: Insertable<PsuEventsTable>): Promise<number> {
  const { id } = await db.insertInto('psu_events').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateEvent(
  db: Db,
  id: number,
  row: Omit<Insertable<PsuEventsTable>, 'created_at'>,
): Promise<void> {
  await db.updateTable('psu_events').set(row).where('id', '=', id).execute()
}

export async function deleteEvent(db: Db, id: number): Promise<void> {
  await db.deleteFrom('psu_events').where('id', '=', id).execute()
}
