// SQL for porozumienia, their rate periods, kinds of work, and the minimum-rate table.
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely'
import { camelRow, camelRows, type CamelRow } from '../db/camel-rows'
import type { Database, PsuPorozumieniaTable } from '../db/schema'

type Db = Kysely<Database>
export type PorozumienieRow = CamelRow<Selectable<PsuPorozumieniaTable>> & { assignments: number }

function withAssignmentCount(db: Db) {
  return db
    .selectFrom('psu_porozumienia as p')
    .selectAll('p')
    .select((eb) =>
      eb
        .selectFrom('psu_assignments as a')
        .whereRef('a.porozumienie_id', '=', 'p.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('assignments'),
    )
}

export async function listPorozumienia(db: Db): Promise<PorozumienieRow[]> {
  const rows = await withAssignmentCount(db)
    .orderBy('p.period_from', 'desc')
    .orderBy('p.id', 'desc')
    .execute()
  return rows.map((r) => ({ ...camelRow(r), assignments: Number(r.assignments ?? 0) }))
}

export async function findPorozumienie(db: Db, id: number): Promise<PorozumienieRow | undefined> {
  const row = await withAssignmentCount(db).where('p.id', '=', id).executeTakeFirst()
  return row && { ...camelRow(row), assignments: Number(row.assignments ?? 0) }
}

export async function findByNumberKey(db: Db, key: string) {
  return camelRow(
    await db
      .selectFrom('psu_porozumienia')
      .select(['id', 'number'])
      .where('number_key', '=', key)
      .executeTakeFirst(),
  )
}

export async function insertPorozumienie(db: Db, row: Insertable<PsuPorozumieniaTable>): Promise<number> {
  const { id } = await db.insertInto('psu_porozumienia').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updatePorozumienie(
  db: Db,
  id: number,
  row: Omit<Insertable<PsuPorozumieniaTable>, 'created_at'>,
): Promise<void> {
  await db.updateTable('psu_porozumienia').set(row).where('id', '=', id).execute()
}

export async function deletePorozumienie(db: Db, id: number): Promise<void> {
  await db.deleteFrom('psu_porozumienie_works').where('porozumienie_id', '=', id).execute()
  await db.deleteFrom('psu_porozumienie_rates').where('porozumienie_id', '=', id).execute()
  await db.deleteFrom('psu_porozumienia').where('id', '=', id).execute()
}

export async function ratesOf(db: Db, ids: number[]) {
  if (ids.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_porozumienie_rates')
      .select(['porozumienie_id', 'valid_from', 'rate_gr'])
      .where('porozumienie_id', 'in', ids)
      .orderBy('valid_from')
      .execute(),
  )
}

export async function replaceRates(
  db: Db,
  id: number,
  rates: { validFrom: string; rateGr: number }[],
): Promise<void> {
  await db.deleteFrom('psu_porozumienie_rates').where('porozumienie_id', '=', id).execute()
  await db
    .insertInto('psu_porozumienie_rates')
    .values(rates.map((r) => ({ porozumienie_id: id, valid_from: r.validFrom, rate_gr: r.rateGr })))
    .execute()
}

export async function worksOf(db: Db, ids: number[]) {
  if (ids.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_porozumienie_works')
      .select(['porozumienie_id', 'kind', 'place', 'host_unit'])
      .where('porozumienie_id', 'in', ids)
      .orderBy('porozumienie_id')
      .orderBy('position')
      .execute(),
  )
}

export async function replaceWorks(
  db: Db,
  id: number,
  works: { kind: string; place: string; hostUnit: string }[],
): Promise<void> {
  await db.deleteFrom('psu_porozumienie_works').where('porozumienie_id', '=', id).execute()
  if (works.length === 0) return
  await db
    .insertInto('psu_porozumienie_works')
    .values(
      works.map((w, i) => ({
        porozumienie_id: id,
        position: i + 1,
        kind: w.kind,
        place: w.place,
        host_unit: w.hostUnit,
      })),
    )
    .execute()
}

/** Per person, the first and last day of their assignments under a porozumienie: longest span first. */
export async function personSpans(db: Db, id: number) {
  return camelRows(
    await db
      .selectFrom('psu_assignments as a')
      .innerJoin('participants as p', 'p.id', 'a.participant_id')
      .select((eb) => [
        'p.first_name',
        'p.last_name',
        eb.fn.min('a.date_from').as('first'),
        eb.fn.max('a.date_to').as('last'),
      ])
      .where('a.porozumienie_id', '=', id)
      .groupBy('a.participant_id')
      .orderBy(sql`julianday(max(a.date_to)) - julianday(min(a.date_from))`, 'desc')
      .execute(),
  )
}

/** The first and last day of the assignments under a porozumienie, for shortening its period. */
export async function assignmentSpan(db: Db, id: number) {
  return camelRow(
    await db
      .selectFrom('psu_assignments')
      .select((eb) => [eb.fn.min('date_from').as('first'), eb.fn.max('date_to').as('last')])
      .where('porozumienie_id', '=', id)
      .executeTakeFirst(),
  )
}

export async function listMinimumRates(db: Db) {
  return camelRows(await db.selectFrom('psu_minimum_rates').selectAll().orderBy('valid_from').execute())
}

export async function findMinimumRate(db: Db, id: number) {
  return camelRow(
    await db.selectFrom('psu_minimum_rates').selectAll().where('id', '=', id).executeTakeFirst(),
  )
}

export async function findMinimumRateByDate(db: Db, validFrom: string) {
  return camelRow(
    await db
      .selectFrom('psu_minimum_rates')
      .selectAll()
      .where('valid_from', '=', validFrom)
      .executeTakeFirst(),
  )
}

export async function insertMinimumRate(
  db: Db,
  row: Insertable<Database['psu_minimum_rates']>,
): Promise<number> {
  const { id } = await db
    .insertInto('psu_minimum_rates')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateMinimumRate(
  db: Db,
  id: number,
  row: Omit<Insertable<Database['psu_minimum_rates']>, 'id'>,
): Promise<void> {
  await db.updateTable('psu_minimum_rates').set(row).where('id', '=', id).execute()
}

export async function deleteMinimumRate(db: Db, id: number): Promise<void> {
  await db.deleteFrom('psu_minimum_rates').where('id', '=', id).execute()
}

/** The most hours one person has on this porozumienie's sheets in a month and in a week (Monday–Sunday). */
export async function peakHours(db: Db, id: number) {
  const peak = async (period: ReturnType<typeof sql<string>>) =>
    (await db
      .selectFrom('psu_timesheet_days as d')
      .innerJoin('psu_timesheets as s', 's.id', 'd.timesheet_id')
      .innerJoin('psu_assignments as a', 'a.id', 's.assignment_id')
      .select([period.as('period'), sql<number>`sum(d.worked_min)`.as('total')])
      .where('a.porozumienie_id', '=', id)
      .groupBy(['a.participant_id', 'period'])
      .orderBy('total', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? null
  return {
    month: await peak(sql<string>`s.month`),
    week: await peak(sql<string>`date(d.day, '-6 days', 'weekday 1')`),
  }
}
