// The KIS programme's channels: staff, office, participations, timeline, kontrakty, activities, start.
import type { KisServices } from '../app/kis-services'
import { activitiesHandlers } from './activities.ipc'
import type { Handlers } from './handle'
import { kontraktyHandlers } from './kontrakty.ipc'
import { officeHandlers } from './office.ipc'
import { participationHandlers } from './participations.ipc'
import { staffHandlers } from './staff.ipc'
import { startHandlers } from './start.ipc'

export function kisHandlers(kis: KisServices) {
  return {
    ...staffHandlers(kis.staff),
    ...officeHandlers(kis.office),
    ...participationHandlers(kis.participations, kis.timeline),
    ...kontraktyHandlers(kis.kontrakty),
    ...activitiesHandlers(kis.activities),
    ...startHandlers(kis.start),
  } satisfies Partial<Handlers>
}
