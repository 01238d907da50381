import type { ParticipantsService } from '../participants/participants.service'
import type { Handlers } from './handle'

type ParticipantChannels = Extract<keyof Handlers, `participants:${string}`>

export function participantHandlers(service: ParticipantsService): Pick<Handlers, ParticipantChannels> {
  return {
    'participants:list': (query) => service.list(query),
    'participants:get': ({ id }) => service.get(id),
    'participants:create': (data) => service.create(data),
    'participants:update': ({ id, data }) => service.update(id, data),
    'participants:archive': ({ id }) => service.archive(id),
  }
}
