import type { ExportService } from '../exports/export.service'
import type { Handlers } from './handle'

export function exportHandlers(service: ExportService): Pick<Handlers, 'exports:list'> {
  return {
    'exports:list': (request) => service.exportList(request),
  }
}
