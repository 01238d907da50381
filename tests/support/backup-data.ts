// Test helpers for backups and restore: participants written through the real service, and what a
// database holds (every table's row count) to compare before and after.
import type { Kysely } from 'kysely'
import { participantInput, type ParticipantForm } from '../../src/shared/participant.schema'
import { createParticipantsService } from '../../src/main/participants/participants.service'
import type { AppDatabase } from '../../src/main/db/connection'
import type { Database } from '../../src/main/db/schema'
import { makePesel } from './pesel-factory'

let serial = 0

/** A participant as the form sends it, with a fresh valid PESEL; `overrides` change any field. */
export function participantForm(overrides: Partial<ParticipantForm> = {}): ParticipantForm {
  return {
    firstName: 'Anna',
    lastName: 'Kowalska',
    identityKind: 'pesel',
    pesel: makePesel('1981-03-14', 'K', ++serial % 1000),
    idDocument: '',
    birthDate: '',
    sex: '',
    address: 'ul. Długa 1, Łódź',
    phone: '',
    email: '',
    admissionDate: '2025-09-01',
    targetGroups: ['dlugotrwale_bezrobotni'],
    otherGroupReason: '',
    exclusions: [],
    therapyCompleted: false,
    notes: '',
    status: 'aktywny',
    ...overrides,
  }
}

export async function addParticipant(db: Kysely<Database>, lastName: string, firstName = 'Anna') {
  return createParticipantsService(db).create(
    participantInput.parse(participantForm({ lastName, firstName })),
  )
}

export function lastNames(database: AppDatabase): string[] {
  return database.sqlite.prepare('SELECT last_name FROM participants ORDER BY id').pluck().all() as string[]
}

/** Row count of every table: equal before and after means no row was added, changed away or lost. */
export function rowCounts(database: AppDatabase): Record<string, number> {
  const tables = database.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((t) => [t, database.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  )
}
