// KIS programme tables (migration 0002): staff, participations, kontrakty with their terms, support.
import type { Generated } from 'kysely'

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
