// Every printable document kind: how its data is loaded and which template renders it.
import type { DocumentKind, DocumentRequest } from '@shared/documents.schema'
import type { ParticipantsService } from '../participants/participants.service'
import type { SettingsService } from '../settings/settings.service'
import type { PrintableDocument } from './document-shell'
import type { PayoutsService } from '../payouts/payouts.service'
import type { RefundsService } from '../refunds/refunds.service'
import { payoutDocumentBuilders } from './documents/payout-documents'
import { renderKartaUczestnika } from './documents/karta-uczestnika'
import { kisDocumentBuilders } from './documents/kis-documents'
import type { KisServices } from '../app/kis-services'
import type { PsuServices } from '../psu/psu-services'
import { psuDocumentBuilders } from './documents/psu-documents'
import type { ReportsService } from '../reports/reports.service'
import { reportDocumentBuilders } from './documents/report-documents'
import { renderKodOdzyskiwania } from './documents/kod-odzyskiwania'

export interface DocumentSources {
  participants: ParticipantsService
  settings: SettingsService
  kis: KisServices
  payouts: PayoutsService
  refunds: RefundsService
  psu: PsuServices
  reports: ReportsService
  now: () => Date
}

type Builders = {
  [K in DocumentKind]: (request: Extract<DocumentRequest, { kind: K }>) => Promise<PrintableDocument>
}

export function createDocumentBuilders(s: DocumentSources): Builders {
  return {
    'karta-uczestnika': async ({ participantId }) =>
      renderKartaUczestnika({
        officeName: (await s.settings.get()).officeName,
        participant: await s.participants.get(participantId),
        printedAt: s.now(),
      }),
    'kod-odzyskiwania': async ({ code }) =>
      renderKodOdzyskiwania({ officeName: (await s.settings.get()).officeName, code, printedAt: s.now() }),
    ...kisDocumentBuilders(s),
    ...payoutDocumentBuilders(s),
    ...psuDocumentBuilders(s),
    ...reportDocumentBuilders(s),
  }
}

export function buildDocument(builders: Builders, request: DocumentRequest): Promise<PrintableDocument> {
  const build = builders[request.kind] as (r: DocumentRequest) => Promise<PrintableDocument>
  return build(request)
}
