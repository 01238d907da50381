// Frozen once landed: a schema change is a new numbered file.
// PSU (prace społecznie użyteczne): workplaces and positions, porozumienia with their rate periods,
// the minimum-rate table, assignments, refusals/absences for the PUP, monthly timesheets, the needs plan.
import { sql } from 'kysely'
import type { AnyDb } from '.'

/** [name, folded key] — the key is written out so this frozen file never depends on today's folding code. */
const POSITION_TYPES: [string, string][] = [
  ['goniec doręczyciel', 'goniec doreczyciel'],
  ['osoba sprzątająca', 'osoba sprzatajaca'],
  ['robotnik gospodarczy', 'robotnik gospodarczy'],
  ['pomoc kuchni', 'pomoc kuchni'],
  ['pomoc pracownika biurowego', 'pomoc pracownika biurowego'],
  ['opiekun', 'opiekun'],
]

/** DOMAIN.md §4: the old regime's minimum hourly benefit, seeded as editable data with its confidence. */
const MINIMUM_RATES: [string, number, 'S' | 'U', string][] = [
  ['2016-06-01', 810, 'S', 'stawka minimalna od 1 czerwca 2016 r.'],
  ['2017-06-01', 810, 'S', 'bez podwyżki: ceny spadły w 2016 r.'],
  ['2018-06-01', 830, 'U', 'wyliczona z waloryzacji — do sprawdzenia'],
  ['2019-06-01', 850, 'U', 'wyliczona z waloryzacji — do sprawdzenia'],
  ['2020-06-01', 870, 'U', 'wyliczona z waloryzacji — do sprawdzenia'],
  ['2021-06-01', 900, 'U', 'wyliczona z waloryzacji — do sprawdzenia'],
  ['2022-06-01', 950, 'U', 'wyliczona z waloryzacji — do sprawdzenia'],
  ['2023-06-01', 1090, 'S', 'stawka minimalna od 1 czerwca 2023 r.'],
  ['2024-06-01', 1220, 'U', 'wyliczona z waloryzacji — do sprawdzenia'],
  [
    '2025-06-01',
    1220,
    'U',
    'brak waloryzacji 1 czerwca 2025 r. [S] — obowiązuje stawka z 31 maja 2025 r. (jej kwota do sprawdzenia)',
  ],
]

export async function up(db: AnyDb): Promise<void> {
  await sql`
    CREATE TABLE psu_position_types (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL UNIQUE,
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
    ) STRICT`.execute(db)
  for (const [name, key] of POSITION_TYPES) {
    await sql`INSERT INTO psu_position_types (name, name_key) VALUES (${name}, ${key})`.execute(db)
  }

  await sql`
    CREATE TABLE psu_workplaces (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (name <> ''),
      name_key TEXT NOT NULL UNIQUE,
      address TEXT NOT NULL DEFAULT '',
      contact TEXT NOT NULL DEFAULT '',
      supervisor_name TEXT NOT NULL DEFAULT '',
      supervisor_role TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)

  await sql`
    CREATE TABLE psu_positions (
      id INTEGER PRIMARY KEY,
      workplace_id INTEGER NOT NULL REFERENCES psu_workplaces (id) ON DELETE RESTRICT,
      type_id INTEGER NOT NULL REFERENCES psu_position_types (id) ON DELETE RESTRICT,
      places INTEGER NOT NULL CHECK (places BETWEEN 1 AND 500),
      description TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_positions_workplace ON psu_positions (workplace_id)`.execute(db)
  await sql`CREATE INDEX psu_positions_type ON psu_positions (type_id)`.execute(db)

  await sql`
    CREATE TABLE psu_porozumienia (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL CHECK (number <> ''),
      number_key TEXT NOT NULL UNIQUE,
      signed_on TEXT NOT NULL,
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      planned_persons INTEGER NOT NULL CHECK (planned_persons >= 0),
      planned_min INTEGER NOT NULL CHECK (planned_min >= 0),
      monthly_limit_min INTEGER NOT NULL CHECK (monthly_limit_min > 0 AND monthly_limit_min % 30 = 0),
      weekly_limit_min INTEGER CHECK (weekly_limit_min IS NULL OR (weekly_limit_min > 0 AND weekly_limit_min % 30 = 0)),
      refund_share_bp INTEGER NOT NULL CHECK (refund_share_bp BETWEEN 0 AND 10000),
      refund_base TEXT NOT NULL CHECK (refund_base IN ('stawka_minimalna', 'stawka_wyplacona')),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (period_from <= period_to)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_porozumienia_period ON psu_porozumienia (period_from, period_to)`.execute(db)

  // The hourly benefit of a porozumienie over time: the row with the latest valid_from on or before a
  // day applies. The first row starts on the porozumienie's first day.
  await sql`
    CREATE TABLE psu_porozumienie_rates (
      id INTEGER PRIMARY KEY,
      porozumienie_id INTEGER NOT NULL REFERENCES psu_porozumienia (id) ON DELETE RESTRICT,
      valid_from TEXT NOT NULL,
      rate_gr INTEGER NOT NULL CHECK (rate_gr > 0),
      UNIQUE (porozumienie_id, valid_from)
    ) STRICT`.execute(db)

  await sql`
    CREATE TABLE psu_minimum_rates (
      id INTEGER PRIMARY KEY,
      valid_from TEXT NOT NULL UNIQUE,
      rate_gr INTEGER NOT NULL CHECK (rate_gr > 0),
      confidence TEXT NOT NULL CHECK (confidence IN ('V', 'S', 'U')),
      source TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)
  for (const [from, rate, confidence, source] of MINIMUM_RATES) {
    await sql`INSERT INTO psu_minimum_rates (valid_from, rate_gr, confidence, source)
      VALUES (${from}, ${rate}, ${confidence}, ${source})`.execute(db)
  }

  await sql`
    CREATE TABLE psu_assignments (
      id INTEGER PRIMARY KEY,
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE RESTRICT,
      position_id INTEGER NOT NULL REFERENCES psu_positions (id) ON DELETE RESTRICT,
      porozumienie_id INTEGER NOT NULL REFERENCES psu_porozumienia (id) ON DELETE RESTRICT,
      skierowanie_number TEXT NOT NULL CHECK (skierowanie_number <> ''),
      skierowanie_date TEXT NOT NULL,
      date_from TEXT NOT NULL,
      date_to TEXT NOT NULL,
      end_reason TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (date_from <= date_to)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_assignments_participant ON psu_assignments (participant_id, date_from)`.execute(
    db,
  )
  await sql`CREATE INDEX psu_assignments_position ON psu_assignments (position_id, date_from)`.execute(db)
  await sql`CREATE INDEX psu_assignments_porozumienie ON psu_assignments (porozumienie_id)`.execute(db)
  await sql`CREATE INDEX psu_assignments_period ON psu_assignments (date_from, date_to)`.execute(db)

  // Refusals of a skierowanie and absences from work: reported to the PUP, they may affect benefits.
  await sql`
    CREATE TABLE psu_events (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('odmowa', 'nieobecnosc')),
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE RESTRICT,
      assignment_id INTEGER REFERENCES psu_assignments (id) ON DELETE RESTRICT,
      porozumienie_id INTEGER REFERENCES psu_porozumienia (id) ON DELETE RESTRICT,
      event_date TEXT NOT NULL,
      date_to TEXT NOT NULL,
      skierowanie_number TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL CHECK (reason <> ''),
      reported_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (event_date <= date_to)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_events_date ON psu_events (event_date)`.execute(db)
  await sql`CREATE INDEX psu_events_participant ON psu_events (participant_id)`.execute(db)

  // One sheet per assignment and month. `version` grows by one on every lock and every reopening, so a
  // payout list that remembers (timesheet id, version) sees that a month was reopened since;
  // `locked_hash` is the SHA-256 of the sheet's days at the last lock.
  await sql`
    CREATE TABLE psu_timesheets (
      id INTEGER PRIMARY KEY,
      assignment_id INTEGER NOT NULL REFERENCES psu_assignments (id) ON DELETE RESTRICT,
      month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
      status TEXT NOT NULL CHECK (status IN ('otwarty', 'zamkniety')),
      version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
      locked_at TEXT,
      locked_hash TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (assignment_id, month)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_timesheets_month ON psu_timesheets (month)`.execute(db)

  await sql`
    CREATE TABLE psu_timesheet_days (
      timesheet_id INTEGER NOT NULL REFERENCES psu_timesheets (id) ON DELETE RESTRICT,
      day TEXT NOT NULL,
      worked_min INTEGER NOT NULL CHECK (worked_min BETWEEN 0 AND 1440 AND worked_min % 30 = 0),
      absence TEXT CHECK (absence IN ('choroba', 'usprawiedliwiona', 'nieusprawiedliwiona')),
      CHECK (absence IS NULL OR worked_min = 0),
      CHECK (worked_min > 0 OR absence IS NOT NULL),
      PRIMARY KEY (timesheet_id, day)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX psu_timesheet_days_day ON psu_timesheet_days (day)`.execute(db)
  // A locked month is read-only in the file itself, whatever code writes to it.
  for (const [event, row] of [
    ['INSERT', 'NEW'],
    ['UPDATE', 'OLD'],
    ['DELETE', 'OLD'],
  ] as const) {
    await sql
      .raw(
        `CREATE TRIGGER psu_timesheet_days_locked_${event.toLowerCase()} BEFORE ${event} ON psu_timesheet_days
        WHEN (SELECT status FROM psu_timesheets WHERE id = ${row}.timesheet_id) = 'zamkniety'
        BEGIN SELECT RAISE(ABORT, 'Miesiąc jest zamknięty — zmiany godzin są zablokowane.'); END`,
      )
      .execute(db)
  }

  await sql`
    CREATE TABLE psu_timesheet_log (
      id INTEGER PRIMARY KEY,
      timesheet_id INTEGER NOT NULL REFERENCES psu_timesheets (id) ON DELETE RESTRICT,
      action TEXT NOT NULL CHECK (action IN ('zamkniecie', 'otwarcie')),
      at TEXT NOT NULL,
      by_name TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      version INTEGER NOT NULL,
      content_hash TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_timesheet_log_sheet ON psu_timesheet_log (timesheet_id, id)`.execute(db)

  await sql`
    CREATE TABLE psu_plan_items (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      position_type_id INTEGER NOT NULL REFERENCES psu_position_types (id) ON DELETE RESTRICT,
      workplace_id INTEGER REFERENCES psu_workplaces (id) ON DELETE RESTRICT,
      places INTEGER NOT NULL CHECK (places >= 0),
      persons INTEGER NOT NULL CHECK (persons >= 0),
      hours_min INTEGER NOT NULL CHECK (hours_min >= 0),
      notes TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_plan_items_year ON psu_plan_items (year)`.execute(db)

  await sql`
    CREATE TABLE psu_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      sheet_pesel TEXT NOT NULL CHECK (sheet_pesel IN ('brak', 'koncowka')),
      coordinator_name TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)
  await sql`INSERT INTO psu_settings (id, sheet_pesel) VALUES (1, 'koncowka')`.execute(db)
}
