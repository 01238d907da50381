// Everything the office holds on one person, section by section: the query (the person's id is its
// one parameter) and each column's Polish label and kind. The JSON keeps the raw values under the
// column names; the XLSX and the PDF show the labels and formatted values — one list serves all three.
import { EXCLUSIONS, TARGET_GROUPS, type TargetGroup } from '@shared/eligibility'
import { ACTIVITY_KINDS } from '@shared/activity.schema'
import { END_REASONS, EMPLOYMENT_FORMS, REFERRAL_KINDS } from '@shared/participation.schema'
import { ACHIEVEMENTS, ACTION_SIDES, ACTION_STATUSES } from '@shared/kontrakt.schema'
import { PARTICIPANT_STATUS_LABELS } from '@shared/participant.schema'
import { AUDIT_ACTION_LABELS } from '@shared/audit.schema'
import { subjectLabel } from '../audit/audit-subjects'

export type ColumnKind =
  | 'text'
  | 'date'
  | 'datetime'
  | 'money'
  | 'minutes'
  | 'yesno'
  | Record<string, string>
  | ((value: string) => string)

export interface SectionColumn {
  column: string
  label: string
  kind?: ColumnKind
}

export interface PersonSection {
  key: string
  title: string
  /** Tables whose rows this section shows (the completeness test checks every person table is here). */
  tables: string[]
  /** 'records': one block of label–value pairs per row; 'table': one table row per row. */
  layout: 'records' | 'table'
  /** The person's id binds every `?`. */
  sql: string
  columns: SectionColumn[]
}

const labels = (map: Record<string, string | { label: string }>) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [k, typeof v === 'string' ? v : v.label]))

const PARTICIPATIONS_OF = 'SELECT id FROM participations WHERE participant_id = ?'
const KONTRAKTY_OF = `SELECT k.id FROM kontrakty k JOIN participations p ON p.id = k.participation_id WHERE p.participant_id = ?`
const col = (column: string, label: string, kind?: ColumnKind): SectionColumn => ({ column, label, kind })

export const PERSON_SECTIONS: readonly PersonSection[] = [
  {
    key: 'rejestr',
    title: 'Dane w rejestrze uczestników',
    tables: ['participants'],
    layout: 'records',
    sql: `SELECT * FROM participants WHERE id = ?`,
    columns: [
      col('id', 'Nr w rejestrze'),
      col('last_name', 'Nazwisko'),
      col('first_name', 'Imię'),
      col('pesel', 'PESEL'),
      col('id_document', 'Dokument tożsamości'),
      col('birth_date', 'Data urodzenia', 'date'),
      col('sex', 'Płeć', { K: 'kobieta', M: 'mężczyzna' }),
      col('address', 'Adres'),
      col('phone', 'Telefon'),
      col('email', 'E-mail'),
      col('admission_date', 'Data przyjęcia do KIS', 'date'),
      col('status', 'Status', PARTICIPANT_STATUS_LABELS),
      col('therapy_completed', 'Ukończona terapia', 'yesno'),
      col('other_group_reason', 'Powód (grupa „inna”)'),
      col('notes', 'Uwagi'),
      col('created_at', 'Wpis utworzono', 'datetime'),
      col('updated_at', 'Ostatnia zmiana', 'datetime'),
    ],
  },
  {
    key: 'grupy',
    title: 'Grupy docelowe i wykluczenia w rejestrze',
    tables: ['participant_target_groups', 'participant_exclusions'],
    layout: 'table',
    sql: `SELECT 'grupa docelowa' AS what, target_group AS code FROM participant_target_groups WHERE participant_id = ?
          UNION ALL SELECT 'wykluczenie', exclusion FROM participant_exclusions WHERE participant_id = ?`,
    columns: [col('what', 'Rodzaj'), col('code', 'Wpis', { ...TARGET_GROUPS, ...EXCLUSIONS })],
  },
  {
    key: 'uczestnictwa',
    title: 'Uczestnictwo w KIS',
    tables: ['participations', 'participation_target_groups'],
    layout: 'records',
    sql: `SELECT p.*, (SELECT group_concat(target_group, ', ') FROM participation_target_groups g
            WHERE g.participation_id = p.id) AS target_groups,
            (SELECT full_name FROM staff_members s WHERE s.id = p.referring_worker_id) AS referring_worker
          FROM participations p WHERE p.participant_id = ? ORDER BY p.start_date`,
    columns: [
      col('id', 'Nr uczestnictwa'),
      col('start_date', 'Początek', 'date'),
      col('referral_kind', 'Skierowanie', labels(REFERRAL_KINDS)),
      col('referring_worker', 'Kierujący pracownik'),
      col('pup_referral_number', 'Nr skierowania z PUP'),
      col('pup_referral_date', 'Data skierowania z PUP', 'date'),
      col('target_groups', 'Grupy docelowe', (codes) =>
        codes
          .split(', ')
          .map((g) => TARGET_GROUPS[g as TargetGroup] ?? g)
          .join('; '),
      ),
      col('other_group_reason', 'Powód (grupa „inna”)'),
      col('notes', 'Uwagi'),
      col('end_date', 'Koniec', 'date'),
      col('end_reason', 'Przyczyna zakończenia', END_REASONS),
      col('employment_date', 'Data zatrudnienia', 'date'),
      col('end_notes', 'Uwagi do zakończenia'),
    ],
  },
  {
    key: 'kontrakty',
    title: 'Kontrakty socjalne',
    tables: ['kontrakty'],
    layout: 'records',
    sql: `SELECT k.*, s.full_name AS social_worker FROM kontrakty k JOIN staff_members s ON s.id = k.social_worker_id
          WHERE k.participation_id IN (${PARTICIPATIONS_OF}) ORDER BY k.concluded_on`,
    columns: [
      col('number', 'Numer'),
      col('variant', 'Wariant'),
      col('concluded_on', 'Zawarty', 'date'),
      col('place', 'Miejsce'),
      col('social_worker', 'Pracownik socjalny'),
      col('situation_causes', 'Przyczyny trudnej sytuacji'),
      col('strengths', 'Mocne strony i zasoby'),
      col('limitations', 'Ograniczenia'),
      col('unemployment_causes', 'Przyczyny bezrobocia'),
      col('barriers', 'Bariery'),
      col('earlier_activation', 'Wcześniejsze próby aktywizacji'),
      col('main_goal', 'Cel główny'),
      col('expected_effects', 'Przewidywane efekty'),
      col('end_date', 'Obowiązuje do', 'date'),
      col('signed_at', 'Podpisany', 'date'),
    ],
  },
  {
    key: 'kontrakty-osoby',
    title: 'Kontrakty — członkowie rodziny',
    tables: ['kontrakt_family_members'],
    layout: 'table',
    sql: `SELECT k.number, f.full_name, f.pesel, f.relation, f.address FROM kontrakt_family_members f
          JOIN kontrakty k ON k.id = f.kontrakt_id WHERE f.kontrakt_id IN (${KONTRAKTY_OF}) ORDER BY k.id, f.position`,
    columns: [
      col('number', 'Kontrakt'),
      col('full_name', 'Imię i nazwisko'),
      col('pesel', 'PESEL'),
      col('relation', 'Pokrewieństwo'),
      col('address', 'Adres'),
    ],
  },
  {
    key: 'kontrakty-cele',
    title: 'Kontrakty — cele szczegółowe i działania',
    tables: ['kontrakt_goals', 'kontrakt_actions'],
    layout: 'table',
    sql: `SELECT k.number, 'cel' AS side, g.text AS description, NULL AS deadline, '' AS responsible, NULL AS status
            FROM kontrakt_goals g JOIN kontrakty k ON k.id = g.kontrakt_id WHERE g.kontrakt_id IN (${KONTRAKTY_OF})
          UNION ALL
          SELECT k.number, a.side, a.description, a.deadline, a.responsible, a.status
            FROM kontrakt_actions a JOIN kontrakty k ON k.id = a.kontrakt_id WHERE a.kontrakt_id IN (${KONTRAKTY_OF})`,
    columns: [
      col('number', 'Kontrakt'),
      col('side', 'Rodzaj', { cel: 'cel szczegółowy', ...labels(ACTION_SIDES) }),
      col('description', 'Treść'),
      col('deadline', 'Termin', 'date'),
      col('responsible', 'Odpowiedzialny'),
      col('status', 'Stan', labels(ACTION_STATUSES)),
    ],
  },
  {
    key: 'aneksy',
    title: 'Aneksy do kontraktów',
    tables: ['kontrakt_aneksy'],
    layout: 'records',
    sql: `SELECT k.number AS kontrakt, x.number, x.aneks_date, x.description,
            (SELECT group_concat(value, '; ') FROM json_each(x.changes_json)) AS changes
          FROM kontrakt_aneksy x JOIN kontrakty k ON k.id = x.kontrakt_id
          WHERE x.kontrakt_id IN (${KONTRAKTY_OF}) ORDER BY x.aneks_date, x.number`,
    columns: [
      col('kontrakt', 'Kontrakt'),
      col('number', 'Nr aneksu'),
      col('aneks_date', 'Data', 'date'),
      col('description', 'Opis'),
      col('changes', 'Zmiany'),
    ],
  },
  {
    key: 'oceny',
    title: 'Oceny realizacji kontraktów',
    tables: ['kontrakt_evaluations', 'kontrakt_evaluation_goals'],
    layout: 'table',
    sql: `SELECT k.number, e.evaluated_on, e.summary, g.goal_text, g.achievement, g.comment
          FROM kontrakt_evaluations e JOIN kontrakty k ON k.id = e.kontrakt_id
          LEFT JOIN kontrakt_evaluation_goals g ON g.evaluation_id = e.id
          WHERE e.kontrakt_id IN (${KONTRAKTY_OF}) ORDER BY e.evaluated_on, g.goal_id`,
    columns: [
      col('number', 'Kontrakt'),
      col('evaluated_on', 'Data oceny', 'date'),
      col('summary', 'Podsumowanie'),
      col('goal_text', 'Cel'),
      col('achievement', 'Osiągnięcie', labels(ACHIEVEMENTS)),
      col('comment', 'Komentarz'),
    ],
  },
  {
    key: 'wsparcie',
    title: 'Działania wspierające',
    tables: ['activities'],
    layout: 'table',
    sql: `SELECT a.*, s.full_name AS staff_name, c.topic AS class_topic FROM activities a
          LEFT JOIN staff_members s ON s.id = a.staff_member_id LEFT JOIN group_classes c ON c.id = a.group_class_id
          WHERE a.participant_id = ? ORDER BY a.activity_date, a.id`,
    columns: [
      col('activity_date', 'Data', 'date'),
      col('end_date', 'Do', 'date'),
      col('kind', 'Forma', ACTIVITY_KINDS),
      col('staff_name', 'Pracownik'),
      col('provider', 'Prowadzący'),
      col('topic', 'Temat'),
      col('class_topic', 'Zajęcia grupowe'),
      col('organization', 'Organizacja / pracodawca'),
      col('project_name', 'Projekt'),
      col('employment_form', 'Forma zatrudnienia', EMPLOYMENT_FORMS),
      col('benefit_name', 'Świadczenie'),
      col('notes', 'Uwagi'),
    ],
  },
  {
    key: 'psu-przydzialy',
    title: 'Przydziały do prac społecznie użytecznych',
    tables: ['psu_assignments'],
    layout: 'table',
    sql: `SELECT a.*, t.name AS position_type, w.name AS workplace, z.number AS porozumienie FROM psu_assignments a
          JOIN psu_positions p ON p.id = a.position_id JOIN psu_position_types t ON t.id = p.type_id
          JOIN psu_workplaces w ON w.id = p.workplace_id JOIN psu_porozumienia z ON z.id = a.porozumienie_id
          WHERE a.participant_id = ? ORDER BY a.date_from`,
    columns: [
      col('position_type', 'Stanowisko'),
      col('workplace', 'Miejsce pracy'),
      col('porozumienie', 'Porozumienie'),
      col('skierowanie_number', 'Skierowanie nr'),
      col('skierowanie_date', 'Skierowanie z dnia', 'date'),
      col('date_from', 'Od', 'date'),
      col('date_to', 'Do', 'date'),
      col('end_reason', 'Przyczyna zakończenia'),
      col('notes', 'Uwagi'),
    ],
  },
  {
    key: 'psu-zdarzenia',
    title: 'PSU — odmowy i nieobecności',
    tables: ['psu_events'],
    layout: 'table',
    sql: `SELECT * FROM psu_events WHERE participant_id = ? ORDER BY event_date`,
    columns: [
      col('kind', 'Rodzaj', { odmowa: 'odmowa', nieobecnosc: 'nieobecność' }),
      col('event_date', 'Od', 'date'),
      col('date_to', 'Do', 'date'),
      col('skierowanie_number', 'Skierowanie nr'),
      col('reason', 'Przyczyna'),
      col('reported_on', 'Zgłoszono do PUP', 'date'),
    ],
  },
  {
    key: 'psu-godziny',
    title: 'Karty ewidencji godzin PSU',
    tables: ['psu_timesheets', 'psu_timesheet_days'],
    layout: 'table',
    sql: `SELECT t.month, d.day, d.worked_min, d.absence, t.status FROM psu_timesheets t
          JOIN psu_assignments a ON a.id = t.assignment_id JOIN psu_timesheet_days d ON d.timesheet_id = t.id
          WHERE a.participant_id = ? ORDER BY d.day`,
    columns: [
      col('month', 'Miesiąc'),
      col('day', 'Dzień', 'date'),
      col('worked_min', 'Godziny', 'minutes'),
      col('absence', 'Nieobecność', {
        choroba: 'choroba',
        usprawiedliwiona: 'usprawiedliwiona',
        nieusprawiedliwiona: 'nieusprawiedliwiona',
      }),
      col('status', 'Karta', { otwarty: 'otwarta', zamkniety: 'zamknięta' }),
    ],
  },
  {
    key: 'psu-karty-historia',
    title: 'Karty PSU — zamknięcia i otwarcia',
    tables: ['psu_timesheet_log'],
    layout: 'table',
    sql: `SELECT t.month, l.action, l.at, l.by_name, l.reason FROM psu_timesheet_log l
          JOIN psu_timesheets t ON t.id = l.timesheet_id JOIN psu_assignments a ON a.id = t.assignment_id
          WHERE a.participant_id = ? ORDER BY l.id`,
    columns: [
      col('month', 'Miesiąc'),
      col('action', 'Czynność', { zamkniecie: 'zamknięcie', otwarcie: 'otwarcie' }),
      col('at', 'Kiedy', 'datetime'),
      col('by_name', 'Kto'),
      col('reason', 'Powód'),
    ],
  },
  {
    key: 'wyplata-forma',
    title: 'Forma wypłaty świadczenia PSU',
    tables: ['psu_payment_details'],
    layout: 'table',
    sql: `SELECT * FROM psu_payment_details WHERE participant_id = ?`,
    columns: [
      col('payment_form', 'Forma', { gotowka: 'gotówka', przelew: 'przelew' }),
      col('account_iban', 'Rachunek'),
      col('updated_at', 'Zmieniono', 'datetime'),
    ],
  },
  {
    key: 'wyplaty',
    title: 'Wypłaty świadczenia PSU',
    tables: ['psu_payout_items', 'psu_payout_item_positions', 'psu_payout_item_rates'],
    layout: 'table',
    sql: `SELECT l.number, l.month, l.status, i.worked_min, i.amount_gr, i.refund_gr, i.payment_form, i.account_iban,
            i.paid_on, (SELECT group_concat(position_type || ' — ' || workplace, '; ') FROM psu_payout_item_positions ip
              WHERE ip.item_id = i.id) AS positions,
            (SELECT group_concat(CASE kind WHEN 'swiadczenie' THEN 'stawka' ELSE 'minimalna' END
                || printf(' %d,%02d zł/h od ', rate_gr / 100, rate_gr % 100) || strftime('%d.%m.%Y', valid_from), '; ')
              FROM psu_payout_item_rates ir
              WHERE ir.item_id = i.id) AS rates
          FROM psu_payout_items i JOIN psu_payout_lists l ON l.id = i.list_id WHERE i.participant_id = ?
          ORDER BY l.month, l.id`,
    columns: [
      col('number', 'Lista'),
      col('month', 'Miesiąc'),
      col('status', 'Status listy', {
        projekt: 'projekt',
        zatwierdzona: 'zatwierdzona',
        wyplacona: 'wypłacona',
        anulowana: 'anulowana',
      }),
      col('worked_min', 'Godziny', 'minutes'),
      col('amount_gr', 'Kwota', 'money'),
      col('refund_gr', 'Refundacja', 'money'),
      col('payment_form', 'Forma', { gotowka: 'gotówka', przelew: 'przelew' }),
      col('account_iban', 'Rachunek'),
      col('paid_on', 'Wypłacono', 'date'),
      col('positions', 'Stanowiska'),
      col('rates', 'Stawki'),
    ],
  },
  {
    key: 'rejestr-czynnosci',
    title: 'Czynności dotyczące osoby (rejestr czynności)',
    tables: ['audit_log_people'],
    layout: 'table',
    sql: `SELECT e.id, e.at, e.action, e.subject, e.user_name FROM audit_log e
          JOIN audit_log_people p ON p.entry_id = e.id WHERE p.participant_id = ? ORDER BY e.id`,
    columns: [
      col('id', 'Nr wpisu'),
      col('at', 'Kiedy', 'datetime'),
      col('action', 'Czynność', AUDIT_ACTION_LABELS),
      col('subject', 'Czego dotyczy', subjectLabel),
      col('user_name', 'Użytkownik'),
    ],
  },
]
