import { useEffect, useState } from 'react'
import { Group, Select, Stack, Table, Text } from '@mantine/core'
import { formatGrosze } from '@shared/money'
import { formatHours, type PayoutYear } from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { notifyError, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'

const COLUMNS = [
  'Osoby',
  'Stanowiska',
  'Godziny',
  'Kwota list',
  'Wypłacono',
  'Refundacja należna',
  'Refundacja wnioskowana',
  'Refundacja otrzymana',
] as const

/** Per month and for the year: persons, positions, hours, money paid, refund requested and received. */
export function YearTab() {
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState(thisYear)
  const [data, setData] = useState<PayoutYear | null>(null)
  useEffect(() => {
    unwrap(window.api.payouts.year({ year })).then(setData, notifyError)
  }, [year])

  const cells = (f: PayoutYear['total']) => [
    String(f.persons),
    String(f.positions),
    formatHours(f.workedMin),
    formatGrosze(f.amountGr),
    formatGrosze(f.paidGr),
    formatGrosze(f.refundDueGr),
    formatGrosze(f.refundRequestedGr),
    formatGrosze(f.refundReceivedGr),
  ]
  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <Select
          label="Rok"
          data={Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={120}
        />
        <ExportButtons request={(format) => ({ list: 'payout-year', format, year })} />
      </Group>
      <Text size="sm" c="dimmed">
        Liczone są listy zatwierdzone i wypłacone (bez projektów i anulowanych), według miesiąca pracy. Osoby
        i stanowiska w wierszu roku liczone są raz, nie sumowane.
      </Text>
      {data && (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table withTableBorder striped aria-label={`PSU w roku ${data.year}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Miesiąc</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Th key={c} ta="right">
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.months.map((m) => (
                <Table.Tr key={m.month} c={m.persons === 0 ? 'dimmed' : undefined}>
                  <Table.Td>{formatMonth(m.month)}</Table.Td>
                  {cells(m).map((v, i) => (
                    <Table.Td key={COLUMNS[i]} ta="right">
                      {v}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>Rok {data.year}</Table.Td>
                {cells(data.total).map((v, i) => (
                  <Table.Td key={COLUMNS[i]} ta="right">
                    {v}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && data.positionsByType.length > 0 && (
        <Text size="sm">
          Stanowiska według rodzaju:{' '}
          {data.positionsByType.map((p) => `${p.positionType} ×${p.positions}`).join(', ')}
        </Text>
      )}
    </Stack>
  )
}
