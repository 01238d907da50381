// Frozen once landed: a schema change is a new numbered file.
// PSU payouts and the Fundusz Pracy refund: payout lists computed from locked timesheets (with the
// version of every source sheet), each person's payment form and account, refund requests to the PUP.
import { sql } from 'kysely'
import type { AnyDb } from '.'

export async function up(db: AnyDb): Promise<void> {
  await sql`
    CREATE TABLE psu_payout_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      refund_due_days INTEGER NOT NULL DEFAULT 30 CHECK (refund_due_days BETWEEN 1 AND 365),
      pup_name TEXT NOT NULL DEFAULT '',
      pup_address TEXT NOT NULL DEFAULT '',
      prepared_by TEXT NOT NULL DEFAULT '',
      checked_by TEXT NOT NULL DEFAULT '',
      approved_by TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)
  await sql`INSERT INTO psu_payout_settings (id) VALUES (1)`.execute(db)

  // How a person is paid now; a payout list copies it, so history keeps what was used.
  await sql`
    CREATE TABLE psu_payment_details (
      participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE RESTRICT,
      payment_form TEXT NOT NULL CHECK (payment_form IN ('gotowka', 'przelew')),
      account_iban TEXT CHECK (account_iban IS NULL OR (length(account_iban) = 28 AND account_iban GLOB 'PL[0-9]*')),
      updated_at TEXT NOT NULL,
      CHECK (payment_form = 'gotowka' OR account_iban IS NOT NULL)
    ) STRICT`.execute(db)

  // A payout list for one porozumienie and month. At most one list per porozumienie-month is not
  // cancelled; a cancelled one stays as history with its reason.
  await sql`
    CREATE TABLE psu_payout_lists (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      seq INTEGER NOT NULL CHECK (seq > 0),
      number TEXT NOT NULL UNIQUE,
      porozumienie_id INTEGER NOT NULL REFERENCES psu_porozumienia (id) ON DELETE RESTRICT,
      month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
      status TEXT NOT NULL CHECK (status IN ('projekt', 'zatwierdzona', 'wyplacona', 'anulowana')),
      refund_base TEXT NOT NULL CHECK (refund_base IN ('stawka_minimalna', 'stawka_wyplacona')),
      refund_share_bp INTEGER NOT NULL CHECK (refund_share_bp BETWEEN 0 AND 10000),
      computed_at TEXT NOT NULL,
      approved_at TEXT,
      approved_by TEXT NOT NULL DEFAULT '',
      paid_at TEXT,
      cancelled_at TEXT,
      cancel_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (year, seq),
      CHECK (status <> 'anulowana' OR (cancelled_at IS NOT NULL AND cancel_reason <> '')),
      CHECK (status NOT IN ('zatwierdzona', 'wyplacona') OR approved_at IS NOT NULL),
      CHECK (status <> 'wyplacona' OR paid_at IS NOT NULL)
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX psu_payout_lists_active ON psu_payout_lists (porozumienie_id, month)
    WHERE status <> 'anulowana'`.execute(db)
  await sql`CREATE INDEX psu_payout_lists_month ON psu_payout_lists (month)`.execute(db)

  // The version of every timesheet the list was computed from: a changed version means "recompute".
  await sql`
    CREATE TABLE psu_payout_list_sources (
      list_id INTEGER NOT NULL REFERENCES psu_payout_lists (id) ON DELETE RESTRICT,
      timesheet_id INTEGER NOT NULL REFERENCES psu_timesheets (id) ON DELETE RESTRICT,
      version INTEGER NOT NULL CHECK (version >= 0),
      PRIMARY KEY (list_id, timesheet_id)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX psu_payout_list_sources_sheet ON psu_payout_list_sources (timesheet_id)`.execute(db)

  // One row per person on a list; names and positions are copied so a printed list never changes.
  await sql`
    CREATE TABLE psu_payout_items (
      id INTEGER PRIMARY KEY,
      list_id INTEGER NOT NULL REFERENCES psu_payout_lists (id) ON DELETE RESTRICT,
      participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE RESTRICT,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      worked_min INTEGER NOT NULL CHECK (worked_min > 0),
      amount_gr INTEGER NOT NULL CHECK (amount_gr >= 0),
      refund_gr INTEGER NOT NULL CHECK (refund_gr >= 0 AND refund_gr <= amount_gr),
      payment_form TEXT NOT NULL CHECK (payment_form IN ('gotowka', 'przelew')),
      account_iban TEXT CHECK (account_iban IS NULL OR (length(account_iban) = 28 AND account_iban GLOB 'PL[0-9]*')),
      paid_on TEXT,
      paid_form TEXT CHECK (paid_form IS NULL OR paid_form IN ('gotowka', 'przelew')),
      CHECK (payment_form = 'gotowka' OR account_iban IS NOT NULL),
      CHECK ((paid_on IS NULL) = (paid_form IS NULL)),
      UNIQUE (list_id, participant_id)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_payout_items_participant ON psu_payout_items (participant_id)`.execute(db)

  // The positions (assignments) a person worked on in the month, with the minutes on each.
  await sql`
    CREATE TABLE psu_payout_item_positions (
      item_id INTEGER NOT NULL REFERENCES psu_payout_items (id) ON DELETE RESTRICT,
      assignment_id INTEGER NOT NULL REFERENCES psu_assignments (id) ON DELETE RESTRICT,
      position_id INTEGER NOT NULL REFERENCES psu_positions (id) ON DELETE RESTRICT,
      position_type TEXT NOT NULL,
      workplace TEXT NOT NULL,
      worked_min INTEGER NOT NULL CHECK (worked_min >= 0),
      PRIMARY KEY (item_id, assignment_id)
    ) STRICT, WITHOUT ROWID`.execute(db)

  // Minutes per rate period: 'swiadczenie' — the porozumienie's hourly benefit (the amount);
  // 'minimalna' — the minimum rate the old-regime refund is computed from.
  await sql`
    CREATE TABLE psu_payout_item_rates (
      item_id INTEGER NOT NULL REFERENCES psu_payout_items (id) ON DELETE RESTRICT,
      kind TEXT NOT NULL CHECK (kind IN ('swiadczenie', 'minimalna')),
      valid_from TEXT NOT NULL,
      rate_gr INTEGER NOT NULL CHECK (rate_gr > 0),
      minutes INTEGER NOT NULL CHECK (minutes > 0),
      PRIMARY KEY (item_id, kind, valid_from)
    ) STRICT, WITHOUT ROWID`.execute(db)

  await sql`
    CREATE TABLE psu_refund_requests (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      seq INTEGER NOT NULL CHECK (seq > 0),
      number TEXT NOT NULL UNIQUE,
      porozumienie_id INTEGER NOT NULL REFERENCES psu_porozumienia (id) ON DELETE RESTRICT,
      requested_on TEXT NOT NULL,
      due_on TEXT NOT NULL,
      requested_gr INTEGER NOT NULL CHECK (requested_gr >= 0),
      status TEXT NOT NULL CHECK (status IN ('zlozony', 'otrzymany', 'anulowany')),
      received_on TEXT,
      received_gr INTEGER CHECK (received_gr IS NULL OR received_gr >= 0),
      cancel_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (year, seq),
      CHECK (requested_on <= due_on),
      CHECK ((status = 'otrzymany') = (received_on IS NOT NULL AND received_gr IS NOT NULL)),
      CHECK (status <> 'anulowany' OR cancel_reason <> '')
    ) STRICT`.execute(db)
  await sql`CREATE INDEX psu_refund_requests_status ON psu_refund_requests (status, due_on)`.execute(db)

  // Which payout lists a request covers; a list is in at most one request that is not cancelled.
  await sql`
    CREATE TABLE psu_refund_request_lists (
      request_id INTEGER NOT NULL REFERENCES psu_refund_requests (id) ON DELETE RESTRICT,
      list_id INTEGER NOT NULL REFERENCES psu_payout_lists (id) ON DELETE RESTRICT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      PRIMARY KEY (request_id, list_id)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE UNIQUE INDEX psu_refund_request_lists_active ON psu_refund_request_lists (list_id)
    WHERE active = 1`.execute(db)
}
