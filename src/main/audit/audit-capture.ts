// Which people a transaction changed, told by the database itself: temporary triggers (they live on
// this connection only, never in the file) note the register number of the person behind every
// inserted, updated or deleted row of a person's record. The audit log reads and clears the note
// just before COMMIT, so a change of any person's record — through whichever channel — is logged.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

type Row = 'NEW' | 'OLD'

const viaParticipation = (r: Row) =>
  `SELECT participant_id AS pid FROM participations WHERE id = ${r}.participation_id`
const viaKontrakt = (r: Row) =>
  `SELECT p.participant_id AS pid FROM kontrakty k JOIN participations p ON p.id = k.participation_id WHERE k.id = ${r}.kontrakt_id`
const viaTimesheet = (r: Row) =>
  `SELECT a.participant_id AS pid FROM psu_timesheets t JOIN psu_assignments a ON a.id = t.assignment_id WHERE t.id = ${r}.timesheet_id`
const own = (r: Row) => `SELECT ${r}.participant_id AS pid`

/** Every table of a person's record, with the query that finds the person of a row. */
export const PERSON_TABLES: Record<string, (r: Row) => string> = {
  participants: (r) => `SELECT ${r}.id AS pid`,
  participant_target_groups: own,
  participant_exclusions: own,
  participations: own,
  participation_target_groups: viaParticipation,
  kontrakty: viaParticipation,
  kontrakt_family_members: viaKontrakt,
  kontrakt_goals: viaKontrakt,
  kontrakt_actions: viaKontrakt,
  kontrakt_aneksy: viaKontrakt,
  kontrakt_evaluations: viaKontrakt,
  kontrakt_evaluation_goals: (r) =>
    `SELECT p.participant_id AS pid FROM kontrakt_evaluations e JOIN kontrakty k ON k.id = e.kontrakt_id
     JOIN participations p ON p.id = k.participation_id WHERE e.id = ${r}.evaluation_id`,
  activities: own,
  psu_assignments: own,
  psu_events: own,
  psu_timesheets: (r) => `SELECT participant_id AS pid FROM psu_assignments WHERE id = ${r}.assignment_id`,
  psu_timesheet_days: viaTimesheet,
  psu_timesheet_log: viaTimesheet,
  psu_payment_details: own,
  psu_payout_items: own,
  psu_payout_item_positions: (r) =>
    `SELECT participant_id AS pid FROM psu_payout_items WHERE id = ${r}.item_id`,
  psu_payout_item_rates: (r) => `SELECT participant_id AS pid FROM psu_payout_items WHERE id = ${r}.item_id`,
  // Approving, paying or cancelling a list changes the payout record of everyone on it.
  psu_payout_lists: (r) => `SELECT participant_id AS pid FROM psu_payout_items WHERE list_id = ${r}.id`,
}

const CREATE_TOUCHED = `CREATE TEMP TABLE IF NOT EXISTS audit_touched (participant_id INTEGER NOT NULL)`

function triggerSql(table: string, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  const rows: Row[] = event === 'INSERT' ? ['NEW'] : event === 'DELETE' ? ['OLD'] : ['NEW', 'OLD']
  const person = PERSON_TABLES[table]!
  const inserts = rows.map(
    // Trigger bodies take unqualified names; a temporary trigger finds the temporary table first.
    (r) => `INSERT INTO audit_touched (participant_id) SELECT pid FROM (${person(r)}) WHERE pid IS NOT NULL;`,
  )
  return `CREATE TEMP TRIGGER IF NOT EXISTS audit_${table}_${event.toLowerCase()}
    AFTER ${event} ON main.${table} BEGIN ${inserts.join(' ')} END`
}

const installed = new WeakSet<object>()

/** Installs the temporary triggers on this connection once. */
export async function installAuditCapture(db: Kysely<Database>): Promise<void> {
  if (installed.has(db)) return
  await sql.raw(CREATE_TOUCHED).execute(db)
  for (const table of Object.keys(PERSON_TABLES)) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const)
      await sql.raw(triggerSql(table, event)).execute(db)
  }
  installed.add(db)
}

/** Queries the commit hook runs on the transaction's own connection. */
export function captureQueries(db: Kysely<Database>) {
  return {
    // The note may be missing on a connection opened during this call (a restore): make it.
    ensure: sql.raw(CREATE_TOUCHED).compile(db),
    touched: sql<{
      participant_id: number
    }>`SELECT DISTINCT participant_id FROM temp.audit_touched ORDER BY participant_id`.compile(db),
    clear: sql`DELETE FROM temp.audit_touched`.compile(db),
  }
}

/** Whether changes outside a transaction (autocommit) left people in the note. */
export async function hasTouched(db: Kysely<Database>): Promise<boolean> {
  await sql.raw(CREATE_TOUCHED).execute(db)
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM temp.audit_touched`.execute(db)
  return (rows[0]?.n ?? 0) > 0
}
