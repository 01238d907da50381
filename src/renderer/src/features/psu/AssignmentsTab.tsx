import { useCallback, useEffect, useState } from 'react'
import { Button, Group, Select, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { formatDate } from '@shared/dates'
import type { AssignmentRecord } from '@shared/psu-assignments.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { AssignmentFormModal } from './AssignmentFormModal'
import { usePorozumienia } from './use-psu-data'
import { ImportWizard } from '../imports/ImportWizard'

export function AssignmentsTab() {
  const [porozumienia] = usePorozumienia()
  const [porozumienieId, setPorozumienieId] = useState<number | null>(null)
  const [list, setList] = useState<AssignmentRecord[]>([])
  const [editing, setEditing] = useState<{ record: AssignmentRecord | null } | null>(null)
  const [importing, setImporting] = useState(false)

  const reload = useCallback(() => {
    unwrap(window.api.assignments.list({ porozumienieId })).then(setList, notifyError)
  }, [porozumienieId])
  useEffect(reload, [reload])

  function remove(a: AssignmentRecord) {
    modals.openConfirmModal({
      title: 'Usunięcie przydziału',
      children: (
        <Text size="sm">
          Usunąć przydział {a.participantName} ({a.positionName})? Przydział z kartami godzin można tylko
          zakończyć.
        </Text>
      ),
      labels: { confirm: 'Usuń', cancel: 'Anuluj' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        unwrap(window.api.assignments.remove({ id: a.id })).then(() => {
          notifySaved('Przydział usunięto')
          reload()
        }, notifyError),
    })
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <Select
          label="Porozumienie"
          placeholder="wszystkie"
          clearable
          w={320}
          data={porozumienia.map((p) => ({ value: String(p.id), label: `nr ${p.number}` }))}
          value={porozumienieId ? String(porozumienieId) : null}
          onChange={(v) => setPorozumienieId(v ? Number(v) : null)}
        />
        <ExportButtons
          request={(format) => ({
            list: 'assignments',
            format,
            query: { month: null, porozumienieId, participantId: null },
          })}
        />
        <Group gap="xs">
          <Button variant="default" onClick={() => setImporting(true)}>
            Importuj z Excela…
          </Button>
          <Button onClick={() => setEditing({ record: null })}>Dodaj przydział</Button>
        </Group>
      </Group>
      {list.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          Brak przydziałów. Dodaj osobę skierowaną przez PUP na stanowisko.
        </Text>
      ) : (
        <Table striped highlightOnHover withTableBorder aria-label="Przydziały">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Uczestnik</Table.Th>
              <Table.Th>Stanowisko</Table.Th>
              <Table.Th>Okres</Table.Th>
              <Table.Th>Skierowanie</Table.Th>
              <Table.Th>Porozumienie</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td fw={600}>{a.participantName}</Table.Td>
                <Table.Td>
                  {a.positionName}
                  <Text size="xs" c="dimmed">
                    {a.workplaceName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {formatDate(a.dateFrom)} – {formatDate(a.dateTo)}
                  {a.endReason && (
                    <Text size="xs" c="dimmed">
                      {a.endReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  nr {a.skierowanieNumber} z {formatDate(a.skierowanieDate)}
                </Table.Td>
                <Table.Td>nr {a.porozumienieNumber}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ record: a })}>
                      Edytuj
                    </Button>
                    {a.recordedDays === 0 && (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(a)}>
                        Usuń
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {importing && <ImportWizard kind="psu" onClose={() => setImporting(false)} onImported={reload} />}
      {editing && (
        <AssignmentFormModal
          assignment={editing.record}
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
