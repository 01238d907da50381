import type { OfficeService } from '../settings/office.service'
import type { Handlers } from './handle'

export function officeHandlers(service: OfficeService): Pick<Handlers, 'office:get' | 'office:update'> {
  return {
    'office:get': () => service.get(),
    'office:update': (office) => service.update(office),
  }
}
