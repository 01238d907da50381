// What the list exports load from: the domain services, built once by the handlers. Each list asks
// its domain's service; a caller exporting only the register (the archive without the services)
// passes the participants alone.
import type { ListExportRequest, ListName } from '@shared/exports.schema'
import type { KisServices } from '../app/kis-services'
import type { ParticipantsService } from '../participants/participants.service'
import type { PayoutsService } from '../payouts/payouts.service'
import type { PsuServices } from '../psu/psu-services'
import type { RefundsService } from '../refunds/refunds.service'
import type { ExportTable } from './table'

export interface ListSources {
  participants: ParticipantsService
  kis?: KisServices
  psu?: PsuServices
  payouts?: PayoutsService
  refunds?: RefundsService
}

export type ListLoaders<Names extends ListName> = {
  [L in Names]: (
    request: Extract<ListExportRequest, { list: L }>,
  ) => Promise<{ baseName: string; table: ExportTable }>
}

/** The service a list needs; a list asked for without it is a wiring mistake, not a user's error. */
export function wired<K extends keyof ListSources>(
  sources: ListSources,
  key: K,
): NonNullable<ListSources[K]> {
  const service = sources[key]
  if (!service) throw new Error(`The ${key} service is not wired into this list export.`)
  return service
}

/** A document number (LW/3/2026) as part of a file name. */
export const fileSafe = (number: string) => number.replace(/\//g, '-')
