// PSU tables (migration 0003): workplaces, positions, porozumienia with rates, assignments, timesheets.
import type { Generated } from 'kysely'

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
  // Migration 0011: § 3 of the 2017 regulation and the 2025 act's maximum duration.
  max_months_per_person: number | null
  refund_amount_gr: number | null
  /** Days from the request; the column has a default for rows inserted without it. */
  refund_due_days: Generated<number>
}

/** Kinds of work with their places and host units, as the porozumienie lists them (migration 0011). */
export interface PsuPorozumienieWorksTable {
  id: Generated<number>
  porozumienie_id: number
  position: number
  kind: string
  place: string
  host_unit: string
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
