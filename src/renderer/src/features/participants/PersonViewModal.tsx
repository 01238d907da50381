import { useCallback, useEffect, useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { Badge, Group, Loader, Stack, Tabs, Text } from '@mantine/core'
import { formatDate } from '@shared/dates'
import type { ActivityRecord } from '@shared/activity.schema'
import type { KontraktRecord } from '@shared/kontrakt.schema'
import { PARTICIPANT_STATUS_LABELS, type ParticipantRecord } from '@shared/participant.schema'
import type { ParticipationRecord } from '@shared/participation.schema'
import type { TimelineEntry } from '@shared/timeline.schema'
import { notifyError, unwrap } from '../../api/client'
import { ActivitiesPanel } from '../activities/ActivitiesPanel'
import { KontraktPanel } from '../kontrakty/KontraktPanel'
import { ParticipationsPanel } from '../participations/ParticipationsPanel'
import { PersonTimeline } from '../participations/PersonTimeline'
import { PersonExportButton } from '../privacy/PersonExportButton'

interface PersonData {
  person: ParticipantRecord
  participations: ParticipationRecord[]
  kontrakty: KontraktRecord[]
  activities: ActivityRecord[]
  timeline: TimelineEntry[]
}

type Tab = 'timeline' | 'participation' | 'kontrakt' | 'support'

/** One participant's whole KIS history: timeline, participations, kontrakt, support. */
export function PersonViewModal({
  participantId,
  onClose,
  onChanged,
  initialTab = 'timeline',
}: {
  participantId: number
  onClose: () => void
  /** A change saved here (a participation closed, a kontrakt signed): the list behind refreshes too. */
  onChanged?: () => void
  initialTab?: Tab
}) {
  const [data, setData] = useState<PersonData | null>(null)
  const [tab, setTab] = useState<Tab>(initialTab)

  const reload = useCallback(() => {
    const byPerson = { participantId }
    Promise.all([
      unwrap(window.api.participants.get({ id: participantId })),
      unwrap(window.api.participations.list(byPerson)),
      unwrap(window.api.kontrakty.list(byPerson)),
      unwrap(window.api.activities.list(byPerson)),
      unwrap(window.api.timeline.person(byPerson)),
    ]).then(([person, participations, kontrakty, activities, timeline]) => {
      setData({ person, participations, kontrakty, activities, timeline })
    }, notifyError)
  }, [participantId])
  useEffect(reload, [reload])
  const changed = useCallback(() => {
    reload()
    onChanged?.()
  }, [reload, onChanged])

  const person = data?.person
  const open = data?.participations.find((p) => p.endDate === null)
  return (
    <AppModal
      opened
      onClose={onClose}
      size="min(1240px, 96vw)"
      title={person ? `${person.lastName} ${person.firstName} — przebieg w KIS` : 'Przebieg w KIS'}
      closeButtonProps={{ 'aria-label': 'Zamknij' }}
    >
      {!data || !person ? (
        <Group justify="center" p="xl">
          <Loader />
        </Group>
      ) : (
        <Stack gap="sm">
          <Group gap="md">
            <Text size="sm">
              {person.pesel ? `PESEL ${person.pesel}` : `dokument ${person.idDocument ?? ''}`}
            </Text>
            <Badge variant="light">{PARTICIPANT_STATUS_LABELS[person.status]}</Badge>
            <Text size="sm" c="dimmed" data-testid="person-participation">
              {open
                ? `W KIS od ${formatDate(open.startDate)} · sześć miesięcy mija ${formatDate(open.sixMonthsOn)}`
                : 'Brak otwartego uczestnictwa'}
            </Text>
            <PersonExportButton participantId={person.id} />
          </Group>
          <Tabs value={tab} onChange={(t) => setTab((t ?? 'timeline') as Tab)} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="timeline">Oś czasu</Tabs.Tab>
              <Tabs.Tab value="participation">Uczestnictwo</Tabs.Tab>
              <Tabs.Tab value="kontrakt">Kontrakt socjalny</Tabs.Tab>
              <Tabs.Tab value="support">Wsparcie</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="timeline" pt="md">
              <PersonTimeline entries={data.timeline} />
            </Tabs.Panel>
            <Tabs.Panel value="participation" pt="md">
              <ParticipationsPanel
                person={person}
                participations={data.participations}
                kontrakty={data.kontrakty}
                onChanged={changed}
              />
            </Tabs.Panel>
            <Tabs.Panel value="kontrakt" pt="md">
              <KontraktPanel
                person={person}
                participations={data.participations}
                kontrakty={data.kontrakty}
                onChanged={changed}
              />
            </Tabs.Panel>
            <Tabs.Panel value="support" pt="md">
              <ActivitiesPanel participantId={person.id} activities={data.activities} onChanged={changed} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </AppModal>
  )
}
