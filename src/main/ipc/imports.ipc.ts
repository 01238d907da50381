import type { ImportsService } from '../imports/imports.service'
import type { Handlers } from './handle'

type ImportChannels = Extract<keyof Handlers, `imports:${string}`>

export function importHandlers(service: ImportsService): Pick<Handlers, ImportChannels> {
  return {
    'imports:open': ({ kind }) => service.open(kind),
    'imports:preview': (input) => service.preview(input),
    'imports:dryrun': (input) => service.dryRun(input),
    'imports:run': (input) => service.run(input),
    'imports:progress': () => service.progress(),
    'imports:report': ({ token }) => service.saveReport(token),
    'imports:close': ({ token }) => {
      service.close(token)
      return undefined
    },
  }
}
