// Every PSU service on one database, for the handlers and the printed documents.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { createAssignmentsService } from './assignments.service'
import { createPlanService } from './plan.service'
import { createPorozumieniaService } from './porozumienia.service'
import { createTimesheetsService } from './timesheets.service'
import { createWorkplacesService } from './workplaces.service'

export type PsuServices = ReturnType<typeof createPsuServices>

export function createPsuServices(db: Kysely<Database>, now: () => Date = () => new Date()) {
  return {
    workplaces: createWorkplacesService(db, now),
    porozumienia: createPorozumieniaService(db, now),
    assignments: createAssignmentsService(db, now),
    timesheets: createTimesheetsService(db, now),
    plan: createPlanService(db),
  }
}
