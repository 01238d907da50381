// The staff list: social workers chosen on kontrakty, referrals and sessions. A member who is
// referred to anywhere is deactivated, never deleted, so history keeps its names.
import { comparePolish } from '@shared/text'
import type { Kysely } from 'kysely'
import type { StaffData, StaffRecord } from '@shared/staff.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import * as repo from './staff.repo'

export type StaffService = ReturnType<typeof createStaffService>

export function createStaffService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  async function load(executor: Kysely<Database>, id: number): Promise<StaffRecord> {
    const row = await repo.findById(executor, id)
    if (!row) throw notFound(`pracownik o numerze ${id}`)
    return toRecord(row)
  }

  return {
    async list(includeInactive: boolean): Promise<StaffRecord[]> {
      // Active first, each part in Polish alphabetical order.
      return (await repo.findAll(db, includeInactive))
        .map(toRecord)
        .sort((a, b) => Number(b.active) - Number(a.active) || comparePolish(a.fullName, b.fullName))
    },

    get(id: number): Promise<StaffRecord> {
      return load(db, id)
    },

    /** A member who may be chosen for new records: exists and is active. */
    async requireActive(executor: Kysely<Database>, id: number, field: string): Promise<StaffRecord> {
      const row = await repo.findById(executor, id)
      if (!row || row.active === 0) {
        const message = row
          ? `Pracownik ${row.fullName} jest nieaktywny — wybierz innego albo przywróć go w Ustawieniach.`
          : 'Wybranego pracownika nie ma na liście — odśwież formularz.'
        throw new DomainError('INVALID_INPUT', message, { [field]: message })
      }
      return toRecord(row)
    },

    create(data: StaffData): Promise<StaffRecord> {
      return db.transaction().execute(async (trx) => {
        const stamp = now().toISOString()
        const id = await repo.insert(trx, { ...toColumns(data), created_at: stamp, updated_at: stamp })
        return load(trx, id)
      })
    },

    update(id: number, data: StaffData): Promise<StaffRecord> {
      return db.transaction().execute(async (trx) => {
        await load(trx, id)
        await repo.update(trx, id, { ...toColumns(data), updated_at: now().toISOString() })
        return load(trx, id)
      })
    },

    remove(id: number): Promise<{ id: number }> {
      return db.transaction().execute(async (trx) => {
        const member = await load(trx, id)
        if (member.inUse) {
          throw new DomainError(
            'CONFLICT',
            `Nie można usunąć pracownika ${member.fullName}: występuje w kontraktach, skierowaniach, wsparciu lub w zatrudnieniu w KIS (Sprawozdania → Dane do sprawozdań). ` +
              'Oznacz go jako nieaktywnego — historia zachowa nazwisko.',
          )
        }
        await repo.remove(trx, id)
        return { id }
      })
    },
  }
}

function toColumns(data: StaffData) {
  return {
    full_name: data.fullName,
    position: data.position,
    phone: data.phone,
    active: data.active ? (1 as const) : (0 as const),
  }
}

function toRecord(row: repo.StaffRow): StaffRecord {
  return {
    id: row.id,
    fullName: row.fullName,
    position: row.position,
    phone: row.phone,
    active: row.active === 1,
    inUse: row.inUse === 1,
  }
}
