import { useState } from 'react'
import { Button, Select, Table, Text } from '@mantine/core'
import { formatDate } from '@shared/dates'
import type { AssignmentRecord } from '@shared/psu-assignments.schema'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { confirmRemove, ListTab, RowActions } from '../../components/ListTab'
import { ExportButtons } from '../../components/ExportButtons'
import { AssignmentFormModal } from './AssignmentFormModal'
import { usePorozumienia } from './use-psu-data'
import { ImportWizard } from '../imports/ImportWizard'

export function AssignmentsTab() {
  const [porozumienia] = usePorozumienia()
  const [porozumienieId, setPorozumienieId] = useState<number | null>(null)
  const [editing, setEditing] = useState<{ record: AssignmentRecord | null } | null>(null)
  const [importing, setImporting] = useState(false)

  const { data, reload } = useLoad(String(porozumienieId), () =>
    unwrap(window.api.assignments.list({ porozumienieId })),
  )
  const list = data ?? []

  const remove = (a: AssignmentRecord) =>
    confirmRemove({
      title: 'Usunięcie przydziału',
      text: `Usunąć przydział ${a.participantName} (${a.positionName})? Przydział z kartami godzin można tylko zakończyć.`,
      remove: () => unwrap(window.api.assignments.remove({ id: a.id })),
      removed: 'Przydział usunięto',
      reload,
    })

  return (
    <>
      <ListTab
        filters={
          <Select
            label="Porozumienie"
            placeholder="wszystkie"
            clearable
            w={320}
            data={porozumienia.map((p) => ({ value: String(p.id), label: `nr ${p.number}` }))}
            value={porozumienieId ? String(porozumienieId) : null}
            onChange={(v) => setPorozumienieId(v ? Number(v) : null)}
          />
        }
        actions={
          <>
            <ExportButtons
              request={(format) => ({
                list: 'assignments',
                format,
                query: { month: null, porozumienieId, participantId: null },
              })}
            />
            <Button variant="default" onClick={() => setImporting(true)}>
              Importuj z Excela…
            </Button>
            <Button onClick={() => setEditing({ record: null })}>Dodaj przydział</Button>
          </>
        }
        isEmpty={list.length === 0}
        empty="Brak przydziałów. Dodaj osobę skierowaną przez PUP na stanowisko."
      >
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
                  <RowActions
                    onEdit={() => setEditing({ record: a })}
                    onRemove={a.recordedDays === 0 ? () => remove(a) : undefined}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListTab>
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
      {importing && <ImportWizard kind="psu" onClose={() => setImporting(false)} onImported={reload} />}
    </>
  )
}
