import type { StaffService } from '../settings/staff.service'
import type { Handlers } from './handle'

export function staffHandlers(
  service: StaffService,
): Pick<Handlers, Extract<keyof Handlers, `staff:${string}`>> {
  return {
    'staff:list': ({ includeInactive }) => service.list(includeInactive),
    'staff:create': (data) => service.create(data),
    'staff:update': ({ id, data }) => service.update(id, data),
    'staff:delete': ({ id }) => service.remove(id),
  }
}
