// Frozen once landed: a schema change is a new numbered file.
// Issue 12, the porozumienie as § 3 of the 2017 regulation on organising PSU (Dz.U. 2017 poz. 2447)
// words it, and the refund request as the gmina's own:
// - the minimum-rate table's reference rows corrected (2024 and 2025 confirmed; the 8,10 zł row was in
//   force before 2016) — only rows still as 0003 seeded them, so the coordinator's edits stay;
// - per porozumienie: the kinds of work with their places and host units, the refund amount and term
//   (days from the request; the global setting it replaces is copied onto every porozumienie), and
//   the maximum duration of PSU per person (the 2025 act changed it; none stated = no limit);
// - the refund request's gmina, bank account and signatory; PESEL and skierowanie on payout lists.
import { sql } from 'kysely'
import type { AnyDb } from '.'

/** [valid_from, rate_gr, seeded source, new confidence, new source] */
const RATE_CORRECTIONS: [string, number, string, 'S', string][] = [
  [
    '2016-06-01',
    810,
    'stawka minimalna od 1 czerwca 2016 r.',
    'S',
    '8,10 zł obowiązywała już przed 1 czerwca 2016 r. (m.in. w 2014 r.); tabela zaczyna się od tej daty',
  ],
  [
    '2024-06-01',
    1220,
    'wyliczona z waloryzacji — do sprawdzenia',
    'S',
    'stawka minimalna od 1 czerwca 2024 r. (ogłoszenia ośrodków, np. GOPS Gaworzyce)',
  ],
  [
    '2025-06-01',
    1220,
    'brak waloryzacji 1 czerwca 2025 r. [S] — obowiązuje stawka z 31 maja 2025 r. (jej kwota do sprawdzenia)',
    'S',
    'bez waloryzacji 1 czerwca 2025 r.: zostaje 12,20 zł (stanowisko ministerstwa; kwestionowane w interpelacji poselskiej)',
  ],
]

export async function up(db: AnyDb): Promise<void> {
  for (const [from, rate, seeded, confidence, source] of RATE_CORRECTIONS) {
    await sql`UPDATE psu_minimum_rates SET confidence = ${confidence}, source = ${source}
      WHERE valid_from = ${from} AND rate_gr = ${rate} AND source = ${seeded}`.execute(db)
  }

  await sql`ALTER TABLE psu_porozumienia ADD COLUMN max_months_per_person INTEGER
    CHECK (max_months_per_person IS NULL OR max_months_per_person BETWEEN 1 AND 120)`.execute(db)
  await sql`ALTER TABLE psu_porozumienia ADD COLUMN refund_amount_gr INTEGER
    CHECK (refund_amount_gr IS NULL OR refund_amount_gr >= 0)`.execute(db)
  await sql`ALTER TABLE psu_porozumienia ADD COLUMN refund_due_days INTEGER NOT NULL DEFAULT 30
    CHECK (refund_due_days BETWEEN 1 AND 365)`.execute(db)
  await sql`UPDATE psu_porozumienia
    SET refund_due_days = (SELECT refund_due_days FROM psu_payout_settings WHERE id = 1)
    WHERE EXISTS (SELECT 1 FROM psu_payout_settings WHERE id = 1)`.execute(db)

  await sql`
    CREATE TABLE psu_porozumienie_works (
      id INTEGER PRIMARY KEY,
      porozumienie_id INTEGER NOT NULL REFERENCES psu_porozumienia (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),
      place TEXT NOT NULL,
      host_unit TEXT NOT NULL,
      UNIQUE (porozumienie_id, position)
    ) STRICT`.execute(db)

  await sql`ALTER TABLE psu_payout_settings DROP COLUMN refund_due_days`.execute(db)
  for (const column of ['gmina_name', 'gmina_account', 'signatory_name', 'signatory_function']) {
    await sql`ALTER TABLE psu_payout_settings ADD COLUMN ${sql.raw(column)} TEXT NOT NULL DEFAULT ''`.execute(
      db,
    )
  }
  await sql`ALTER TABLE psu_payout_settings ADD COLUMN list_shows_identifiers INTEGER NOT NULL DEFAULT 0
    CHECK (list_shows_identifiers IN (0, 1))`.execute(db)
}
