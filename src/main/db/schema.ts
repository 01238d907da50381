// The Kysely view of the database. Money columns end in _gr, minutes in _min, dates are ISO text.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

export interface ParticipantsTable {
  id: Generated<number>
  first_name: string
  last_name: string
  pesel: string | null
  id_document: string | null
  birth_date: string
  sex: 'K' | 'M'
  address: string
  phone: string
  email: string
  admission_date: string
  other_group_reason: string
  therapy_completed: 0 | 1
  notes: string
  status: 'aktywny' | 'zakonczony' | 'archiwalny'
  /** Case- and diacritic-folded names and identifiers, for search in SQL. */
  search_text: string
  /** Folded "nazwisko imię", so Ł sorts beside L rather than after Z. */
  sort_name: string
  created_at: string
  updated_at: string
  /** Set when the identity data was replaced (migration 0007); the record stays for the figures. */
  anonymised_at: Generated<string | null>
}

export interface ParticipantTargetGroupsTable {
  participant_id: number
  target_group: string
}

export interface ParticipantExclusionsTable {
  participant_id: number
  exclusion: string
}

export interface SettingsTable {
  key: string
  /** JSON text. */
  value: string
}

// PSU (migration 0003).
export interface PsuPositionTypesTable {
  id: Generated<number>
  name: string
  /** Folded name: one type per name whatever the case or diacritics. */
  name_key: string
  archived: Generated<0 | 1>
}

export interface PsuWorkplacesTable {
  id: Generated<number>
  name: string
  name_key: string
  address: string
  contact: string
  supervisor_name: string
  supervisor_role: string
  notes: string
  archived: Generated<0 | 1>
  created_at: string
  updated_at: string
}

export interface PsuPositionsTable {
  id: Generated<number>
  workplace_id: number
  type_id: number
  places: number
  description: string
  archived: Generated<0 | 1>
  created_at: string
  updated_at: string
}

export interface PsuPorozumieniaTable {
  id: Generated<number>
  number: string
  number_key: string
  signed_on: string
  period_from: string
  period_to: string
  planned_persons: number
  planned_min: number
  monthly_limit_min: number
  weekly_limit_min: number | null
  /** Basis points: 6000 = 60 %. */
  refund_share_bp: number
  refund_base: 'stawka_minimalna' | 'stawka_wyplacona'
  notes: string
  created_at: string
  updated_at: string
}

export interface PsuPorozumienieRatesTable {
  id: Generated<number>
  porozumienie_id: number
  valid_from: string
  rate_gr: number
}

export interface PsuMinimumRatesTable {
  id: Generated<number>
  valid_from: string
  rate_gr: number
  confidence: 'V' | 'S' | 'U'
  source: string
}

export interface PsuAssignmentsTable {
  id: Generated<number>
  participant_id: number
  position_id: number
  porozumienie_id: number
  skierowanie_number: string
  skierowanie_date: string
  date_from: string
  date_to: string
  end_reason: string
  notes: string
  created_at: string
  updated_at: string
}

export interface PsuEventsTable {
  id: Generated<number>
  kind: 'odmowa' | 'nieobecnosc'
  participant_id: number
  assignment_id: number | null
  porozumienie_id: number | null
  event_date: string
  date_to: string
  skierowanie_number: string
  reason: string
  reported_on: string | null
  created_at: string
  updated_at: string
}

export interface PsuTimesheetsTable {
  id: Generated<number>
  assignment_id: number
  /** YYYY-MM */
  month: string
  status: 'otwarty' | 'zamkniety'
  /** Grows by one on every lock and every reopening. */
  version: number
  locked_at: string | null
  locked_hash: string | null
  created_at: string
  updated_at: string
}

export interface PsuTimesheetDaysTable {
  timesheet_id: number
  day: string
  worked_min: number
  absence: 'choroba' | 'usprawiedliwiona' | 'nieusprawiedliwiona' | null
}

export interface PsuTimesheetLogTable {
  id: Generated<number>
  timesheet_id: number
  action: 'zamkniecie' | 'otwarcie'
  at: string
  by_name: string
  reason: string
  version: number
  content_hash: string
}

export interface PsuPlanItemsTable {
  id: Generated<number>
  year: number
  position_type_id: number
  workplace_id: number | null
  places: number
  persons: number
  hours_min: number
  notes: string
}

export interface PsuSettingsTable {
  id: number
  sheet_pesel: 'brak' | 'koncowka'
  coordinator_name: string
}

// KIS programme (migration 0002).
export interface StaffMembersTable {
  id: Generated<number>
  full_name: string
  position: string
  phone: string
  active: 0 | 1
  created_at: string
  updated_at: string
}

export interface ParticipationsTable {
  id: Generated<number>
  participant_id: number
  start_date: string
  referral_kind: 'ops' | 'pup'
  referring_worker_id: number | null
  pup_referral_number: string | null
  pup_referral_date: string | null
  other_group_reason: string
  notes: string
  end_date: string | null
  end_reason: 'ukonczenie' | 'zatrudnienie' | 'przerwanie_kontrakt' | 'rezygnacja' | 'inne' | null
  employment_date: string | null
  end_notes: string
  created_at: string
  updated_at: string
}

export interface ParticipationTargetGroupsTable {
  participation_id: number
  target_group: string
}

export interface KontraktyTable {
  id: Generated<number>
  participation_id: number
  variant: 'A' | 'B'
  number: string
  number_year: number
  number_seq: number
  concluded_on: string
  place: string
  social_worker_id: number
  situation_causes: string
  strengths: string
  limitations: string
  unemployment_causes: string
  barriers: string
  earlier_activation: string
  main_goal: string
  expected_effects: string
  end_date: string
  signed_at: string | null
  created_at: string
  updated_at: string
}

export interface KontraktFamilyMembersTable {
  id: Generated<number>
  kontrakt_id: number
  position: number
  full_name: string
  pesel: string | null
  relation: string
  address: string
}

export interface KontraktGoalsTable {
  id: Generated<number>
  kontrakt_id: number
  position: number
  text: string
}

export interface KontraktActionsTable {
  id: Generated<number>
  kontrakt_id: number
  side: 'osoba' | 'osrodek'
  position: number
  description: string
  deadline: string
  responsible: string
  status: 'zaplanowane' | 'w_trakcie' | 'wykonane' | 'niewykonane'
}

export interface KontraktAneksyTable {
  id: Generated<number>
  kontrakt_id: number
  number: number
  aneks_date: string
  description: string
  /** JSON array of Polish lines describing each change. */
  changes_json: string
  /** JSON of the kontrakt's terms before and after the aneks: the history of what was agreed. */
  before_json: string
  after_json: string
  created_at: string
}

export interface KontraktEvaluationsTable {
  id: Generated<number>
  kontrakt_id: number
  evaluated_on: string
  summary: string
  created_at: string
}

export interface KontraktEvaluationGoalsTable {
  evaluation_id: number
  goal_id: number
  /** The goal as worded when it was evaluated (an aneks may reword it later). */
  goal_text: string
  achievement: 'osiagniety' | 'czesciowo' | 'nieosiagniety'
  comment: string
}

export interface GroupClassesTable {
  id: Generated<number>
  held_on: string
  topic: string
  leader: string
  notes: string
  created_at: string
  updated_at: string
}

export interface ActivitiesTable {
  id: Generated<number>
  participant_id: number
  participation_id: number
  kind: string
  activity_date: string
  end_date: string | null
  staff_member_id: number | null
  group_class_id: number | null
  provider: string
  topic: string
  organization: string
  project_name: string
  employment_form: 'umowa_o_prace' | 'umowa_cywilnoprawna' | null
  benefit_name: string
  notes: string
  created_at: string
}

// PSU payouts and refunds (migration 0005).
export interface PsuPayoutSettingsTable {
  id: number
  refund_due_days: number
  pup_name: string
  pup_address: string
  prepared_by: string
  checked_by: string
  approved_by: string
}

export interface PsuPaymentDetailsTable {
  participant_id: number
  payment_form: 'gotowka' | 'przelew'
  /** Electronic IBAN "PL" + 26 digits, checksum-valid. */
  account_iban: string | null
  updated_at: string
}

export interface PsuPayoutListsTable {
  id: Generated<number>
  year: number
  seq: number
  number: string
  porozumienie_id: number
  /** YYYY-MM */
  month: string
  status: 'projekt' | 'zatwierdzona' | 'wyplacona' | 'anulowana'
  refund_base: 'stawka_minimalna' | 'stawka_wyplacona'
  refund_share_bp: number
  computed_at: string
  approved_at: string | null
  approved_by: string
  paid_at: string | null
  cancelled_at: string | null
  cancel_reason: string
  created_at: string
  updated_at: string
}

export interface PsuPayoutListSourcesTable {
  list_id: number
  timesheet_id: number
  version: number
}

export interface PsuPayoutItemsTable {
  id: Generated<number>
  list_id: number
  participant_id: number
  first_name: string
  last_name: string
  worked_min: number
  amount_gr: number
  refund_gr: number
  payment_form: 'gotowka' | 'przelew'
  account_iban: string | null
  paid_on: string | null
  paid_form: 'gotowka' | 'przelew' | null
}

export interface PsuPayoutItemPositionsTable {
  item_id: number
  assignment_id: number
  position_id: number
  position_type: string
  workplace: string
  worked_min: number
}

export interface PsuPayoutItemRatesTable {
  item_id: number
  kind: 'swiadczenie' | 'minimalna'
  valid_from: string
  rate_gr: number
  minutes: number
}

export interface PsuRefundRequestsTable {
  id: Generated<number>
  year: number
  seq: number
  number: string
  porozumienie_id: number
  requested_on: string
  due_on: string
  requested_gr: number
  status: 'zlozony' | 'otrzymany' | 'anulowany'
  received_on: string | null
  received_gr: number | null
  cancel_reason: string
  created_at: string
  updated_at: string
}

export interface PsuRefundRequestListsTable {
  request_id: number
  list_id: number
  active: 0 | 1
}

// Reports (migration 0006).
export interface KisStaffEngagementsTable {
  id: Generated<number>
  staff_member_id: number
  kis_role: string
  basis: 'umowa_o_prace' | 'umowa_zlecenie' | 'umowa_o_dzielo' | 'powolanie' | 'wolontariat' | 'inne'
  /** Fraction of a full-time post in thousandths (500 = ½ etatu). */
  fte_permille: number | null
  monthly_min: number | null
  date_from: string
  date_to: string | null
  notes: string
  created_at: string
  updated_at: string
}

export interface ReportFundingSourcesTable {
  id: Generated<number>
  source: 'srodki_wlasne_gminy' | 'fundusz_pracy' | 'projekt_ue' | 'dotacja_wojewody' | 'inne'
  name: string
  /** YYYY-MM */
  month_from: string
  month_to: string
  amount_gr: number | null
  notes: string
  created_at: string
  updated_at: string
}

// Personal data (migration 0007).
export interface AuditLogTable {
  id: Generated<number>
  at: string
  action: string
  subject: string
  detail: string
  user_name: string
}

export interface AuditLogPeopleTable {
  participant_id: number
  entry_id: number
}

export interface RetentionPeriodsTable {
  record_class: 'uczestnictwo' | 'kontrakty' | 'psu' | 'wyplaty'
  years: number
  confirmed: 0 | 1
  updated_at: string
}

export interface AppLockTable {
  id: number
  password_hash: string
  recovery_hash: string
  timeout_min: number
  set_at: string
}

export interface Database {
  participants: ParticipantsTable
  participant_target_groups: ParticipantTargetGroupsTable
  participant_exclusions: ParticipantExclusionsTable
  settings: SettingsTable
  staff_members: StaffMembersTable
  participations: ParticipationsTable
  participation_target_groups: ParticipationTargetGroupsTable
  kontrakty: KontraktyTable
  kontrakt_family_members: KontraktFamilyMembersTable
  kontrakt_goals: KontraktGoalsTable
  kontrakt_actions: KontraktActionsTable
  kontrakt_aneksy: KontraktAneksyTable
  kontrakt_evaluations: KontraktEvaluationsTable
  kontrakt_evaluation_goals: KontraktEvaluationGoalsTable
  group_classes: GroupClassesTable
  activities: ActivitiesTable
  psu_position_types: PsuPositionTypesTable
  psu_workplaces: PsuWorkplacesTable
  psu_positions: PsuPositionsTable
  psu_porozumienia: PsuPorozumieniaTable
  psu_porozumienie_rates: PsuPorozumienieRatesTable
  psu_minimum_rates: PsuMinimumRatesTable
  psu_assignments: PsuAssignmentsTable
  psu_events: PsuEventsTable
  psu_timesheets: PsuTimesheetsTable
  psu_timesheet_days: PsuTimesheetDaysTable
  psu_timesheet_log: PsuTimesheetLogTable
  psu_plan_items: PsuPlanItemsTable
  psu_settings: PsuSettingsTable
  psu_payout_settings: PsuPayoutSettingsTable
  psu_payment_details: PsuPaymentDetailsTable
  psu_payout_lists: PsuPayoutListsTable
  psu_payout_list_sources: PsuPayoutListSourcesTable
  psu_payout_items: PsuPayoutItemsTable
  psu_payout_item_positions: PsuPayoutItemPositionsTable
  psu_payout_item_rates: PsuPayoutItemRatesTable
  psu_refund_requests: PsuRefundRequestsTable
  psu_refund_request_lists: PsuRefundRequestListsTable
  kis_staff_engagements: KisStaffEngagementsTable
  report_funding_sources: ReportFundingSourcesTable
  audit_log: AuditLogTable
  audit_log_people: AuditLogPeopleTable
  retention_periods: RetentionPeriodsTable
  app_lock: AppLockTable
}

export type ParticipantRowDb = Selectable<ParticipantsTable>
export type NewParticipantDb = Insertable<ParticipantsTable>
export type ParticipantUpdateDb = Updateable<ParticipantsTable>
