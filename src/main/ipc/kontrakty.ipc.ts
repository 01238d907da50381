import type { KontraktyService } from '../kontrakty/kontrakty.service'
import type { Handlers } from './handle'

export function kontraktyHandlers(
  service: KontraktyService,
): Pick<Handlers, Extract<keyof Handlers, `kontrakty:${string}`>> {
  return {
    'kontrakty:list': ({ participantId }) => service.listForParticipant(participantId),
    'kontrakty:get': ({ id }) => service.get(id),
    'kontrakty:create': ({ participationId, data }) => service.create(participationId, data),
    'kontrakty:update': ({ id, data }) => service.update(id, data),
    'kontrakty:sign': ({ id }) => service.sign(id),
    'kontrakty:amend': (input) => service.amend(input),
    'kontrakty:evaluate': (input) => service.evaluate(input),
    'kontrakty:progress': ({ actionId, status }) => service.progress(actionId, status),
  }
}
