import { useCallback, useState } from 'react'
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { formatDate } from '@shared/dates'
import { TARGET_GROUP_SHORT } from '@shared/eligibility'
import type { KontraktRecord } from '@shared/kontrakt.schema'
import type { ParticipantRecord } from '@shared/participant.schema'
import { END_REASONS, type ParticipationRecord } from '@shared/participation.schema'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { CloseParticipationModal } from './CloseParticipationModal'
import { OpenParticipationModal } from './OpenParticipationModal'

interface Props {
  person: ParticipantRecord
  participations: ParticipationRecord[]
  kontrakty: KontraktRecord[]
  onChanged: () => void
}

export function ParticipationsPanel({ person, participations, kontrakty, onChanged }: Props) {
  const [opening, setOpening] = useState(false)
  const [closing, setClosing] = useState<ParticipationRecord | null>(null)
  const [certificateFor, setCertificateFor] = useState<number | null>(null)
  const closeCertificate = useCallback(() => setCertificateFor(null), [])
  const open = participations.find((p) => p.endDate === null)

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={4}>Okresy uczestnictwa</Title>
        <Button onClick={() => setOpening(true)} disabled={open !== undefined}>
          Otwórz uczestnictwo
        </Button>
      </Group>
      {open && (
        <Text size="sm" c="dimmed">
          Osoba ma otwarte uczestnictwo — nowe można otworzyć po zakończeniu bieżącego.
        </Text>
      )}
      {participations.length === 0 && <Text c="dimmed">Osoba nie uczestniczyła jeszcze w KIS.</Text>}
      {participations.map((p) => (
        <Card key={p.id} withBorder padding="sm" aria-label={`Uczestnictwo od ${formatDate(p.startDate)}`}>
          <Group justify="space-between" align="start">
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={600}>
                  {formatDate(p.startDate)} – {p.endDate ? formatDate(p.endDate) : 'trwa'}
                </Text>
                <Badge variant="light" color={p.endDate ? 'gray' : 'teal'}>
                  {p.endDate ? 'zakończone' : 'otwarte'}
                </Badge>
                {p.graduate === true && (
                  <Badge color="teal" data-testid="graduate-badge">
                    absolwent
                  </Badge>
                )}
                {p.graduate === false && (
                  <Badge color="yellow" variant="light">
                    krócej niż 6 miesięcy
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {p.referralKind === 'ops'
                  ? `Skierowanie: pracownik socjalny ${p.referringWorkerName ?? ''}`
                  : `Skierowanie PUP nr ${p.pupReferralNumber ?? ''} z ${formatDate(p.pupReferralDate)}`}
              </Text>
              <Text size="sm">
                Grupy przy przyjęciu: {p.targetGroups.map((g) => TARGET_GROUP_SHORT[g]).join(', ')}
              </Text>
              {!p.endDate && <Text size="sm">Sześć miesięcy mija {formatDate(p.sixMonthsOn)}.</Text>}
              {p.endReason && (
                <Text size="sm">
                  Zakończenie: {END_REASONS[p.endReason]}
                  {p.employmentDate ? ` (zatrudnienie od ${formatDate(p.employmentDate)})` : ''}
                </Text>
              )}
            </Stack>
            {p.endDate ? (
              <Button variant="light" onClick={() => setCertificateFor(p.id)}>
                Zaświadczenie
              </Button>
            ) : (
              <Button variant="light" color="orange" onClick={() => setClosing(p)}>
                Zakończ uczestnictwo
              </Button>
            )}
          </Group>
        </Card>
      ))}
      {opening && (
        <OpenParticipationModal
          person={person}
          onClose={() => setOpening(false)}
          onSaved={() => {
            setOpening(false)
            onChanged()
          }}
        />
      )}
      {closing && (
        <CloseParticipationModal
          participation={closing}
          kontrakt={kontraktState(kontrakty.find((k) => k.participationId === closing.id))}
          onClose={() => setClosing(null)}
          onSaved={(closed) => {
            setClosing(null)
            onChanged()
            // Art. 18: the certificate is issued at the end — offer it straight away.
            setCertificateFor(closed.id)
          }}
        />
      )}
      {certificateFor !== null && (
        <DocumentPreviewModal
          title="Zaświadczenie o uczestnictwie w KIS"
          request={{ kind: 'zaswiadczenie-kis', participationId: certificateFor }}
          onClose={closeCertificate}
        />
      )}
    </Stack>
  )
}

function kontraktState(kontrakt: KontraktRecord | undefined): 'brak' | 'projekt' | 'podpisany' {
  return !kontrakt ? 'brak' : kontrakt.signedAt ? 'podpisany' : 'projekt'
}
