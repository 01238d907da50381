// SQL for workplaces, positions and the position-type dictionary. Functions take the Kysely instance or a transaction.
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely'
import { camelRow, camelRows } from '../db/camel-rows'
import type { Database, PsuPositionsTable, PsuWorkplacesTable } from '../db/schema'

type Db = Kysely<Database>

export async function listWorkplaces(db: Db, includeArchived: boolean) {
  let q = db.selectFrom('psu_workplaces').selectAll()
  if (!includeArchived) q = q.where('archived', '=', 0)
  return camelRows(await q.orderBy('name_key').orderBy('id').execute())
}

export async function findWorkplace(db: Db, id: number) {
  return camelRow(await db.selectFrom('psu_workplaces').selectAll().where('id', '=', id).executeTakeFirst())
}

export async function findWorkplaceByKey(db: Db, nameKey: string) {
  return camelRow(
    await db.selectFrom('psu_workplaces').selectAll().where('name_key', '=', nameKey).executeTakeFirst(),
  )
}

export async function insertWorkplace(db: Db, row: Insertable<PsuWorkplacesTable>): Promise<number> {
  const { id } = await db.insertInto('psu_workplaces').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateWorkplace(
  db: Db,
  id: number,
  row: Updateable<PsuWorkplacesTable>,
): Promise<void> {
  await db.updateTable('psu_workplaces').set(row).where('id', '=', id).execute()
}

export async function deleteWorkplace(db: Db, id: number): Promise<void> {
  await db.deleteFrom('psu_workplaces').where('id', '=', id).execute()
}

/** Positions with their type's name, how many assignments they ever had and how many people on `day`. */
export async function listPositions(db: Db, filter: { workplaceIds?: number[]; id?: number }, day: string) {
  let q = db
    .selectFrom('psu_positions as p')
    .innerJoin('psu_position_types as t', 't.id', 'p.type_id')
    .select([
      'p.id',
      'p.workplace_id',
      'p.type_id',
      't.name as type_name',
      'p.places',
      'p.description',
      'p.archived',
      (eb) =>
        eb
          .selectFrom('psu_assignments as a')
          .whereRef('a.position_id', '=', 'p.id')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('assignments'),
      (eb) =>
        eb
          .selectFrom('psu_assignments as a')
          .whereRef('a.position_id', '=', 'p.id')
          .where('a.date_from', '<=', day)
          .where('a.date_to', '>=', day)
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('occupied'),
    ])
  if (filter.workplaceIds) {
    if (filter.workplaceIds.length === 0) return []
    q = q.where('p.workplace_id', 'in', filter.workplaceIds)
  }
  if (filter.id !== undefined) q = q.where('p.id', '=', filter.id)
  const rows = await q.orderBy('t.name_key').orderBy('p.id').execute()
  return rows.map((r) => ({
    ...r,
    assignments: Number(r.assignments ?? 0),
    occupied: Number(r.occupied ?? 0),
  }))
}

export async function insertPosition(db: Db, row: Insertable<PsuPositionsTable>): Promise<number> {
  const { id } = await db.insertInto('psu_positions').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updatePosition(db: Db, id: number, row: Updateable<PsuPositionsTable>): Promise<void> {
  await db.updateTable('psu_positions').set(row).where('id', '=', id).execute()
}

export async function deletePositions(db: Db, ids: number[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('psu_positions').where('id', 'in', ids).execute()
}

export async function positionIdsOfWorkplace(db: Db, workplaceId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('psu_positions')
    .select('id')
    .where('workplace_id', '=', workplaceId)
    .execute()
  return rows.map((r) => r.id)
}

export async function countAssignmentsOnPositions(db: Db, positionIds: number[]): Promise<number> {
  if (positionIds.length === 0) return 0
  const { n } = await db
    .selectFrom('psu_assignments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('position_id', 'in', positionIds)
    .executeTakeFirstOrThrow()
  return Number(n)
}

export async function countPlanItems(
  db: Db,
  where: { workplaceId?: number; typeId?: number },
): Promise<number> {
  let q = db.selectFrom('psu_plan_items').select((eb) => eb.fn.countAll<number>().as('n'))
  if (where.workplaceId !== undefined) q = q.where('workplace_id', '=', where.workplaceId)
  if (where.typeId !== undefined) q = q.where('position_type_id', '=', where.typeId)
  return Number((await q.executeTakeFirstOrThrow()).n)
}

export async function countRunningAssignments(
  db: Db,
  positionIds: number[],
  fromDay: string,
): Promise<number> {
  if (positionIds.length === 0) return 0
  const { n } = await db
    .selectFrom('psu_assignments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('position_id', 'in', positionIds)
    .where('date_to', '>=', fromDay)
    .executeTakeFirstOrThrow()
  return Number(n)
}

export async function listTypes(db: Db) {
  const rows = await db
    .selectFrom('psu_position_types as t')
    .select([
      't.id',
      't.name',
      't.archived',
      sql<number>`(SELECT count(*) FROM psu_positions p WHERE p.type_id = t.id)`.as('positions'),
    ])
    .orderBy('t.archived')
    .orderBy('t.name_key')
    .execute()
  return rows
}

export async function findType(db: Db, id: number) {
  return camelRow(
    await db.selectFrom('psu_position_types').selectAll().where('id', '=', id).executeTakeFirst(),
  )
}

export async function findTypeByKey(db: Db, nameKey: string) {
  return camelRow(
    await db.selectFrom('psu_position_types').selectAll().where('name_key', '=', nameKey).executeTakeFirst(),
  )
}

export async function insertType(db: Db, name: string, nameKey: string): Promise<number> {
  const { id } = await db
    .insertInto('psu_position_types')
    .values({ name, name_key: nameKey, archived: 0 })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateType(
  db: Db,
  id: number,
  row: Partial<{ name: string; name_key: string; archived: 0 | 1 }>,
): Promise<void> {
  await db.updateTable('psu_position_types').set(row).where('id', '=', id).execute()
}
