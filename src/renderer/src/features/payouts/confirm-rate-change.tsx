import { Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { formatGrosze } from '@shared/money'
import type { RateChangeInput, RateChangePreview } from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { unwrap } from '../../api/client'

/**
 * Before a rate table is saved: if the change would alter payout lists already computed, show which
 * people and amounts change and ask. Resolves true when nothing is affected or the user confirms.
 */
export async function confirmRateChange(change: RateChangeInput): Promise<boolean> {
  const preview = await unwrap(window.api.payouts.preview(change))
  const affected = preview.lists.filter((l) => l.error !== null || l.changes.length > 0)
  if (affected.length === 0) return true
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Zmiana stawki zmienia policzone listy wypłat',
      size: 'xl',
      children: <AffectedLists lists={affected} />,
      labels: { confirm: 'Zapisz mimo to', cancel: 'Nie zapisuj' },
      confirmProps: { color: 'orange' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    })
  })
}

function AffectedLists({ lists }: { lists: RateChangePreview['lists'] }) {
  const amount = (gr: number | null) => (gr === null ? '—' : formatGrosze(gr))
  return (
    <Stack gap="xs">
      <Text size="sm">
        Po zapisaniu te listy będą nieaktualne: listę w projekcie trzeba przeliczyć, zatwierdzoną — anulować i
        policzyć na nowo.
      </Text>
      <Table withTableBorder aria-label="Zmiany kwot">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Lista</Table.Th>
            <Table.Th>Osoba</Table.Th>
            <Table.Th>Kwota była</Table.Th>
            <Table.Th>Kwota będzie</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.flatMap((l) =>
            l.error !== null
              ? [
                  <Table.Tr key={l.listId}>
                    <Table.Td>
                      {l.number} ({formatMonth(l.month)})
                    </Table.Td>
                    <Table.Td colSpan={3}>{l.error}</Table.Td>
                  </Table.Tr>,
                ]
              : l.changes.map((c) => (
                  <Table.Tr key={`${l.listId}-${c.participantId}`}>
                    <Table.Td>
                      {l.number} ({formatMonth(l.month)})
                    </Table.Td>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{amount(c.oldAmountGr)}</Table.Td>
                    <Table.Td>{amount(c.newAmountGr)}</Table.Td>
                  </Table.Tr>
                )),
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
