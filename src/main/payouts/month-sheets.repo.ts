// A month's timesheets as month close reads them (migration 0003, read-only): for one porozumienie and
// month, or for the months of many payout lists at once — a fixed number of statements however many
// lists the screen shows.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { SheetInput } from './month-close'

type Db = Kysely<Database>

export interface MonthKey {
  porozumienieId: number
  month: string
}

export const monthKey = ({ porozumienieId, month }: MonthKey) => `${porozumienieId}|${month}`

/** Every timesheet of the porozumienie's assignments in the month, with its person, position and days. */
export async function monthSheets(db: Db, porozumienieId: number, month: string): Promise<SheetInput[]> {
  const key: MonthKey = { porozumienieId, month }
  return (await monthSheetsOf(db, [key])).get(monthKey(key)) ?? []
}

/** The sheets of each (porozumienie, month), keyed by monthKey; two statements in all. */
export async function monthSheetsOf(db: Db, keys: readonly MonthKey[]): Promise<Map<string, SheetInput[]>> {
  const out = new Map<string, SheetInput[]>()
  if (keys.length === 0) return out
  const wanted = new Set(keys.map(monthKey))
  const porozumienia = [...new Set(keys.map((k) => k.porozumienieId))]
  const months = [...new Set(keys.map((k) => k.month))]
  const sheets = (
    await db
      .selectFrom('psu_timesheets as t')
      .innerJoin('psu_assignments as a', 'a.id', 't.assignment_id')
      .innerJoin('participants as p', 'p.id', 'a.participant_id')
      .innerJoin('psu_positions as pos', 'pos.id', 'a.position_id')
      .innerJoin('psu_position_types as ty', 'ty.id', 'pos.type_id')
      .innerJoin('psu_workplaces as w', 'w.id', 'pos.workplace_id')
      .select([
        'a.porozumienie_id as porozumienieId',
        't.month',
        't.id as timesheetId',
        't.version',
        't.status',
        'a.id as assignmentId',
        'p.id as participantId',
        'p.first_name as firstName',
        'p.last_name as lastName',
        'pos.id as positionId',
        'ty.name as positionType',
        'w.name as workplace',
      ])
      .where('a.porozumienie_id', 'in', porozumienia)
      .where('t.month', 'in', months)
      .orderBy('t.id')
      .execute()
  ).filter((s) => wanted.has(monthKey(s)))
  if (sheets.length === 0) return out
  // The days by a subquery, not a list of ids: a year of lists can hold more sheets than SQLite's
  // limit on bound values.
  const days = await db
    .selectFrom('psu_timesheet_days as d')
    .innerJoin('psu_timesheets as t', 't.id', 'd.timesheet_id')
    .innerJoin('psu_assignments as a', 'a.id', 't.assignment_id')
    .select(['d.timesheet_id as timesheetId', 'd.day', 'd.worked_min as workedMin'])
    .where('a.porozumienie_id', 'in', porozumienia)
    .where('t.month', 'in', months)
    .orderBy('d.day')
    .execute()
  const daysOf = new Map<number, { day: string; workedMin: number }[]>()
  for (const { timesheetId, day, workedMin } of days) {
    const list = daysOf.get(timesheetId) ?? []
    list.push({ day, workedMin })
    daysOf.set(timesheetId, list)
  }
  for (const { porozumienieId, month, ...sheet } of sheets) {
    const key = monthKey({ porozumienieId, month })
    const list = out.get(key) ?? []
    list.push({ ...sheet, days: daysOf.get(sheet.timesheetId) ?? [] })
    out.set(key, list)
  }
  return out
}
