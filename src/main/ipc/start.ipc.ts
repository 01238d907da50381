import type { StartService } from '../start/start.service'
import type { Handlers } from './handle'

export function startHandlers(service: StartService): Pick<Handlers, 'start:board'> {
  return { 'start:board': () => service.board() }
}
