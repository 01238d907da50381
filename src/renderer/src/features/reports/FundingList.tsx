import { Table, Text } from '@mantine/core'
import { formatGrosze } from '@shared/money'
import { FUNDING_SOURCES } from '@shared/reports'
import type { FundingRecord } from '@shared/reports.schema'

export const monthText = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`

export function FundingList({ funding }: { funding: readonly FundingRecord[] }) {
  if (funding.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nie wpisano źródeł finansowania obejmujących ten okres (zakładka „Dane do sprawozdań”).
      </Text>
    )
  }
  return (
    <Table withTableBorder aria-label="Źródła finansowania">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Źródło</Table.Th>
          <Table.Th>Nazwa</Table.Th>
          <Table.Th>Miesiące</Table.Th>
          <Table.Th ta="right">Kwota</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {funding.map((f) => (
          <Table.Tr key={f.id}>
            <Table.Td>{FUNDING_SOURCES[f.source]}</Table.Td>
            <Table.Td>{f.name}</Table.Td>
            <Table.Td>
              {monthText(f.monthFrom)}–{monthText(f.monthTo)}
            </Table.Td>
            <Table.Td ta="right">{f.amountGr === null ? '' : formatGrosze(f.amountGr)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
