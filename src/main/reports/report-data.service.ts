// The report data no other screen keeps: who works in the KIS on what basis and time, the funding
// sources by months (migration 0006) and the grants with their settlement (0010) — entered on
// Sprawozdania → Dane do sprawozdań.
import type { Kysely } from 'kysely'
import type {
  FundingData,
  FundingRecord,
  StaffEngagementData,
  StaffEngagementRecord,
} from '@shared/reports.schema'
import type { GrantData, GrantRecord } from '@shared/report-grants'
import type { Database } from '../db/schema'
import { notFound } from '../errors'
import * as repo from './report-data.repo'

export function createReportDataService(db: Kysely<Database>, now: () => Date) {
  return {
    async listStaff(): Promise<StaffEngagementRecord[]> {
      return repo.allEngagements(db)
    },

    saveStaff(data: StaffEngagementData): Promise<StaffEngagementRecord> {
      return db.transaction().execute(async (trx) => {
        if (!(await repo.staffMemberExists(trx, data.staffMemberId))) {
          throw notFound(`pracownik o numerze ${data.staffMemberId}`)
        }
        const stamp = now().toISOString()
        const row = {
          staff_member_id: data.staffMemberId,
          kis_role: data.kisRole,
          basis: data.basis,
          fte_permille: data.ftePermille,
          monthly_min: data.monthlyMin,
          date_from: data.dateFrom,
          date_to: data.dateTo,
          notes: data.notes,
          updated_at: stamp,
        }
        let id = data.id
        if (id === null) id = await repo.insertEngagement(trx, { ...row, created_at: stamp })
        else if ((await repo.updateEngagement(trx, id, row)) === 0)
          throw notFound(`zatrudnienie w KIS nr ${id}`)
        return (await repo.findEngagement(trx, id))!
      })
    },

    async removeStaff(id: number): Promise<{ id: number }> {
      if ((await repo.removeEngagement(db, id)) === 0) throw notFound(`zatrudnienie w KIS nr ${id}`)
      return { id }
    },

    async listFunding(): Promise<FundingRecord[]> {
      return repo.allFunding(db)
    },

    async saveFunding(data: FundingData): Promise<FundingRecord> {
      const stamp = now().toISOString()
      const row = {
        source: data.source,
        name: data.name,
        month_from: data.monthFrom,
        month_to: data.monthTo,
        amount_gr: data.amountGr,
        notes: data.notes,
        updated_at: stamp,
      }
      let id = data.id
      if (id === null) id = await repo.insertFunding(db, { ...row, created_at: stamp })
      else if ((await repo.updateFunding(db, id, row)) === 0) throw notFound(`źródło finansowania nr ${id}`)
      return (await repo.findFunding(db, id))!
    },

    async removeFunding(id: number): Promise<{ id: number }> {
      if ((await repo.removeFunding(db, id)) === 0) throw notFound(`źródło finansowania nr ${id}`)
      return { id }
    },

    async listGrants(): Promise<GrantRecord[]> {
      return repo.allGrants(db)
    },

    /** An unbalanced settlement is saved as typed: the report flags it (grantUnsettledGr). */
    async saveGrant(data: GrantData): Promise<GrantRecord> {
      const stamp = now().toISOString()
      const row = {
        year: data.year,
        name: data.name,
        granted_gr: data.grantedGr,
        used_gr: data.usedGr,
        returned_gr: data.returnedGr,
        notes: data.notes,
        updated_at: stamp,
      }
      let id = data.id
      if (id === null) id = await repo.insertGrant(db, { ...row, created_at: stamp })
      else if ((await repo.updateGrant(db, id, row)) === 0) throw notFound(`dotacja nr ${id}`)
      return (await repo.findGrant(db, id))!
    },

    async removeGrant(id: number): Promise<{ id: number }> {
      if ((await repo.removeGrant(db, id)) === 0) throw notFound(`dotacja nr ${id}`)
      return { id }
    },
  }
}
