// SQL for the audit log. Append-only: this module inserts and reads, nothing else; the database's
// triggers (migration 0007) refuse any UPDATE or DELETE of an entry whoever tries.
import { sql, type CompiledQuery, type Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { camelRows } from '../db/camel-rows'

type Db = Kysely<Database>

export interface NewEntry {
  at: string
  action: string
  subject: string
  detail: string
  userName: string
}

/** Compiled, so the commit hook can run it on the committing transaction's connection. */
export function insertEntryQuery(db: Db, e: NewEntry): CompiledQuery<{ id: number }> {
  return db
    .insertInto('audit_log')
    .values({ at: e.at, action: e.action, subject: e.subject, detail: e.detail, user_name: e.userName })
    .returning('id')
    .compile()
}

/** The people concerned: one JSON parameter, so a list of a thousand people fits one statement. */
export function insertPeopleQuery(db: Db, entryId: number, people: readonly number[]): CompiledQuery {
  return sql`INSERT OR IGNORE INTO audit_log_people (participant_id, entry_id)
    SELECT DISTINCT value, ${entryId} FROM json_each(${JSON.stringify(people)})`.compile(db)
}

export interface EntryFilter {
  action: string | null
  participantId: number | null
  /** ISO timestamps, from inclusive, until exclusive. */
  fromAt: string | null
  untilAt: string | null
}

function filtered(db: Db, f: EntryFilter) {
  let query = db.selectFrom('audit_log')
  if (f.action !== null) query = query.where('action', '=', f.action)
  if (f.fromAt !== null) query = query.where('at', '>=', f.fromAt)
  if (f.untilAt !== null) query = query.where('at', '<', f.untilAt)
  if (f.participantId !== null) {
    const id = f.participantId
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('audit_log_people').select('entry_id').where('participant_id', '=', id),
    )
  }
  return query
}

export async function countEntries(db: Db, f: EntryFilter): Promise<number> {
  const { n } = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return n
}

/** Newest first; ids grow with time, so the primary key orders them. */
export async function findEntries(db: Db, f: EntryFilter, page: { limit: number; offset: number } | null) {
  let query = filtered(db, f).selectAll().orderBy('id', 'desc')
  if (page) query = query.limit(page.limit).offset(page.offset)
  return camelRows(await query.execute())
}

export async function peopleOf(db: Db, entryIds: readonly number[]): Promise<Map<number, number[]>> {
  const people = new Map<number, number[]>()
  if (entryIds.length === 0) return people
  const rows = await sql<{ entry_id: number; participant_id: number }>`
    SELECT entry_id, participant_id FROM audit_log_people
    WHERE entry_id IN (SELECT value FROM json_each(${JSON.stringify(entryIds)}))
    ORDER BY entry_id, participant_id`.execute(db)
  for (const r of rows.rows) {
    const list = people.get(r.entry_id) ?? []
    list.push(r.participant_id)
    people.set(r.entry_id, list)
  }
  return people
}
