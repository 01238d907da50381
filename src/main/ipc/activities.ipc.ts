import type { ActivitiesService } from '../activities/activities.service'
import type { Handlers } from './handle'

type Channels = Extract<keyof Handlers, `activities:${string}` | `classes:${string}`>

export function activitiesHandlers(service: ActivitiesService): Pick<Handlers, Channels> {
  return {
    'activities:list': ({ participantId }) => service.listForParticipant(participantId),
    'activities:create': (data) => service.create(data),
    'activities:delete': ({ id }) => service.remove(id),
    'classes:list': () => service.listClasses(),
    'classes:get': ({ id }) => service.getClass(id),
    'classes:save': (data) => service.saveClass(data),
    'classes:candidates': ({ date }) => service.classCandidates(date),
  }
}
