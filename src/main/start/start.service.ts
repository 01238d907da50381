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
      const name = (r: { first_name: string; last_name: string }) => `${r.last_name} ${r.first_name}`
      const actions = await deps.kontrakty.openActionsDueBy(addDays(today, ACTIONS_DUE_WITHIN_DAYS))
      const kontrakty = await deps.kontrakty.signedInOpenParticipations()
      const participations = await deps.participations.openWithNames()
      return buildDeadlinesBoard(
        {
          actions: actions.map((a) => ({
            actionId: a.id,
            kontraktId: a.kontrakt_id,
            kontraktNumber: a.number,
            participantId: a.participant_id,
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
            participantId: k.participant_id,
            personName: name(k),
            concludedOn: k.concluded_on,
            lastEvaluatedOn: k.last_evaluated_on ?? null,
          })),
          participations: participations.map((p) => ({
            participationId: p.id,
            participantId: p.participant_id,
            personName: name(p),
            startDate: p.start_date,
          })),
        },
        today,
      )
    },
  }
}
