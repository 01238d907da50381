// Frozen once landed: a schema change is a new numbered file.
// Reports: what the yearly report needs that no other screen records — the KIS staff's working time
// and basis of employment (art. 18a ust. 6) and the sources of funding by month range — and indexes
// for the reports' period queries.
import { sql } from 'kysely'
import type { AnyDb } from '.'

const ISO_GLOB = "'[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"
const MONTH_GLOB = "'[12][0-9][0-9][0-9]-[01][0-9]'"
const isoDate = (column: string) => sql.raw(`${column} GLOB ${ISO_GLOB}`)
const isoDateOrNull = (column: string) => sql.raw(`(${column} IS NULL OR ${column} GLOB ${ISO_GLOB})`)
const monthKey = (column: string) => sql.raw(`${column} GLOB ${MONTH_GLOB}`)

export async function up(db: AnyDb): Promise<void> {
  // A staff member's engagement in the KIS over a period; a change of post or basis is a new row, so
  // the report of an earlier year still shows what was true then.
  await sql`
    CREATE TABLE kis_staff_engagements (
      id INTEGER PRIMARY KEY,
      staff_member_id INTEGER NOT NULL REFERENCES staff_members (id) ON DELETE RESTRICT,
      kis_role TEXT NOT NULL CHECK (length(trim(kis_role)) > 0),
      basis TEXT NOT NULL CHECK (basis IN ('umowa_o_prace', 'umowa_zlecenie', 'umowa_o_dzielo', 'powolanie',
        'wolontariat', 'inne')),
      fte_permille INTEGER CHECK (fte_permille IS NULL OR fte_permille BETWEEN 1 AND 1000),
      monthly_min INTEGER CHECK (monthly_min IS NULL OR (monthly_min BETWEEN 30 AND 44640 AND monthly_min % 30 = 0)),
      date_from TEXT NOT NULL CHECK (${isoDate('date_from')}),
      date_to TEXT CHECK (${isoDateOrNull('date_to')}),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (date_to IS NULL OR date_to >= date_from),
      CHECK (fte_permille IS NOT NULL OR monthly_min IS NOT NULL),
      CHECK (basis <> 'umowa_o_prace' OR fte_permille IS NOT NULL)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX kis_staff_engagements_member ON kis_staff_engagements (staff_member_id, date_from)`.execute(
    db,
  )
  await sql`CREATE INDEX kis_staff_engagements_period ON kis_staff_engagements (date_from, date_to)`.execute(
    db,
  )

  await sql`
    CREATE TABLE report_funding_sources (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL CHECK (source IN ('srodki_wlasne_gminy', 'fundusz_pracy', 'projekt_ue',
        'dotacja_wojewody', 'inne')),
      name TEXT NOT NULL DEFAULT '',
      month_from TEXT NOT NULL CHECK (${monthKey('month_from')}),
      month_to TEXT NOT NULL CHECK (${monthKey('month_to')}),
      amount_gr INTEGER CHECK (amount_gr IS NULL OR amount_gr >= 0),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (month_from <= month_to),
      CHECK (source NOT IN ('projekt_ue', 'inne') OR name <> '')
    ) STRICT`.execute(db)
  await sql`CREATE INDEX report_funding_sources_months ON report_funding_sources (month_from, month_to)`.execute(
    db,
  )

  // Participations ended in a period (graduates, broken kontrakty, independence).
  await sql`CREATE INDEX participations_ended ON participations (end_date) WHERE end_date IS NOT NULL`.execute(
    db,
  )
}
