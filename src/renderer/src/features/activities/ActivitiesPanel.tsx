import { useState } from 'react'
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { formatDate } from '@shared/dates'
import { ACTIVITY_KINDS, type ActivityRecord } from '@shared/activity.schema'
import { EMPLOYMENT_FORMS } from '@shared/participation.schema'
import { confirmRemove } from '../../components/ListTab'
import { unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { ActivityFormModal } from './ActivityFormModal'

interface Props {
  participantId: number
  activities: ActivityRecord[]
  onChanged: () => void
}

export function ActivitiesPanel({ participantId, activities, onChanged }: Props) {
  const [adding, setAdding] = useState(false)

  const remove = (a: ActivityRecord) =>
    confirmRemove({
      title: 'Usunięcie wpisu',
      text: `Usunąć wpis „${ACTIVITY_KINDS[a.kind]}” z dnia ${formatDate(a.date)}? Usuwaj tylko pomyłki.`,
      remove: () => unwrap(window.api.activities.delete({ id: a.id })),
      removed: 'Usunięto wpis',
      reload: onChanged,
    })

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={4}>Wsparcie i efekty</Title>
        <ExportButtons
          request={(format) => ({
            list: 'activities',
            format,
            filter: { participantId, from: null, to: null, kind: null },
          })}
        />
        <Button onClick={() => setAdding(true)}>Dodaj wsparcie</Button>
      </Group>
      {activities.length === 0 ? (
        <Text c="dimmed">Brak wpisów.</Text>
      ) : (
        <Table withTableBorder striped aria-label="Wsparcie uczestnika">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Data</Table.Th>
              <Table.Th>Rodzaj</Table.Th>
              <Table.Th>Szczegóły</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activities.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {formatDate(a.date)}
                  {a.endDate ? ` – ${formatDate(a.endDate)}` : ''}
                </Table.Td>
                <Table.Td>{ACTIVITY_KINDS[a.kind]}</Table.Td>
                <Table.Td>{details(a)}</Table.Td>
                <Table.Td>
                  {a.groupClassId === null && (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(a)}>
                      Usuń
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && (
        <ActivityFormModal
          participantId={participantId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false)
            onChanged()
          }}
        />
      )}
    </Stack>
  )
}

function details(a: ActivityRecord): string {
  const parts = [
    a.staffMemberName,
    a.topic,
    a.provider,
    a.organization,
    a.projectName,
    a.employmentForm && EMPLOYMENT_FORMS[a.employmentForm],
    a.benefitName,
    a.notes,
  ]
  return parts.filter(Boolean).join(' · ')
}
