// Frozen once landed: a schema change is a new numbered file.
// The KIS programme: staff list, participation periods, kontrakty socjalne with their annexes and
// evaluations, and support activities (the inputs of the yearly report).
import { sql } from 'kysely'
import type { AnyDb } from '.'

/** A real-looking ISO date; the services check that the date exists. */
const ISO_GLOB = "'[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"
const isoDate = (column: string) => sql.raw(`${column} GLOB ${ISO_GLOB}`)
const isoDateOrNull = (column: string) => sql.raw(`(${column} IS NULL OR ${column} GLOB ${ISO_GLOB})`)

const TARGET_GROUPS = sql.raw(
  "('bezdomni', 'uzaleznieni_alkohol', 'uzaleznieni_narkotyki', 'zaburzenia_psychiczne', " +
    "'dlugotrwale_bezrobotni', 'opuszczajacy_zaklad_karny', 'uchodzcy', 'niepelnosprawni', 'inna')",
)
const ACTIVITY_KINDS = sql.raw(
  "('sesja_indywidualna', 'doradztwo_zawodowe', 'doradztwo_psychologiczne', 'poradnictwo_prawne', " +
    "'zajecia_grupowe', 'staz', 'projekt_ue', 'zatrudnienie', 'swiadczenie_zus')",
)
const PESEL = (column: string) =>
  sql.raw(`(${column} IS NULL OR (length(${column}) = 11 AND ${column} NOT GLOB '*[^0-9]*'))`)

export async function up(db: AnyDb): Promise<void> {
  await sql`
    CREATE TABLE staff_members (
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
      position TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX staff_members_active_name ON staff_members (active, full_name)`.execute(db)

  await sql`
    CREATE TABLE participations (
      id INTEGER PRIMARY KEY,
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE RESTRICT,
      start_date TEXT NOT NULL CHECK (${isoDate('start_date')}),
      referral_kind TEXT NOT NULL CHECK (referral_kind IN ('ops', 'pup')),
      referring_worker_id INTEGER REFERENCES staff_members (id) ON DELETE RESTRICT,
      pup_referral_number TEXT,
      pup_referral_date TEXT CHECK (${isoDateOrNull('pup_referral_date')}),
      other_group_reason TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      end_date TEXT CHECK (${isoDateOrNull('end_date')}),
      end_reason TEXT CHECK (end_reason IN ('ukonczenie', 'zatrudnienie', 'przerwanie_kontrakt', 'rezygnacja', 'inne')),
      employment_date TEXT CHECK (${isoDateOrNull('employment_date')}),
      end_notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (
        (referral_kind = 'ops' AND referring_worker_id IS NOT NULL
          AND pup_referral_number IS NULL AND pup_referral_date IS NULL)
        OR (referral_kind = 'pup' AND referring_worker_id IS NULL
          AND pup_referral_number IS NOT NULL AND pup_referral_date IS NOT NULL)
      ),
      CHECK ((end_date IS NULL) = (end_reason IS NULL)),
      CHECK (end_date IS NULL OR end_date >= start_date),
      CHECK ((end_reason IS 'zatrudnienie') = (employment_date IS NOT NULL))
    ) STRICT`.execute(db)
  // At most one open participation per person, whatever the code above it does.
  await sql`CREATE UNIQUE INDEX participations_one_open ON participations (participant_id) WHERE end_date IS NULL`.execute(
    db,
  )
  await sql`CREATE INDEX participations_person ON participations (participant_id, start_date)`.execute(db)
  await sql`CREATE INDEX participations_period ON participations (start_date, end_date)`.execute(db)
  await sql`
    CREATE TABLE participation_target_groups (
      participation_id INTEGER NOT NULL REFERENCES participations (id) ON DELETE CASCADE,
      target_group TEXT NOT NULL CHECK (target_group IN ${TARGET_GROUPS}),
      PRIMARY KEY (participation_id, target_group)
    ) STRICT, WITHOUT ROWID`.execute(db)

  await sql`
    CREATE TABLE kontrakty (
      id INTEGER PRIMARY KEY,
      participation_id INTEGER NOT NULL UNIQUE REFERENCES participations (id) ON DELETE RESTRICT,
      variant TEXT NOT NULL CHECK (variant IN ('A', 'B')),
      number TEXT NOT NULL UNIQUE,
      number_year INTEGER NOT NULL CHECK (number_year BETWEEN 1900 AND 2999),
      number_seq INTEGER NOT NULL CHECK (number_seq > 0),
      concluded_on TEXT NOT NULL CHECK (${isoDate('concluded_on')}),
      place TEXT NOT NULL,
      social_worker_id INTEGER NOT NULL REFERENCES staff_members (id) ON DELETE RESTRICT,
      situation_causes TEXT NOT NULL,
      strengths TEXT NOT NULL,
      limitations TEXT NOT NULL,
      unemployment_causes TEXT NOT NULL DEFAULT '',
      barriers TEXT NOT NULL DEFAULT '',
      earlier_activation TEXT NOT NULL DEFAULT '',
      main_goal TEXT NOT NULL,
      expected_effects TEXT NOT NULL,
      end_date TEXT NOT NULL CHECK (${isoDate('end_date')}),
      signed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (number_year, number_seq),
      CHECK (end_date > concluded_on),
      CHECK (CAST(substr(concluded_on, 1, 4) AS INTEGER) = number_year)
    ) STRICT`.execute(db)
  await sql`
    CREATE TABLE kontrakt_family_members (
      id INTEGER PRIMARY KEY,
      kontrakt_id INTEGER NOT NULL REFERENCES kontrakty (id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      full_name TEXT NOT NULL,
      pesel TEXT CHECK ${PESEL('pesel')},
      relation TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)
  await sql`CREATE INDEX kontrakt_family_members_kontrakt ON kontrakt_family_members (kontrakt_id, position)`.execute(
    db,
  )
  await sql`
    CREATE TABLE kontrakt_goals (
      id INTEGER PRIMARY KEY,
      kontrakt_id INTEGER NOT NULL REFERENCES kontrakty (id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      text TEXT NOT NULL CHECK (length(text) > 0)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX kontrakt_goals_kontrakt ON kontrakt_goals (kontrakt_id, position)`.execute(db)
  await sql`
    CREATE TABLE kontrakt_actions (
      id INTEGER PRIMARY KEY,
      kontrakt_id INTEGER NOT NULL REFERENCES kontrakty (id) ON DELETE RESTRICT,
      side TEXT NOT NULL CHECK (side IN ('osoba', 'osrodek')),
      position INTEGER NOT NULL,
      description TEXT NOT NULL CHECK (length(description) > 0),
      deadline TEXT NOT NULL CHECK (${isoDate('deadline')}),
      responsible TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('zaplanowane', 'w_trakcie', 'wykonane', 'niewykonane'))
    ) STRICT`.execute(db)
  await sql`CREATE INDEX kontrakt_actions_kontrakt ON kontrakt_actions (kontrakt_id, side, position)`.execute(
    db,
  )
  await sql`CREATE INDEX kontrakt_actions_open_deadline ON kontrakt_actions (deadline) WHERE status IN ('zaplanowane', 'w_trakcie')`.execute(
    db,
  )
  await sql`
    CREATE TABLE kontrakt_aneksy (
      id INTEGER PRIMARY KEY,
      kontrakt_id INTEGER NOT NULL REFERENCES kontrakty (id) ON DELETE RESTRICT,
      number INTEGER NOT NULL CHECK (number > 0),
      aneks_date TEXT NOT NULL CHECK (${isoDate('aneks_date')}),
      description TEXT NOT NULL CHECK (length(description) > 0),
      changes_json TEXT NOT NULL CHECK (json_valid(changes_json)),
      before_json TEXT NOT NULL CHECK (json_valid(before_json)),
      after_json TEXT NOT NULL CHECK (json_valid(after_json)),
      created_at TEXT NOT NULL,
      UNIQUE (kontrakt_id, number)
    ) STRICT`.execute(db)
  await sql`
    CREATE TABLE kontrakt_evaluations (
      id INTEGER PRIMARY KEY,
      kontrakt_id INTEGER NOT NULL REFERENCES kontrakty (id) ON DELETE RESTRICT,
      evaluated_on TEXT NOT NULL CHECK (${isoDate('evaluated_on')}),
      summary TEXT NOT NULL CHECK (length(summary) > 0),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX kontrakt_evaluations_kontrakt ON kontrakt_evaluations (kontrakt_id, evaluated_on)`.execute(
    db,
  )
  await sql`
    CREATE TABLE kontrakt_evaluation_goals (
      evaluation_id INTEGER NOT NULL REFERENCES kontrakt_evaluations (id) ON DELETE RESTRICT,
      goal_id INTEGER NOT NULL REFERENCES kontrakt_goals (id) ON DELETE RESTRICT,
      goal_text TEXT NOT NULL,
      achievement TEXT NOT NULL CHECK (achievement IN ('osiagniety', 'czesciowo', 'nieosiagniety')),
      comment TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (evaluation_id, goal_id)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX kontrakt_evaluation_goals_goal ON kontrakt_evaluation_goals (goal_id)`.execute(db)

  await sql`
    CREATE TABLE group_classes (
      id INTEGER PRIMARY KEY,
      held_on TEXT NOT NULL CHECK (${isoDate('held_on')}),
      topic TEXT NOT NULL CHECK (length(topic) > 0),
      leader TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX group_classes_held_on ON group_classes (held_on)`.execute(db)
  await sql`
    CREATE TABLE activities (
      id INTEGER PRIMARY KEY,
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE RESTRICT,
      participation_id INTEGER NOT NULL REFERENCES participations (id) ON DELETE RESTRICT,
      kind TEXT NOT NULL CHECK (kind IN ${ACTIVITY_KINDS}),
      activity_date TEXT NOT NULL CHECK (${isoDate('activity_date')}),
      end_date TEXT CHECK (${isoDateOrNull('end_date')}),
      staff_member_id INTEGER REFERENCES staff_members (id) ON DELETE RESTRICT,
      group_class_id INTEGER REFERENCES group_classes (id) ON DELETE RESTRICT,
      provider TEXT NOT NULL DEFAULT '',
      topic TEXT NOT NULL DEFAULT '',
      organization TEXT NOT NULL DEFAULT '',
      project_name TEXT NOT NULL DEFAULT '',
      employment_form TEXT CHECK (employment_form IN ('umowa_o_prace', 'umowa_cywilnoprawna')),
      benefit_name TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      CHECK (end_date IS NULL OR end_date >= activity_date),
      CHECK ((kind = 'zajecia_grupowe') = (group_class_id IS NOT NULL)),
      CHECK (kind <> 'sesja_indywidualna' OR staff_member_id IS NOT NULL),
      CHECK (kind <> 'staz' OR (end_date IS NOT NULL AND organization <> '')),
      CHECK (kind <> 'projekt_ue' OR project_name <> ''),
      CHECK ((kind = 'zatrudnienie') = (employment_form IS NOT NULL)),
      CHECK (kind <> 'zatrudnienie' OR organization <> ''),
      CHECK (kind <> 'swiadczenie_zus' OR benefit_name <> '')
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX activities_class_attendee ON activities (group_class_id, participant_id) WHERE group_class_id IS NOT NULL`.execute(
    db,
  )
  await sql`CREATE INDEX activities_person ON activities (participant_id, activity_date)`.execute(db)
  await sql`CREATE INDEX activities_kind_date ON activities (kind, activity_date)`.execute(db)
}
