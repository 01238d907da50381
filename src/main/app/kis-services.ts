// The KIS programme's services wired together (staff and office settings, participations,
// kontrakty, activities, timeline, start page): a composition root, so no domain imports another's
// constructor and the domain folders stay free of cycles.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { createActivitiesService, createEmploymentRecorder } from '../activities/activities.service'
import { createKontraktyService } from '../kontrakty/kontrakty.service'
import type { ParticipantsService } from '../participants/participants.service'
import { createOfficeService } from '../settings/office.service'
import { createStaffService } from '../settings/staff.service'
import { createStartService } from '../start/start.service'
import { createParticipationsService } from '../participations/participations.service'
import { createTimelineService, kisTimelineSources } from '../timeline/timeline.service'

export type KisServices = ReturnType<typeof createKisServices>

export function createKisServices(
  db: Kysely<Database>,
  participants: ParticipantsService,
  options: { now?: () => Date } = {},
) {
  const now = options.now ?? (() => new Date())
  const staff = createStaffService(db, now)
  const office = createOfficeService(db)
  // Kontrakty are built on participations; closing one asks back about its kontrakt through a port.
  const kontraktLookup = {
    async kontraktOf(participationId: number) {
      const kontrakt = await kontrakty.findForParticipation(participationId)
      return kontrakt === null ? 'brak' : kontrakt.signedAt ? 'podpisany' : 'projekt'
    },
  }
  const participations = createParticipationsService(
    db,
    { participants, staff, employment: createEmploymentRecorder(now), kontrakty: kontraktLookup },
    now,
  )
  const kontrakty = createKontraktyService(db, { participations, staff, office }, now)
  const activities = createActivitiesService(db, { participations, staff }, now)
  const timeline = createTimelineService(kisTimelineSources({ participations, kontrakty, activities }))
  const start = createStartService({ participations, kontrakty }, now)
  return { staff, office, participations, kontrakty, activities, timeline, start }
}
