// Every printable document kind: how its data is loaded and which template renders it.
import type { DocumentKind, DocumentRequest } from '@shared/documents.schema'
import type { ParticipantsService } from '../participants/participants.service'
import type { SettingsService } from '../settings/settings.service'
import type { PrintableDocument } from './document-shell'
import { renderKartaUczestnika } from './documents/karta-uczestnika'

export interface DocumentSources {
  participants: ParticipantsService
  settings: SettingsService
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
  }
}

export function buildDocument(builders: Builders, request: DocumentRequest): Promise<PrintableDocument> {
  const build = builders[request.kind] as (r: DocumentRequest) => Promise<PrintableDocument>
  return build(request)
}
