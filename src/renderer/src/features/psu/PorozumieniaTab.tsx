import { useState } from 'react'
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { formatHoursUnit } from '@shared/psu-hours'
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import { formatBasisPoints, REFUND_BASE_LABELS } from '@shared/psu-regime'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { PorozumienieFormModal } from './PorozumienieFormModal'
import { usePorozumienia } from './use-psu-data'

export function PorozumieniaTab() {
  const [list, reload] = usePorozumienia()
  const [editing, setEditing] = useState<{ record: PorozumienieRecord | null } | null>(null)

  function remove(p: PorozumienieRecord) {
    modals.openConfirmModal({
      title: 'Usunięcie porozumienia',
      children: (
        <Text size="sm">
          Usunąć porozumienie nr {p.number}? Można usunąć tylko porozumienie bez przydziałów.
        </Text>
      ),
      labels: { confirm: 'Usuń', cancel: 'Anuluj' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        unwrap(window.api.porozumienia.remove({ id: p.id })).then(() => {
          notifySaved(`Porozumienie nr ${p.number} — usunięto`)
          reload()
        }, notifyError),
    })
  }

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => setEditing({ record: null })}>Dodaj porozumienie</Button>
      </Group>
      {list.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          Brak porozumień ze starostą (PUP).
        </Text>
      ) : (
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
                <Table.Td>
                  <Badge color={p.regime === 'stary' ? 'gray' : 'blue'} title={p.legalBasis}>
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
                  {formatBasisPoints(p.refundShareBp)} {REFUND_BASE_LABELS[p.refundBase]}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ record: p })}>
                      Edytuj
                    </Button>
                    {p.assignments === 0 && (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(p)}>
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
    </Stack>
  )
}
