// Frozen once landed: a schema change is a new numbered file.
// Personal data (RODO): the append-only audit log (rejestr czynności) and the people each entry
// concerns, retention periods per record class, the screen-lock password, and the mark of an
// anonymised participant.
import { sql } from 'kysely'
import type { AnyDb } from '.'

const APPEND_ONLY = "'Rejestr czynności można tylko uzupełniać — wpisów nie zmienia się ani nie usuwa.'"

export async function up(db: AnyDb): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      action TEXT NOT NULL CHECK (length(action) > 0),
      subject TEXT NOT NULL DEFAULT '',
      detail TEXT NOT NULL DEFAULT '',
      user_name TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)
  await sql`CREATE INDEX audit_log_at ON audit_log (at, id)`.execute(db)
  await sql`CREATE INDEX audit_log_action ON audit_log (action, at, id)`.execute(db)
  // No foreign key to participants: the log keeps its record ids whatever later happens to the record.
  await sql`
    CREATE TABLE audit_log_people (
      participant_id INTEGER NOT NULL,
      entry_id INTEGER NOT NULL REFERENCES audit_log (id),
      PRIMARY KEY (participant_id, entry_id)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX audit_log_people_entry ON audit_log_people (entry_id)`.execute(db)
  for (const table of ['audit_log', 'audit_log_people']) {
    for (const event of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${event.toLowerCase()} BEFORE ${event} ON ${table}
           BEGIN SELECT RAISE(ABORT, ${APPEND_ONLY}); END`,
        )
        .execute(db)
    }
  }

  // Years counted from the end of the class's records (participation end, kontrakt end, assignment
  // end, year of payment); defaults are shown as "do uzgodnienia z JRWA ośrodka" until confirmed.
  await sql`
    CREATE TABLE retention_periods (
      record_class TEXT PRIMARY KEY CHECK (record_class IN ('uczestnictwo', 'kontrakty', 'psu', 'wyplaty')),
      years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 100),
      confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`
    INSERT INTO retention_periods (record_class, years, confirmed, updated_at) VALUES
      ('uczestnictwo', 10, 0, ''), ('kontrakty', 10, 0, ''), ('psu', 5, 0, ''), ('wyplaty', 5, 0, '')`.execute(
    db,
  )

  // One row at most: the lock password and the recovery code, both as salted scrypt hashes with their
  // parameters (JSON), and the inactivity time after which the screen locks.
  await sql`
    CREATE TABLE app_lock (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      password_hash TEXT NOT NULL CHECK (json_valid(password_hash)),
      recovery_hash TEXT NOT NULL CHECK (json_valid(recovery_hash)),
      timeout_min INTEGER NOT NULL CHECK (timeout_min BETWEEN 1 AND 240),
      set_at TEXT NOT NULL
    ) STRICT`.execute(db)

  await sql`ALTER TABLE participants ADD COLUMN anonymised_at TEXT`.execute(db)
}
