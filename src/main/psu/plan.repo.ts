// SQL for the yearly needs plan and the PSU settings row.
import type { Insertable, Kysely } from 'kysely'
import { camelRow, camelRows } from '../db/camel-rows'
import type { Database, PsuPlanItemsTable } from '../db/schema'

type Db = Kysely<Database>

export async function itemsOf(db: Db, year: number) {
  return camelRows(
    await db
      .selectFrom('psu_plan_items as i')
      .innerJoin('psu_position_types as t', 't.id', 'i.position_type_id')
      .leftJoin('psu_workplaces as w', 'w.id', 'i.workplace_id')
      .selectAll('i')
      .select(['t.name as type_name', 'w.name as workplace_name'])
      .where('i.year', '=', year)
      .orderBy('i.id')
      .execute(),
  )
}

export async function replaceItems(
  db: Db,
  year: number,
  items: Insertable<PsuPlanItemsTable>[],
): Promise<void> {
  await db.deleteFrom('psu_plan_items').where('year', '=', year).execute()
  if (items.length > 0) await db.insertInto('psu_plan_items').values(items).execute()
}

export async function typeIds(db: Db, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await db.selectFrom('psu_position_types').select('id').where('id', 'in', ids).execute()
  return new Set(rows.map((r) => r.id))
}

export async function workplaceIds(db: Db, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await db.selectFrom('psu_workplaces').select('id').where('id', 'in', ids).execute()
  return new Set(rows.map((r) => r.id))
}

export async function readSettings(db: Db) {
  return camelRow(
    await db.selectFrom('psu_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow(),
  )
}

export async function writeSettings(
  db: Db,
  row: { sheet_pesel: 'brak' | 'koncowka'; coordinator_name: string },
) {
  await db.updateTable('psu_settings').set(row).where('id', '=', 1).execute()
}
