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

export interface Database {
  participants: ParticipantsTable
  participant_target_groups: ParticipantTargetGroupsTable
  participant_exclusions: ParticipantExclusionsTable
  settings: SettingsTable
}

export type ParticipantRowDb = Selectable<ParticipantsTable>
export type NewParticipantDb = Insertable<ParticipantsTable>
export type ParticipantUpdateDb = Updateable<ParticipantsTable>
