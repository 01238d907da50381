import { useState } from 'react'
import { Badge, Button, Checkbox, Table } from '@mantine/core'
import { formatDate } from '@shared/dates'
import { PSU_EVENT_LABELS, type PsuEventRecord } from '@shared/psu-assignments.schema'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { confirmRemove, ListTab, RowActions } from '../../components/ListTab'
import { EventFormModal } from './EventFormModal'

export function EventsTab() {
  const [onlyUnreported, setOnlyUnreported] = useState(false)
  const [editing, setEditing] = useState<{ record: PsuEventRecord | null } | null>(null)
  const { data, reload } = useLoad(String(onlyUnreported), () =>
    unwrap(window.api.psuevents.list({ onlyUnreported })),
  )
  const list = data ?? []

  const remove = (e: PsuEventRecord) =>
    confirmRemove({
      title: 'Usunięcie wpisu',
      text: `Usunąć wpis „${PSU_EVENT_LABELS[e.kind]}” — ${e.participantName}?`,
      remove: () => unwrap(window.api.psuevents.remove({ id: e.id })),
      removed: 'Wpis usunięto',
      reload,
    })

  return (
    <>
      <ListTab
        filters={
          <Checkbox
            label="Tylko niezgłoszone do PUP"
            checked={onlyUnreported}
            onChange={(e) => setOnlyUnreported(e.currentTarget.checked)}
          />
        }
        actions={<Button onClick={() => setEditing({ record: null })}>Dodaj odmowę lub nieobecność</Button>}
        isEmpty={list.length === 0}
        empty="Brak odmów i nieobecności."
      >
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
                  <RowActions onEdit={() => setEditing({ record: e })} onRemove={() => remove(e)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListTab>
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
    </>
  )
}
