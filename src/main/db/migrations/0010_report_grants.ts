// Frozen once landed: a schema change is a new numbered file.
// Grants for the report to the wojewoda (art. 18a ust. 6 pkt 4 ustawy o zatrudnieniu socjalnym:
// "rozliczenie przyznanych dotacji za rok poprzedni"): per grant the year it was for, who granted it,
// and the amounts granted, used and returned. An unbalanced settlement (used + returned ≠ granted) is
// allowed — it is what the coordinator sees flagged until the accounts are settled.
import { sql } from 'kysely'
import type { AnyDb } from '.'

export async function up(db: AnyDb): Promise<void> {
  await sql`
    CREATE TABLE report_grants (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      granted_gr INTEGER NOT NULL CHECK (granted_gr >= 0),
      used_gr INTEGER NOT NULL CHECK (used_gr >= 0),
      returned_gr INTEGER NOT NULL CHECK (returned_gr >= 0),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX report_grants_year ON report_grants (year, id)`.execute(db)
}
