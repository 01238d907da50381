import { Badge, Table } from '@mantine/core'
import { formatGrosze } from '@shared/money'
import { PAYOUT_STATUS_LABELS, type RateChangePreview } from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { STATUS_COLORS } from './payout-ui'

const amount = (gr: number | null) => (gr === null ? '—' : formatGrosze(gr))

/** What a rate change does to computed payout lists: per list, then per person old and new amounts. */
export function RateChangeEffects({ lists }: { lists: RateChangePreview['lists'] }) {
  return (
    <Table withTableBorder striped aria-label="Skutki zmiany stawki">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Lista</Table.Th>
          <Table.Th>Miesiąc</Table.Th>
          <Table.Th>Osoba</Table.Th>
          <Table.Th ta="right">Kwota teraz</Table.Th>
          <Table.Th ta="right">Kwota po zmianie</Table.Th>
          <Table.Th ta="right">Refundacja teraz</Table.Th>
          <Table.Th ta="right">Refundacja po zmianie</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lists.flatMap((l) => [
          <Table.Tr key={`${l.listId}-head`}>
            <Table.Td>
              {l.number}{' '}
              <Badge size="xs" color={STATUS_COLORS[l.status]} variant="light">
                {PAYOUT_STATUS_LABELS[l.status]}
              </Badge>
            </Table.Td>
            <Table.Td>{formatMonth(l.month)}</Table.Td>
            <Table.Td colSpan={5}>{l.error ?? `${l.changes.length} os. z inną kwotą`}</Table.Td>
          </Table.Tr>,
          ...l.changes.map((c) => (
            <Table.Tr key={`${l.listId}-${c.participantId}`}>
              <Table.Td />
              <Table.Td />
              <Table.Td>{c.name}</Table.Td>
              <Table.Td ta="right">{amount(c.oldAmountGr)}</Table.Td>
              <Table.Td ta="right">{amount(c.newAmountGr)}</Table.Td>
              <Table.Td ta="right">{amount(c.oldRefundGr)}</Table.Td>
              <Table.Td ta="right">{amount(c.newRefundGr)}</Table.Td>
            </Table.Tr>
          )),
        ])}
      </Table.Tbody>
    </Table>
  )
}
