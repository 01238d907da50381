// Every exportable list: how its rows are loaded with the screen's filters and which columns it has.
import type { ListExportRequest, ListName } from '@shared/exports.schema'
import { formatDate, todayIso } from '@shared/dates'
import { PARTICIPANT_STATUS_LABELS, type ParticipantRow } from '@shared/participant.schema'
import type { ParticipantsService } from '../participants/participants.service'
import { buildTable, type ExportColumn, type ExportTable } from './table'
import type { PayoutsService } from '../payouts/payouts.service'
import type { RefundsService } from '../refunds/refunds.service'
import { payoutListLoaders } from '../payouts/payout-list-loaders'
import { reportListLoaders, type ReportListSources } from '../reports/list-exports'

/** The KIS, PSU and report services are optional for the same reason as the payouts. */
export interface ListSources extends ReportListSources {
  participants: ParticipantsService
  /** PSU payouts; a caller exporting only the register (the archive export) may leave them out. */
  payouts?: PayoutsService
  refunds?: RefundsService
}

// Target groups and exclusions are special-category data (RODO art. 9): not exported with the list.
const PARTICIPANT_COLUMNS: ExportColumn<ParticipantRow>[] = [
  { header: 'Nazwisko', width: 22, value: (r) => r.lastName },
  { header: 'Imię', width: 16, value: (r) => r.firstName },
  { header: 'PESEL', width: 14, value: (r) => r.pesel },
  { header: 'Dokument tożsamości', width: 18, value: (r) => r.idDocument },
  { header: 'Data urodzenia', width: 14, value: (r) => formatDate(r.birthDate) },
  { header: 'Płeć', width: 6, value: (r) => r.sex },
  { header: 'Data przyjęcia do KIS', width: 16, value: (r) => formatDate(r.admissionDate) },
  { header: 'Status', width: 12, value: (r) => PARTICIPANT_STATUS_LABELS[r.status] },
]

type Loaders = {
  [L in ListName]: (
    request: Extract<ListExportRequest, { list: L }>,
  ) => Promise<{ baseName: string; table: ExportTable }>
}

export function createListLoaders(s: ListSources): Loaders {
  return {
    participants: async ({ filter }) => ({
      baseName: `uczestnicy-${todayIso()}`,
      table: buildTable('Uczestnicy', PARTICIPANT_COLUMNS, await s.participants.listAll(filter)),
    }),
    ...payoutListLoaders(s),
    ...reportListLoaders(s),
  }
}
