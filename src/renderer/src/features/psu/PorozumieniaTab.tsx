import { useState } from 'react'
import { Badge, Button, Group, Table, Text } from '@mantine/core'
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { formatHoursUnit } from '@shared/psu-hours'
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import { formatBasisPoints, REFUND_BASE_LABELS, TERMS_TO_CONFIRM } from '@shared/psu-regime'
import { unwrap } from '../../api/client'
import { confirmRemove, ListTab, RowActions } from '../../components/ListTab'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { PorozumienieFormModal } from './PorozumienieFormModal'
import { usePorozumienia } from './use-psu-data'

export function PorozumieniaTab() {
  const [list, reload] = usePorozumienia()
  const [editing, setEditing] = useState<{ record: PorozumienieRecord | null } | null>(null)
  const [printing, setPrinting] = useState<PorozumienieRecord | null>(null)

  const remove = (p: PorozumienieRecord) =>
    confirmRemove({
      title: 'Usunięcie porozumienia',
      text: `Usunąć porozumienie nr ${p.number}? Można usunąć tylko porozumienie bez przydziałów.`,
      remove: () => unwrap(window.api.porozumienia.remove({ id: p.id })),
      removed: `Porozumienie nr ${p.number} — usunięto`,
      reload,
    })

  return (
    <>
      <ListTab
        actions={<Button onClick={() => setEditing({ record: null })}>Dodaj porozumienie</Button>}
        isEmpty={list.length === 0}
        empty="Brak porozumień ze starostą (PUP)."
        minWidth={960}
      >
        <Table striped withTableBorder aria-label="Porozumienia">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Numer</Table.Th>
              <Table.Th>Podpisane</Table.Th>
              <Table.Th>Okres</Table.Th>
              <Table.Th>Przepisy</Table.Th>
              <Table.Th>Plan</Table.Th>
              <Table.Th>Limity na osobę</Table.Th>
              <Table.Th>Stawka</Table.Th>
              <Table.Th>Refundacja</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={600}>{p.number}</Table.Td>
                <Table.Td>{formatDate(p.signedOn)}</Table.Td>
                <Table.Td>
                  {formatDate(p.periodFrom)} – {formatDate(p.periodTo)}
                </Table.Td>
                <Table.Td miw={140}>
                  <Badge color={p.regime === 'stary' ? 'gray' : 'blue'} title={p.legalBasis} tt="none">
                    {p.regime === 'stary' ? 'sprzed 1.06.2025' : 'od 1.06.2025'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {p.plannedPersons} os., {formatHoursUnit(p.plannedMin)}
                </Table.Td>
                <Table.Td>
                  {formatHoursUnit(p.monthlyLimitMin)}/mies.
                  {p.weeklyLimitMin !== null && `, ${formatHoursUnit(p.weeklyLimitMin)}/tydz.`}
                </Table.Td>
                <Table.Td>
                  {p.rates.map((r) => (
                    <div key={r.validFrom}>
                      {formatGrosze(r.rateGr)} od {formatDate(r.validFrom)}
                    </div>
                  ))}
                </Table.Td>
                <Table.Td>
                  {formatBasisPoints(p.refundShareBp)} {REFUND_BASE_LABELS[p.refundBase]}, termin{' '}
                  {p.refundDueDays} dni
                  {p.regime === 'nowy' && (
                    <Text size="xs" c="orange.8">
                      {TERMS_TO_CONFIRM}
                    </Text>
                  )}
                  {p.belowMinimum.length > 0 && (
                    <Badge color="yellow" tt="none" title="Stawka niższa od minimalnej w części okresu">
                      poniżej stawki minimalnej
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`Drukuj warunki porozumienia ${p.number}`}
                      onClick={() => setPrinting(p)}
                    >
                      Drukuj
                    </Button>
                    <RowActions
                      onEdit={() => setEditing({ record: p })}
                      onRemove={p.assignments === 0 ? () => remove(p) : undefined}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListTab>
      {printing && (
        <DocumentPreviewModal
          title={`Warunki porozumienia ${printing.number}`}
          request={{ kind: 'porozumienie-psu', porozumienieId: printing.id }}
          onClose={() => setPrinting(null)}
        />
      )}
      {editing && (
        <PorozumienieFormModal
          porozumienie={editing.record}
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
