import { useCallback, useEffect, useState } from 'react'
import { Badge, Button, Card, Group, Loader, Stack, Table, Text } from '@mantine/core'
import { QUALITY_CHECKS, type QualityReport, type QualityRow, type RecordLink } from '@shared/reports.schema'
import { formatPeriod } from '@shared/reports'
import { notifyError, unwrap } from '../../api/client'

interface Props {
  from: string
  to: string
  /** Changes when a record opened from here was closed: the check runs again. */
  refresh: number
  onOpen: (link: RecordLink) => void
}

/** What to correct before printing a report: each problem with the record to open. */
export function QualityTab({ from, to, refresh, onOpen }: Props) {
  const [report, setReport] = useState<QualityReport | null>(null)
  const load = useCallback(() => {
    unwrap(window.api.reports.quality({ from, to })).then(setReport, notifyError)
  }, [from, to])
  useEffect(load, [load, refresh])

  if (!report) return <Loader size="sm" />
  const problems = report.checks.reduce((sum, c) => sum + c.rows.length, 0)
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c={problems === 0 ? 'teal' : 'orange'} fw={600} data-testid="quality-summary">
          {problems === 0
            ? `Nie znaleziono problemów w danych za ${formatPeriod(from, to)}.`
            : `Do sprawdzenia przed sprawozdaniem: ${problems} (okres ${formatPeriod(from, to)}).`}
        </Text>
        <Button size="xs" variant="default" onClick={load}>
          Sprawdź ponownie
        </Button>
      </Group>
      {report.checks.map((check) => (
        <Card key={check.id} withBorder padding="sm" data-testid={`quality-${check.id}`}>
          <Group justify="space-between" mb={check.rows.length > 0 ? 'xs' : 0}>
            <Text fw={600}>{QUALITY_CHECKS[check.id].label}</Text>
            <Badge color={check.rows.length === 0 ? 'teal' : 'orange'}>{check.rows.length}</Badge>
          </Group>
          {check.rows.length > 0 && (
            <>
              <Text size="xs" c="dimmed" mb="xs">
                {QUALITY_CHECKS[check.id].hint}
              </Text>
              <QualityRows label={QUALITY_CHECKS[check.id].label} rows={check.rows} onOpen={onOpen} />
            </>
          )}
        </Card>
      ))}
    </Stack>
  )
}

/** The records a check found, each with the button that opens it where it is corrected. */
export function QualityRows({
  label,
  rows,
  onOpen,
}: {
  label: string
  rows: QualityRow[]
  onOpen: (link: RecordLink) => void
}) {
  return (
    <Table striped aria-label={label}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td w="28%">{row.name}</Table.Td>
            <Table.Td>{row.detail}</Table.Td>
            <Table.Td w={110} ta="right">
              <Button size="compact-xs" variant="light" onClick={() => onOpen(row.link)}>
                Popraw
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
