// Builders of the KIS programme's documents: load through the services, render with the templates.
import type { DocumentRequest } from '@shared/documents.schema'
import { DomainError } from '../../errors'
import type { ParticipantsService } from '../../participants/participants.service'
import type { KisServices } from '../../app/kis-services'
import type { PrintableDocument } from '../document-shell'
import { renderKontraktAneks } from './kontrakt-aneks'
import { renderKontraktOcena } from './kontrakt-ocena'
import { renderKontraktSocjalny } from './kontrakt-socjalny'
import { renderZaswiadczenieKis } from './zaswiadczenie-kis'

type KisKind = 'kontrakt-socjalny' | 'kontrakt-aneks' | 'kontrakt-ocena' | 'zaswiadczenie-kis'
type KisBuilders = {
  [K in KisKind]: (request: Extract<DocumentRequest, { kind: K }>) => Promise<PrintableDocument>
}

export function kisDocumentBuilders(s: {
  participants: ParticipantsService
  kis: KisServices
  now: () => Date
}): KisBuilders {
  const { kis } = s
  return {
    'kontrakt-socjalny': async ({ kontraktId }) => {
      const kontrakt = await kis.kontrakty.get(kontraktId)
      return renderKontraktSocjalny({
        office: await kis.office.get(),
        kontrakt,
        participant: await s.participants.get(kontrakt.participantId),
        participation: await kis.participations.get(kontrakt.participationId),
      })
    },
    'kontrakt-aneks': async ({ aneksId }) => {
      const { kontrakt, aneks } = await kis.kontrakty.getByAneks(aneksId)
      return renderKontraktAneks({
        office: await kis.office.get(),
        kontrakt,
        aneks,
        participant: await s.participants.get(kontrakt.participantId),
      })
    },
    'kontrakt-ocena': async ({ evaluationId }) => {
      const { kontrakt, evaluation } = await kis.kontrakty.getByEvaluation(evaluationId)
      return renderKontraktOcena({
        office: await kis.office.get(),
        kontrakt,
        evaluation,
        participant: await s.participants.get(kontrakt.participantId),
      })
    },
    'zaswiadczenie-kis': async ({ participationId }) => {
      const participation = await kis.participations.get(participationId)
      const { endDate } = participation
      if (!endDate) {
        throw new DomainError(
          'CONFLICT',
          'Zaświadczenie wydaje się po zakończeniu uczestnictwa — najpierw zakończ uczestnictwo.',
        )
      }
      const kontrakt = await kis.kontrakty.findForParticipation(participationId)
      return renderZaswiadczenieKis({
        office: await kis.office.get(),
        participant: await s.participants.get(participation.participantId),
        participation: { ...participation, endDate },
        kontrakt,
        activities: await kis.activities.listForParticipation(participationId),
        issuedAt: s.now(),
      })
    },
  }
}
