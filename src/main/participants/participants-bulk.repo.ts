// SQL for many participants at once (the import): lookups by identity and inserts in chunks, so
// 20 000 people take a few hundred statements instead of tens of thousands.
import type { Kysely } from 'kysely'
import { camelRows } from '../db/camel-rows'
import { chunks } from '../db/many-rows'
import type { Database, NewParticipantDb, ParticipantRowDb } from '../db/schema'
import type { StoredParticipant } from './participants.repo'

type Db = Kysely<Database>

/** Rows per multi-row INSERT: 19 columns × 200 stays far below SQLite's 32 766 parameters. */
const INSERT_CHUNK = 200
const LOOKUP_CHUNK = 500

export async function findByIdentities(
  db: Db,
  pesels: readonly string[],
  documents: readonly string[],
): Promise<StoredParticipant[]> {
  const rows: ParticipantRowDb[] = []
  for (const part of chunks(pesels, LOOKUP_CHUNK)) {
    rows.push(...(await db.selectFrom('participants').selectAll().where('pesel', 'in', part).execute()))
  }
  for (const part of chunks(documents, LOOKUP_CHUNK)) {
    rows.push(...(await db.selectFrom('participants').selectAll().where('id_document', 'in', part).execute()))
  }
  return camelRows(rows)
}

export async function findCodesOf(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, { targetGroups: string[]; exclusions: string[] }>> {
  const codes = new Map<number, { targetGroups: string[]; exclusions: string[] }>()
  const entry = (id: number) => {
    let e = codes.get(id)
    if (!e) codes.set(id, (e = { targetGroups: [], exclusions: [] }))
    return e
  }
  for (const part of chunks(ids, LOOKUP_CHUNK)) {
    const groups = await db
      .selectFrom('participant_target_groups')
      .select(['participant_id', 'target_group'])
      .where('participant_id', 'in', part)
      .orderBy('target_group')
      .execute()
    for (const g of groups) entry(g.participant_id).targetGroups.push(g.target_group)
    const exclusions = await db
      .selectFrom('participant_exclusions')
      .select(['participant_id', 'exclusion'])
      .where('participant_id', 'in', part)
      .orderBy('exclusion')
      .execute()
    for (const e of exclusions) entry(e.participant_id).exclusions.push(e.exclusion)
  }
  return codes
}

/** Inserts in chunks; answers each new row's id with its PESEL or document number. */
export async function insertMany(
  db: Db,
  rows: readonly NewParticipantDb[],
  afterChunk: (done: number) => Promise<void>,
): Promise<{ id: number; pesel: string | null; idDocument: string | null }[]> {
  const inserted: { id: number; pesel: string | null; id_document: string | null }[] = []
  let done = 0
  for (const part of chunks(rows, INSERT_CHUNK)) {
    inserted.push(
      ...(await db
        .insertInto('participants')
        .values(part)
        .returning(['id', 'pesel', 'id_document'])
        .execute()),
    )
    done += part.length
    await afterChunk(done)
  }
  return camelRows(inserted)
}

export async function insertCodesMany(
  db: Db,
  groups: readonly { participant_id: number; target_group: string }[],
  exclusions: readonly { participant_id: number; exclusion: string }[],
): Promise<void> {
  for (const part of chunks(groups, 1000))
    await db.insertInto('participant_target_groups').values(part).execute()
  for (const part of chunks(exclusions, 1000))
    await db.insertInto('participant_exclusions').values(part).execute()
}
