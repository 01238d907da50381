// Representative rows for the fixture databases (scripts/make-db-fixture.ts). Frozen like the
// migrations: SEEDS[N] writes rows into the tables migration N created, with the columns N had, and is
// never changed once its fixture is committed. Whoever adds migration N adds SEEDS[N] here.
import { sql } from 'kysely'
import type { AnyDb } from '../src/main/db/migrations'

const STAMP = '2025-10-01T08:00:00.000Z'

const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

export const SEEDS: Record<number, (db: AnyDb) => Promise<void>> = {
  1: async (db) => {
    const people: [string, string, string | null, string | null, string, 'K' | 'M', string, string][] = [
      [
        'Anna',
        'Żółkiewska',
        '81031401246',
        null,
        '1981-03-14',
        'K',
        'aktywny',
        'zolkiewska anna 81031401246',
      ],
      ['Jan', 'Łódzki', null, 'ABC123456', '1975-11-30', 'M', 'zakonczony', 'lodzki jan abc123456'],
      ['Zofia', 'Nowak', '02270834501', null, '2002-07-08', 'K', 'archiwalny', 'nowak zofia 02270834501'],
    ]
    for (const [first, last, pesel, document, birth, sex, status, search] of people) {
      await sql`
        INSERT INTO participants (first_name, last_name, pesel, id_document, birth_date, sex, address, phone,
          email, admission_date, other_group_reason, therapy_completed, notes, status, search_text, sort_name,
          created_at, updated_at)
        VALUES (${first}, ${last}, ${pesel}, ${document}, ${birth}, ${sex}, 'ul. Piotrkowska 1, Łódź',
          '600 100 200', '', '2025-09-01', '', 0, 'Uwagi: „cudzysłów” i ąęłńóśźż', ${status}, ${search},
          ${search}, ${STAMP}, ${STAMP})`.execute(db)
    }
    await sql`INSERT INTO participant_target_groups VALUES (1, 'dlugotrwale_bezrobotni'), (1, 'uzaleznieni_alkohol'),
      (2, 'bezdomni'), (3, 'niepelnosprawni')`.execute(db)
    await sql`INSERT INTO participant_exclusions VALUES (2, 'zatrudnienie')`.execute(db)
    await sql`INSERT INTO settings VALUES ('officeName', '"MOPS w Zgierzu"'), ('requireTherapyForAddicted', 'true')`.execute(
      db,
    )
  },
  2: async (db) => {
    await sql`INSERT INTO staff_members (id, full_name, position, phone, active, created_at, updated_at)
      VALUES (1, 'Maria Kwiatkowska', 'pracownik socjalny', '42 716 00 00', 1, ${STAMP}, ${STAMP})`.execute(
      db,
    )
    await sql`INSERT INTO participations (id, participant_id, start_date, referral_kind, referring_worker_id,
        pup_referral_number, pup_referral_date, other_group_reason, notes, end_date, end_reason, employment_date,
        end_notes, created_at, updated_at)
      VALUES (1, 1, '2025-09-01', 'ops', 1, NULL, NULL, '', 'pierwszy udział', NULL, NULL, NULL, '', ${STAMP}, ${STAMP}),
        (2, 2, '2025-03-03', 'pup', NULL, 'PUP/KIS/15/2025', '2025-02-20', '', '', '2025-08-29', 'zatrudnienie',
          '2025-09-01', 'umowa o pracę', ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO participation_target_groups VALUES (1, 'dlugotrwale_bezrobotni'), (2, 'bezdomni')`.execute(
      db,
    )
    await sql`INSERT INTO kontrakty (id, participation_id, variant, number, number_year, number_seq, concluded_on, place,
        social_worker_id, situation_causes, strengths, limitations, unemployment_causes, barriers, earlier_activation,
        main_goal, expected_effects, end_date, signed_at, created_at, updated_at)
      VALUES (1, 1, 'A', 'KS/1/2025', 2025, 1, '2025-09-02', 'Zgierz', 1, 'długotrwałe bezrobocie', 'sumienność',
        'brak kwalifikacji', 'likwidacja zakładu', 'dojazd', 'staż 2019', 'podjęcie zatrudnienia',
        'ukończenie kursu', '2026-03-01', ${STAMP}, ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO kontrakt_family_members (id, kontrakt_id, position, full_name, pesel, relation, address)
      VALUES (1, 1, 1, 'Piotr Żółkiewski', NULL, 'syn', 'ul. Piotrkowska 1, Łódź')`.execute(db)
    await sql`INSERT INTO kontrakt_goals (id, kontrakt_id, position, text)
      VALUES (1, 1, 1, 'Ukończenie kursu kasjera')`.execute(db)
    await sql`INSERT INTO kontrakt_actions (id, kontrakt_id, side, position, description, deadline, responsible, status)
      VALUES (1, 1, 'osoba', 1, 'Udział w zajęciach KIS', '2025-12-31', 'uczestniczka', 'w_trakcie'),
        (2, 1, 'osrodek', 1, 'Opłacenie kursu', '2025-10-31', 'OPS', 'wykonane')`.execute(db)
    await sql`INSERT INTO kontrakt_aneksy (id, kontrakt_id, number, aneks_date, description, changes_json, before_json,
        after_json, created_at)
      VALUES (1, 1, 1, '2025-11-15', 'Przedłużenie kontraktu', '{"endDate":"2026-03-01"}', '{"endDate":"2026-01-31"}',
        '{"endDate":"2026-03-01"}', ${STAMP})`.execute(db)
    await sql`INSERT INTO kontrakt_evaluations (id, kontrakt_id, evaluated_on, summary, created_at)
      VALUES (1, 1, '2025-12-01', 'Realizuje plan', ${STAMP})`.execute(db)
    await sql`INSERT INTO kontrakt_evaluation_goals
      VALUES (1, 1, 'Ukończenie kursu kasjera', 'czesciowo', 'w trakcie')`.execute(db)
    await sql`INSERT INTO group_classes (id, held_on, topic, leader, notes, created_at, updated_at)
      VALUES (1, '2025-10-07', 'Rozmowa kwalifikacyjna', 'Maria Kwiatkowska', '', ${STAMP}, ${STAMP})`.execute(
      db,
    )
    await sql`INSERT INTO activities (id, participant_id, participation_id, kind, activity_date, staff_member_id,
        group_class_id, created_at)
      VALUES (1, 1, 1, 'zajecia_grupowe', '2025-10-07', NULL, 1, ${STAMP}),
        (2, 1, 1, 'sesja_indywidualna', '2025-10-09', 1, NULL, ${STAMP})`.execute(db)
  },
  3: async (db) => {
    await sql`INSERT INTO psu_workplaces (id, name, name_key, address, contact, supervisor_name, supervisor_role, notes,
        archived, created_at, updated_at)
      VALUES (1, 'Szkoła Podstawowa nr 1', 'szkola podstawowa nr 1', 'ul. Szkolna 2', '42 000 00 00', 'Jan Dyrektor',
        'dyrektor', '', 0, ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_positions (id, workplace_id, type_id, places, description, archived, created_at, updated_at)
      VALUES (1, 1, 3, 2, 'prace porządkowe', 0, ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_porozumienia (id, number, number_key, signed_on, period_from, period_to, planned_persons,
        planned_min, monthly_limit_min, weekly_limit_min, refund_share_bp, refund_base, notes, created_at, updated_at)
      VALUES (1, 'PSU/1/2025', 'psu/1/2025', '2024-12-20', '2025-01-01', '2025-12-31', 5, 60000, 2400, 600, 6000,
        'stawka_minimalna', '', ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_porozumienie_rates (id, porozumienie_id, valid_from, rate_gr)
      VALUES (1, 1, '2025-01-01', 1220)`.execute(db)
    await sql`INSERT INTO psu_assignments (id, participant_id, position_id, porozumienie_id, skierowanie_number,
        skierowanie_date, date_from, date_to, end_reason, notes, created_at, updated_at)
      VALUES (1, 1, 1, 1, 'PUP/PSU/7/2025', '2025-09-25', '2025-10-01', '2025-12-31', '', '', ${STAMP}, ${STAMP})`.execute(
      db,
    )
    await sql`INSERT INTO psu_events (id, kind, participant_id, assignment_id, porozumienie_id, event_date, date_to,
        skierowanie_number, reason, reported_on, created_at, updated_at)
      VALUES (1, 'nieobecnosc', 1, 1, 1, '2025-10-03', '2025-10-03', 'PUP/PSU/7/2025', 'choroba dziecka', NULL,
        ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_timesheets (id, assignment_id, month, status, version, locked_at, locked_hash, created_at,
        updated_at)
      VALUES (1, 1, '2025-10', 'otwarty', 0, NULL, NULL, ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_timesheet_days (timesheet_id, day, worked_min, absence)
      VALUES (1, '2025-10-01', 240, NULL), (1, '2025-10-02', 240, NULL), (1, '2025-10-03', 0, 'usprawiedliwiona')`.execute(
      db,
    )
    await sql`UPDATE psu_timesheets SET status = 'zamkniety', version = 1, locked_at = ${STAMP}, locked_hash = ${HASH}
      WHERE id = 1`.execute(db)
    await sql`INSERT INTO psu_timesheet_log (id, timesheet_id, action, at, by_name, reason, version, content_hash)
      VALUES (1, 1, 'zamkniecie', ${STAMP}, 'Maria Kwiatkowska', '', 1, ${HASH})`.execute(db)
    await sql`INSERT INTO psu_plan_items (id, year, position_type_id, workplace_id, places, persons, hours_min, notes)
      VALUES (1, 2026, 3, 1, 2, 4, 48000, '')`.execute(db)
    await sql`UPDATE psu_settings SET coordinator_name = 'Maria Kwiatkowska' WHERE id = 1`.execute(db)
  },
  5: async (db) => {
    const iban = 'PL61109010140000071219812874'
    await sql`UPDATE psu_payout_settings SET pup_name = 'PUP w Zgierzu', prepared_by = 'Maria Kwiatkowska'
      WHERE id = 1`.execute(db)
    await sql`INSERT INTO psu_payment_details (participant_id, payment_form, account_iban, updated_at)
      VALUES (1, 'przelew', ${iban}, ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_payout_lists (id, year, seq, number, porozumienie_id, month, status, refund_base,
        refund_share_bp, computed_at, approved_at, approved_by, paid_at, cancelled_at, cancel_reason, created_at,
        updated_at)
      VALUES (1, 2025, 1, 'LW/1/2025', 1, '2025-10', 'zatwierdzona', 'stawka_minimalna', 6000, ${STAMP}, ${STAMP},
        'Kierownik OPS', NULL, NULL, '', ${STAMP}, ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_payout_list_sources VALUES (1, 1, 1)`.execute(db)
    await sql`INSERT INTO psu_payout_items (id, list_id, participant_id, first_name, last_name, worked_min, amount_gr,
        refund_gr, payment_form, account_iban, paid_on, paid_form)
      VALUES (1, 1, 1, 'Anna', 'Żółkiewska', 480, 9760, 5856, 'przelew', ${iban}, NULL, NULL)`.execute(db)
    await sql`INSERT INTO psu_payout_item_positions
      VALUES (1, 1, 1, 'robotnik gospodarczy', 'Szkoła Podstawowa nr 1', 480)`.execute(db)
    await sql`INSERT INTO psu_payout_item_rates
      VALUES (1, 'swiadczenie', '2025-01-01', 1220, 480), (1, 'minimalna', '2024-06-01', 1220, 480)`.execute(
      db,
    )
    await sql`INSERT INTO psu_refund_requests (id, year, seq, number, porozumienie_id, requested_on, due_on, requested_gr,
        status, received_on, received_gr, cancel_reason, created_at, updated_at)
      VALUES (1, 2025, 1, 'RF/1/2025', 1, '2025-11-05', '2025-12-05', 5856, 'zlozony', NULL, NULL, '', ${STAMP},
        ${STAMP})`.execute(db)
    await sql`INSERT INTO psu_refund_request_lists VALUES (1, 1, 1)`.execute(db)
  },
  6: async (db) => {
    await sql`INSERT INTO kis_staff_engagements (id, staff_member_id, kis_role, basis, fte_permille, monthly_min,
        date_from, date_to, notes, created_at, updated_at)
      VALUES (1, 1, 'koordynator KIS', 'umowa_o_prace', 500, NULL, '2024-01-01', '2025-03-31', '', ${STAMP}, ${STAMP}),
        (2, 1, 'koordynator KIS', 'umowa_o_prace', 1000, NULL, '2025-04-01', NULL, 'cały etat', ${STAMP}, ${STAMP})`.execute(
      db,
    )
    await sql`INSERT INTO report_funding_sources (id, source, name, month_from, month_to, amount_gr, notes, created_at,
        updated_at)
      VALUES (1, 'srodki_wlasne_gminy', '', '2025-01', '2025-12', 12000000, '', ${STAMP}, ${STAMP}),
        (2, 'projekt_ue', 'Aktywni razem — „Łódzkie”', '2025-04', '2025-09', NULL, 'bez kwoty', ${STAMP}, ${STAMP})`.execute(
      db,
    )
  },
  7: async (db) => {
    await sql`INSERT INTO audit_log (id, at, action, subject, detail, user_name)
      VALUES (1, '2025-10-01T08:00:00.000Z', 'zmiana', 'participants:update', '', 'koordynator'),
        (2, '2025-10-01T08:05:00.000Z', 'wydruk', 'dokument:karta-uczestnika', '', 'koordynator')`.execute(db)
    await sql`INSERT INTO audit_log_people (participant_id, entry_id) VALUES (1, 1), (1, 2)`.execute(db)
    await sql`UPDATE retention_periods SET years = 25, confirmed = 1, updated_at = ${STAMP} WHERE record_class = 'kontrakty'`.execute(
      db,
    )
    await sql`INSERT INTO app_lock (id, password_hash, recovery_hash, timeout_min, set_at)
      VALUES (1, '{"alg":"scrypt","N":32768,"r":8,"p":1,"salt":"AAAA","hash":"AAAA"}',
        '{"alg":"scrypt","N":32768,"r":8,"p":1,"salt":"AAAA","hash":"AAAA"}', 15, ${STAMP})`.execute(db)
  },
  // The Polish name order is a generated column of participants: the rows of SEEDS[1] carry it.
  8: async () => undefined,
  10: async (db) => {
    await sql`INSERT INTO report_grants (id, year, name, granted_gr, used_gr, returned_gr, notes, created_at, updated_at)
      VALUES (1, 2024, 'dotacja celowa wojewody łódzkiego', 5000000, 4820050, 179950, '', ${STAMP}, ${STAMP}),
        (2, 2024, 'dotacja — „Aktywni razem”', 1000000, 900000, 0, 'zwrot w toku', ${STAMP}, ${STAMP})`.execute(
      db,
    )
  },
  11: async (db) => {
    await sql`UPDATE psu_porozumienia SET max_months_per_person = 6, refund_amount_gr = 1500000, refund_due_days = 21
      WHERE id = 1`.execute(db)
    await sql`INSERT INTO psu_porozumienie_works (id, porozumienie_id, position, kind, place, host_unit)
      VALUES (1, 1, 1, 'prace porządkowe', 'ul. Szkolna 3, Zgierz', 'Szkoła Podstawowa nr 1'),
        (2, 1, 2, 'pomoc w kuchni', 'ul. Łąkowa 5, Zgierz', 'Przedszkole „Słoneczko”')`.execute(db)
    await sql`UPDATE psu_payout_settings SET gmina_name = 'Gmina Miasto Zgierz',
      gmina_account = 'PL61109010140000071219812874', signatory_name = 'Jan Kowalski',
      signatory_function = 'z up. Prezydenta Miasta Zgierza', list_shows_identifiers = 1 WHERE id = 1`.execute(
      db,
    )
  },
}
