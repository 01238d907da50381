// The start page: gathers what the deadlines board needs from the domain services.
import { addDays } from '@shared/kis-periods'
import { todayIso } from '@shared/dates'
import { ACTIONS_DUE_WITHIN_DAYS, type DeadlinesBoard } from '@shared/start.schema'
import type { KontraktyService } from '../kontrakty/kontrakty.service'
import type { ParticipationsService } from '../participations/participations.service'
import { buildDeadlinesBoard } from './deadlines'

export type StartService = ReturnType<typeof createStartService>

export function createStartService(
  deps: { participations: ParticipationsService; kontrakty: KontraktyService },
  now: () => Date = () => new Date(),
) {
  return {
    async board(): Promise<DeadlinesBoard> {
      const today = todayIso(now())
      const name = (r: { firstName: string; lastName: string }) => `${r.lastName} ${r.firstName}`
      const actions = await deps.kontrakty.openActionsDueBy(addDays(today, ACTIONS_DUE_WITHIN_DAYS))
      const kontrakty = await deps.kontrakty.signedInOpenParticipations()
      const participations = await deps.participations.openWithNames()
      return buildDeadlinesBoard(
        {
          actions: actions.map((a) => ({
            actionId: a.id,
            kontraktId: a.kontraktId,
            kontraktNumber: a.number,
            participantId: a.participantId,
            personName: name(a),
            side: a.side,
            description: a.description,
            deadline: a.deadline,
            responsible: a.responsible,
            status: a.status,
          })),
          kontrakty: kontrakty.map((k) => ({
            kontraktId: k.id,
            kontraktNumber: k.number,
            participantId: k.participantId,
            personName: name(k),
            concludedOn: k.concludedOn,
            lastEvaluatedOn: k.lastEvaluatedOn ?? null,
          })),
          participations: participations.map((p) => ({
            participationId: p.id,
            participantId: p.participantId,
            personName: name(p),
            startDate: p.startDate,
          })),
        },
        today,
      )
    },
  }
}
