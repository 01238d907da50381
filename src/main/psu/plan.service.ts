// The yearly PSU needs plan (types, places, persons, hours; due by 31 January) and the PSU settings.
import type { Kysely } from 'kysely'
import type { PlanInput, PlanRecord, PsuSettings } from '@shared/psu-plan.schema'
import type { Database } from '../db/schema'
import { DomainError } from '../errors'
import * as repo from './plan.repo'

export type PlanService = ReturnType<typeof createPlanService>

export function createPlanService(db: Kysely<Database>) {
  async function load(executor: Kysely<Database>, year: number): Promise<PlanRecord> {
    const rows = await repo.itemsOf(executor, year)
    return {
      year,
      items: rows.map((r) => ({
        positionTypeId: r.positionTypeId,
        positionTypeName: r.typeName,
        workplaceId: r.workplaceId,
        workplaceName: r.workplaceName,
        places: r.places,
        persons: r.persons,
        hoursMin: r.hoursMin,
        notes: r.notes,
      })),
    }
  }

  return {
    get(year: number): Promise<PlanRecord> {
      return load(db, year)
    },

    save(input: PlanInput): Promise<PlanRecord> {
      return db.transaction().execute(async (trx) => {
        const types = await repo.typeIds(trx, [...new Set(input.items.map((i) => i.positionTypeId))])
        const places = await repo.workplaceIds(trx, [
          ...new Set(input.items.flatMap((i) => (i.workplaceId === null ? [] : [i.workplaceId]))),
        ])
        input.items.forEach((item, n) => {
          if (!types.has(item.positionTypeId)) {
            throw new DomainError(
              'NOT_FOUND',
              `Pozycja ${n + 1}: nie ma takiego rodzaju prac — odśwież słownik.`,
            )
          }
          if (item.workplaceId !== null && !places.has(item.workplaceId)) {
            throw new DomainError(
              'NOT_FOUND',
              `Pozycja ${n + 1}: nie ma takiego miejsca pracy — odśwież listę.`,
            )
          }
        })
        await repo.replaceItems(
          trx,
          input.year,
          input.items.map((i) => ({
            year: input.year,
            position_type_id: i.positionTypeId,
            workplace_id: i.workplaceId,
            places: i.places,
            persons: i.persons,
            hours_min: i.hoursMin,
            notes: i.notes,
          })),
        )
        return load(trx, input.year)
      })
    },

    async settings(): Promise<PsuSettings> {
      const row = await repo.readSettings(db)
      return { sheetPesel: row.sheetPesel, coordinatorName: row.coordinatorName }
    },

    async updateSettings(settings: PsuSettings): Promise<PsuSettings> {
      await repo.writeSettings(db, {
        sheet_pesel: settings.sheetPesel,
        coordinator_name: settings.coordinatorName,
      })
      return settings
    },
  }
}
