// SQL for monthly timesheets, their days and the lock/reopen log.
import type { Insertable, Kysely } from 'kysely'
import { camelRow, camelRows } from '../db/camel-rows'
import type { Database, PsuTimesheetDaysTable, PsuTimesheetLogTable } from '../db/schema'

type Db = Kysely<Database>

export async function findSheet(db: Db, assignmentId: number, month: string) {
  return camelRow(
    await db
      .selectFrom('psu_timesheets')
      .selectAll()
      .where('assignment_id', '=', assignmentId)
      .where('month', '=', month)
      .executeTakeFirst(),
  )
}

export async function sheetsOfMonth(db: Db, month: string) {
  return camelRows(await db.selectFrom('psu_timesheets').selectAll().where('month', '=', month).execute())
}

export async function insertSheet(
  db: Db,
  assignmentId: number,
  month: string,
  stamp: string,
): Promise<number> {
  const { id } = await db
    .insertInto('psu_timesheets')
    .values({
      assignment_id: assignmentId,
      month,
      status: 'otwarty',
      version: 0,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateSheet(
  db: Db,
  id: number,
  row: Partial<{
    status: 'otwarty' | 'zamkniety'
    version: number
    locked_at: string | null
    locked_hash: string | null
    updated_at: string
  }>,
): Promise<void> {
  await db.updateTable('psu_timesheets').set(row).where('id', '=', id).execute()
}

export async function daysOf(db: Db, timesheetIds: number[]) {
  if (timesheetIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_timesheet_days')
      .selectAll()
      .where('timesheet_id', 'in', timesheetIds)
      .orderBy('day')
      .execute(),
  )
}

export async function replaceDays(
  db: Db,
  timesheetId: number,
  days: Insertable<PsuTimesheetDaysTable>[],
): Promise<void> {
  await db.deleteFrom('psu_timesheet_days').where('timesheet_id', '=', timesheetId).execute()
  if (days.length > 0) await db.insertInto('psu_timesheet_days').values(days).execute()
}

/** Every recorded day of these people between two dates, with the assignment and month of its sheet. */
export async function daysOfParticipants(db: Db, participantIds: number[], from: string, to: string) {
  if (participantIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_timesheet_days as d')
      .innerJoin('psu_timesheets as s', 's.id', 'd.timesheet_id')
      .innerJoin('psu_assignments as a', 'a.id', 's.assignment_id')
      .select(['a.participant_id', 's.assignment_id', 's.month', 'd.day', 'd.worked_min', 'd.absence'])
      .where('a.participant_id', 'in', participantIds)
      .where('d.day', '>=', from)
      .where('d.day', '<=', to)
      .execute(),
  )
}

export async function insertLog(db: Db, row: Insertable<PsuTimesheetLogTable>): Promise<void> {
  await db.insertInto('psu_timesheet_log').values(row).execute()
}

export async function logOf(db: Db, timesheetId: number) {
  return camelRows(
    await db
      .selectFrom('psu_timesheet_log')
      .selectAll()
      .where('timesheet_id', '=', timesheetId)
      .orderBy('id')
      .execute(),
  )
}
