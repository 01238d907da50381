// Frozen once landed: a schema change is a new numbered file.
import { sql } from 'kysely'
import type { AnyDb } from '.'

export async function up(db: AnyDb): Promise<void> {
  await sql`
    CREATE TABLE participants (
      id INTEGER PRIMARY KEY,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      pesel TEXT CHECK (pesel IS NULL OR (length(pesel) = 11 AND pesel NOT GLOB '*[^0-9]*')),
      id_document TEXT,
      birth_date TEXT NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('K', 'M')),
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      admission_date TEXT NOT NULL,
      other_group_reason TEXT NOT NULL DEFAULT '',
      therapy_completed INTEGER NOT NULL DEFAULT 0 CHECK (therapy_completed IN (0, 1)),
      notes TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('aktywny', 'zakonczony', 'archiwalny')),
      search_text TEXT NOT NULL,
      sort_name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (pesel IS NOT NULL OR id_document IS NOT NULL)
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX participants_pesel ON participants (pesel) WHERE pesel IS NOT NULL`.execute(
    db,
  )
  await sql`CREATE UNIQUE INDEX participants_id_document ON participants (id_document) WHERE id_document IS NOT NULL`.execute(
    db,
  )
  await sql`CREATE INDEX participants_status_sort ON participants (status, sort_name)`.execute(db)
  await sql`CREATE INDEX participants_sort ON participants (sort_name)`.execute(db)
  await sql`
    CREATE TABLE participant_target_groups (
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
      target_group TEXT NOT NULL,
      PRIMARY KEY (participant_id, target_group)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX participant_target_groups_group ON participant_target_groups (target_group)`.execute(
    db,
  )
  await sql`
    CREATE TABLE participant_exclusions (
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
      exclusion TEXT NOT NULL,
      PRIMARY KEY (participant_id, exclusion)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`.execute(db)
}
