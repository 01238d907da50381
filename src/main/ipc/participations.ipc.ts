import type { ParticipationsService } from '../participations/participations.service'
import type { TimelineService } from '../timeline/timeline.service'
import type { Handlers } from './handle'

type Channels = Extract<keyof Handlers, `participations:${string}`> | 'timeline:person'

export function participationHandlers(
  service: ParticipationsService,
  timeline: TimelineService,
): Pick<Handlers, Channels> {
  return {
    'participations:list': ({ participantId }) => service.listForParticipant(participantId),
    'participations:open': (data) => service.open(data),
    'participations:close': (data) => service.close(data),
    'timeline:person': ({ participantId }) => timeline.forParticipant(participantId),
  }
}
