import { useCallback, useEffect, useState } from 'react'
import { Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { formatDate } from '@shared/dates'
import { PSU_EVENT_LABELS, type PsuEventRecord } from '@shared/psu-assignments.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { EventFormModal } from './EventFormModal'

export function EventsTab() {
  const [onlyUnreported, setOnlyUnreported] = useState(false)
  const [list, setList] = useState<PsuEventRecord[]>([])
  const [editing, setEditing] = useState<{ record: PsuEventRecord | null } | null>(null)
  const reload = useCallback(() => {
    unwrap(window.api.psuevents.list({ onlyUnreported })).then(setList, notifyError)
  }, [onlyUnreported])
  useEffect(reload, [reload])

  function remove(e: PsuEventRecord) {
    modals.openConfirmModal({
      title: 'Usunięcie wpisu',
      children: (
        <Text size="sm">
          Usunąć wpis „{PSU_EVENT_LABELS[e.kind]}” — {e.participantName}?
        </Text>
      ),
      labels: { confirm: 'Usuń', cancel: 'Anuluj' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        unwrap(window.api.psuevents.remove({ id: e.id })).then(() => {
          notifySaved('Wpis usunięto')
          reload()
        }, notifyError),
    })
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Checkbox
          label="Tylko niezgłoszone do PUP"
          checked={onlyUnreported}
          onChange={(e) => setOnlyUnreported(e.currentTarget.checked)}
        />
        <Button onClick={() => setEditing({ record: null })}>Dodaj odmowę lub nieobecność</Button>
      </Group>
      {list.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          Brak odmów i nieobecności.
        </Text>
      ) : (
        <Table striped withTableBorder aria-label="Odmowy i nieobecności">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rodzaj</Table.Th>
              <Table.Th>Uczestnik</Table.Th>
              <Table.Th>Kiedy</Table.Th>
              <Table.Th>Powód</Table.Th>
              <Table.Th>Porozumienie</Table.Th>
              <Table.Th>Zgłoszono do PUP</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{PSU_EVENT_LABELS[e.kind]}</Table.Td>
                <Table.Td>{e.participantName}</Table.Td>
                <Table.Td>
                  {formatDate(e.eventDate)}
                  {e.dateTo !== e.eventDate && ` – ${formatDate(e.dateTo)}`}
                </Table.Td>
                <Table.Td>{e.reason}</Table.Td>
                <Table.Td>{e.porozumienieNumber && `nr ${e.porozumienieNumber}`}</Table.Td>
                <Table.Td>
                  {e.reportedOn ? formatDate(e.reportedOn) : <Badge color="orange">do zgłoszenia</Badge>}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ record: e })}>
                      Edytuj
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(e)}>
                      Usuń
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <EventFormModal
          event={editing.record}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            reload()
          }}
        />
      )}
    </Stack>
  )
}
