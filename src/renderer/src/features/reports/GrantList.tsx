import { Table, Text } from '@mantine/core'
import { formatGrosze } from '@shared/money'
import { GRANT_RULE, grantSettlementText, grantUnsettledGr, type GrantRecord } from '@shared/report-grants'

/** Grants with their settlement (art. 18a ust. 6 pkt 4); an unbalanced one is shown in red. */
export function GrantList({
  grants,
  actions,
}: {
  grants: readonly GrantRecord[]
  actions?: (g: GrantRecord) => React.ReactNode
}) {
  if (grants.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nie wpisano dotacji za lata tego okresu (zakładka „Dane do sprawozdań”).
      </Text>
    )
  }
  return (
    <>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder aria-label="Dotacje">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rok</Table.Th>
              <Table.Th>Dotacja (kto udzielił)</Table.Th>
              <Table.Th ta="right">Przyznano</Table.Th>
              <Table.Th ta="right">Wykorzystano</Table.Th>
              <Table.Th ta="right">Zwrócono</Table.Th>
              <Table.Th>Rozliczenie</Table.Th>
              {actions && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grants.map((g) => {
              const settled = grantUnsettledGr(g) === 0
              return (
                <Table.Tr key={g.id} bg={settled ? undefined : 'var(--mantine-color-red-light)'}>
                  <Table.Td>{g.year}</Table.Td>
                  <Table.Td>{g.name}</Table.Td>
                  <Table.Td ta="right">{formatGrosze(g.grantedGr)}</Table.Td>
                  <Table.Td ta="right">{formatGrosze(g.usedGr)}</Table.Td>
                  <Table.Td ta="right">{formatGrosze(g.returnedGr)}</Table.Td>
                  <Table.Td c={settled ? undefined : 'red'} fw={settled ? undefined : 700}>
                    {grantSettlementText(g)}
                  </Table.Td>
                  {actions && <Table.Td ta="right">{actions(g)}</Table.Td>}
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {GRANT_RULE}
      </Text>
    </>
  )
}
