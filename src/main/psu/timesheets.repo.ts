// SQL for monthly timesheets, their days and the lock/reopen log.
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely'
import { camelRow, camelRows } from '../db/camel-rows'
import { chunks, insertRows } from '../db/many-rows'
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

/** New open sheets of the month for the assignments, in one statement per 500 (db/many-rows.ts). */
export async function insertSheets(db: Db, assignmentIds: readonly number[], month: string, stamp: string) {
  const rows = assignmentIds.map((assignment_id) => ({
    assignment_id,
    month,
    status: 'otwarty' as const,
    version: 0,
    created_at: stamp,
    updated_at: stamp,
  }))
  const columns = ['assignment_id', 'month', 'status', 'version', 'created_at', 'updated_at'] as const
  return camelRows(await insertRows(db, 'psu_timesheets', columns, rows, true))
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

/** The sheets' days, each sheet's in date order. */
export async function daysOf(db: Db, timesheetIds: readonly number[]) {
  const days = []
  for (const part of chunks(timesheetIds)) {
    days.push(
      ...(await db
        .selectFrom('psu_timesheet_days')
        .select(['timesheet_id as timesheetId', 'day', 'worked_min as workedMin', 'absence'])
        .where('timesheet_id', 'in', part)
        .orderBy('day')
        .execute()),
    )
  }
  return days
}

/**
 * Locks open sheets, each with its content hash, in one UPDATE per 500. The rows were read in this
 * transaction, so `version + 1` is the version their log entries record.
 */
export async function lockSheets(db: Db, sheets: readonly { id: number; hash: string }[], stamp: string) {
  for (const part of chunks(sheets)) {
    const ids = part.map((s) => s.id)
    const hashes = sql.join(
      part.map((s) => sql`when ${s.id} then ${s.hash}`),
      sql` `,
    )
    await db
      .updateTable('psu_timesheets')
      .set((eb) => ({
        status: 'zamkniety',
        version: eb('version', '+', 1),
        locked_at: stamp,
        locked_hash: sql<string>`case id ${hashes} end`,
        updated_at: stamp,
      }))
      .where('id', 'in', ids)
      .execute()
  }
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

const LOG_COLUMNS = ['timesheet_id', 'action', 'at', 'by_name', 'reason', 'version', 'content_hash'] as const

export async function insertLogs(
  db: Db,
  rows: readonly Omit<Selectable<PsuTimesheetLogTable>, 'id'>[],
): Promise<void> {
  await insertRows(db, 'psu_timesheet_log', LOG_COLUMNS, rows)
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
