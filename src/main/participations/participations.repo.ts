// SQL for participation periods. Functions take the Kysely instance or a transaction.
import type { Kysely, Selectable } from 'kysely'
import { camelRow, camelRows, type CamelRow } from '../db/camel-rows'
import type { Database, ParticipationsTable } from '../db/schema'

type Db = Kysely<Database>
export type ParticipationRow = CamelRow<
  Selectable<ParticipationsTable> & { referring_worker_name: string | null }
>

function selectRows(db: Db) {
  return db
    .selectFrom('participations as p')
    .leftJoin('staff_members as s', 's.id', 'p.referring_worker_id')
    .selectAll('p')
    .select('s.full_name as referring_worker_name')
}

export async function findById(db: Db, id: number): Promise<ParticipationRow | undefined> {
  return camelRow(await selectRows(db).where('p.id', '=', id).executeTakeFirst())
}

export async function findByParticipant(db: Db, participantId: number): Promise<ParticipationRow[]> {
  return camelRows(
    await selectRows(db)
      .where('p.participant_id', '=', participantId)
      .orderBy('p.start_date', 'desc')
      .orderBy('p.id', 'desc')
      .execute(),
  )
}

export async function findOpen(db: Db, participantId: number): Promise<ParticipationRow | undefined> {
  return camelRow(
    await selectRows(db)
      .where('p.participant_id', '=', participantId)
      .where('p.end_date', 'is', null)
      .executeTakeFirst(),
  )
}

/** The participation whose period includes the date (an open one runs on indefinitely). */
export async function findCovering(
  db: Db,
  participantId: number,
  date: string,
): Promise<ParticipationRow | undefined> {
  return camelRow(
    await selectRows(db)
      .where('p.participant_id', '=', participantId)
      .where('p.start_date', '<=', date)
      .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', date)]))
      .orderBy('p.start_date', 'desc')
      .executeTakeFirst(),
  )
}

/** The latest participation that started on or before the date. */
export async function findLatestStartedBy(
  db: Db,
  participantId: number,
  date: string,
): Promise<ParticipationRow | undefined> {
  return camelRow(
    await selectRows(db)
      .where('p.participant_id', '=', participantId)
      .where('p.start_date', '<=', date)
      .orderBy('p.start_date', 'desc')
      .executeTakeFirst(),
  )
}

export async function findTargetGroups(db: Db, ids: readonly number[]): Promise<Map<number, string[]>> {
  const groups = new Map<number, string[]>()
  if (ids.length === 0) return groups
  const rows = await db
    .selectFrom('participation_target_groups')
    .select(['participation_id', 'target_group'])
    .where('participation_id', 'in', ids)
    .orderBy('target_group')
    .execute()
  for (const row of rows)
    groups.set(row.participation_id, [...(groups.get(row.participation_id) ?? []), row.target_group])
  return groups
}

export async function insert(
  db: Db,
  row: Omit<ParticipationsTable, 'id' | 'end_date' | 'end_reason' | 'employment_date' | 'end_notes'>,
  targetGroups: readonly string[],
): Promise<number> {
  const { id } = await db
    .insertInto('participations')
    .values({ ...row, end_date: null, end_reason: null, employment_date: null, end_notes: '' })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('participation_target_groups')
    .values(targetGroups.map((target_group) => ({ participation_id: id, target_group })))
    .execute()
  return id
}

export async function close(
  db: Db,
  id: number,
  row: Pick<ParticipationsTable, 'end_date' | 'end_reason' | 'employment_date' | 'end_notes' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('participations').set(row).where('id', '=', id).execute()
}

export interface OpenParticipationRow {
  id: number
  participantId: number
  startDate: string
  firstName: string
  lastName: string
}

/** Every open participation with the person's name (for the deadlines board). */
export async function findAllOpen(db: Db): Promise<OpenParticipationRow[]> {
  return camelRows(
    await db
      .selectFrom('participations as p')
      .innerJoin('participants as r', 'r.id', 'p.participant_id')
      .select(['p.id', 'p.participant_id', 'p.start_date', 'r.first_name', 'r.last_name'])
      .where('p.end_date', 'is', null)
      .orderBy('p.start_date')
      .execute(),
  )
}

/** Open participations on a date, with names (who may be marked present at a group class). */
export async function findPeopleInKisOn(
  db: Db,
  date: string,
): Promise<{ participantId: number; firstName: string; lastName: string; pesel: string | null }[]> {
  return camelRows(
    await db
      .selectFrom('participations as p')
      .innerJoin('participants as r', 'r.id', 'p.participant_id')
      .select(['p.participant_id', 'r.first_name', 'r.last_name', 'r.pesel'])
      .where('p.start_date', '<=', date)
      .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', date)]))
      .orderBy('r.name_order')
      .orderBy('r.id')
      .execute(),
  )
}
