// SQL for the participants register. Functions take the Kysely instance or a transaction.
import { sql, type Kysely } from 'kysely'
import type { ParticipantFilter, ParticipantListQuery, ParticipantRow } from '@shared/participant.schema'
import { camelRow, type CamelRow } from '../db/camel-rows'
import type { Database, NewParticipantDb, ParticipantRowDb, ParticipantUpdateDb } from '../db/schema'
import { foldForSearch } from '@shared/text'

type Db = Kysely<Database>

/** A participants row as it leaves the repository: its columns in camelCase. */
export type StoredParticipant = CamelRow<ParticipantRowDb>

const SORT_COLUMNS = {
  name: 'name_order',
  pesel: 'pesel',
  birthDate: 'birth_date',
  admissionDate: 'admission_date',
  status: 'status',
  updatedAt: 'updated_at',
} as const

/** The register narrowed by status, group and search words — shared by the page and the export. */
function filtered(db: Db, q: ParticipantFilter) {
  let query = db.selectFrom('participants')
  if (q.status === 'biezacy') query = query.where('status', '!=', 'archiwalny')
  else if (q.status !== 'wszystkie') query = query.where('status', '=', q.status)
  if (q.targetGroup) {
    const group = q.targetGroup
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('participant_target_groups as g')
          .select('g.participant_id')
          .whereRef('g.participant_id', '=', 'participants.id')
          .where('g.target_group', '=', group),
      ),
    )
  }
  // Every word of the query must appear somewhere in the folded names and identifiers.
  for (const token of foldForSearch(q.search).split(' ').filter(Boolean)) {
    query = query.where(sql<boolean>`search_text LIKE ${`%${escapeLike(token)}%`} ESCAPE '\\'`)
  }
  return query
}

function sortedRows(db: Db, q: ParticipantFilter) {
  const column = SORT_COLUMNS[q.sortBy]
  return filtered(db, q)
    .select(ROW_COLUMNS)
    .orderBy(sql.ref(column), (ob) => (q.sortDir === 'asc' ? ob.asc() : ob.desc()).nullsLast())
    .orderBy('name_order')
    .orderBy('id')
}

export async function findPage(
  db: Db,
  q: ParticipantListQuery,
): Promise<{ rows: ParticipantRow[]; total: number }> {
  const { total } = await filtered(db, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()
  const rows = await sortedRows(db, q)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute()
  return { total, rows: rows.map(toRow) }
}

/** Every row matching the filters, in list order: for exports. */
export async function findAll(db: Db, q: ParticipantFilter): Promise<ParticipantRow[]> {
  return (await sortedRows(db, q).execute()).map(toRow)
}

const ROW_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'pesel',
  'id_document',
  'birth_date',
  'sex',
  'admission_date',
  'status',
  'updated_at',
] as const

function toRow(r: Pick<ParticipantRowDb, (typeof ROW_COLUMNS)[number]>): ParticipantRow {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    pesel: r.pesel,
    idDocument: r.id_document,
    birthDate: r.birth_date,
    sex: r.sex,
    admissionDate: r.admission_date,
    status: r.status,
    updatedAt: r.updated_at,
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

export async function findById(db: Db, id: number): Promise<StoredParticipant | undefined> {
  return camelRow(await db.selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst())
}

export async function findByPesel(db: Db, pesel: string): Promise<StoredParticipant | undefined> {
  return camelRow(
    await db.selectFrom('participants').selectAll().where('pesel', '=', pesel).executeTakeFirst(),
  )
}

export async function findByIdDocument(db: Db, idDocument: string): Promise<StoredParticipant | undefined> {
  return camelRow(
    await db.selectFrom('participants').selectAll().where('id_document', '=', idDocument).executeTakeFirst(),
  )
}

export async function insert(db: Db, row: NewParticipantDb): Promise<number> {
  const { id } = await db.insertInto('participants').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function update(db: Db, id: number, row: ParticipantUpdateDb): Promise<void> {
  await db.updateTable('participants').set(row).where('id', '=', id).execute()
}

export async function findCodes(
  db: Db,
  id: number,
): Promise<{ targetGroups: string[]; exclusions: string[] }> {
  const groups = await db
    .selectFrom('participant_target_groups')
    .select('target_group')
    .where('participant_id', '=', id)
    .orderBy('target_group')
    .execute()
  const exclusions = await db
    .selectFrom('participant_exclusions')
    .select('exclusion')
    .where('participant_id', '=', id)
    .orderBy('exclusion')
    .execute()
  return { targetGroups: groups.map((g) => g.target_group), exclusions: exclusions.map((e) => e.exclusion) }
}

export async function replaceCodes(
  db: Db,
  id: number,
  codes: { targetGroups: readonly string[]; exclusions: readonly string[] },
): Promise<void> {
  await db.deleteFrom('participant_target_groups').where('participant_id', '=', id).execute()
  await db.deleteFrom('participant_exclusions').where('participant_id', '=', id).execute()
  if (codes.targetGroups.length > 0) {
    await db
      .insertInto('participant_target_groups')
      .values(codes.targetGroups.map((target_group) => ({ participant_id: id, target_group })))
      .execute()
  }
  if (codes.exclusions.length > 0) {
    await db
      .insertInto('participant_exclusions')
      .values(codes.exclusions.map((exclusion) => ({ participant_id: id, exclusion })))
      .execute()
  }
}

/** Target groups, exclusions and therapy of many people at once (the list export, when ticked). */
export async function findSpecialCategories(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, { targetGroups: string[]; exclusions: string[]; therapyCompleted: boolean }>> {
  const result = new Map<
    number,
    { targetGroups: string[]; exclusions: string[]; therapyCompleted: boolean }
  >()
  if (ids.length === 0) return result
  const idList = JSON.stringify(ids)
  const people = await sql<{ id: number; therapy_completed: number }>`
    SELECT id, therapy_completed FROM participants WHERE id IN (SELECT value FROM json_each(${idList}))`.execute(
    db,
  )
  for (const p of people.rows)
    result.set(p.id, { targetGroups: [], exclusions: [], therapyCompleted: p.therapy_completed === 1 })
  const codes = await sql<{ participant_id: number; code: string; what: 'g' | 'e' }>`
    SELECT participant_id, target_group AS code, 'g' AS what FROM participant_target_groups
      WHERE participant_id IN (SELECT value FROM json_each(${idList}))
    UNION ALL SELECT participant_id, exclusion, 'e' FROM participant_exclusions
      WHERE participant_id IN (SELECT value FROM json_each(${idList}))
    ORDER BY 1, 2`.execute(db)
  for (const c of codes.rows) {
    const entry = result.get(c.participant_id)
    if (entry) (c.what === 'g' ? entry.targetGroups : entry.exclusions).push(c.code)
  }
  return result
}
