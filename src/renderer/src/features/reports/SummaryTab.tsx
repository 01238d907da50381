import { Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core'
import {
  FIGURES,
  KIS_FIGURE_IDS,
  PSU_FIGURE_IDS,
  SHARE_RULE,
  formatPeriod,
  formatShare,
  shareBase,
  type SummaryFigureId,
} from '@shared/reports'
import type { PeriodSummary } from '@shared/reports.schema'
import { unwrap } from '../../api/client'
import type { DrillRequest } from './DrillDownModal'
import { FigureButton } from './FigureButton'
import { FundingList } from './FundingList'
import { ReportActions } from './ReportActions'
import { useLoad } from '../../api/use-load'

interface Props {
  from: string
  to: string
  compareYears: number
  onDrill: (request: DrillRequest) => void
}

const valueOf = (s: PeriodSummary, id: SummaryFigureId) => s.figures.find((f) => f.id === id)?.value ?? 0

export function SummaryTab({ from, to, compareYears, onDrill }: Props) {
  const { data: report } = useLoad(`${from} ${to} ${compareYears}`, () =>
    unwrap(window.api.reports.summary({ from, to, compareYears })),
  )

  if (!report) return <Loader size="sm" />
  const { current } = report
  const periods = [current, ...report.previous]

  function figureTable(ids: readonly SummaryFigureId[], label: string) {
    return (
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder striped aria-label={label} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="52%">Wskaźnik i jak go policzono</Table.Th>
              {periods.map((p) => (
                <Table.Th key={p.from} ta="right">
                  {formatPeriod(p.from, p.to)}
                </Table.Th>
              ))}
              <Table.Th ta="right">Udział ({formatPeriod(current.from, current.to)})</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ids.map((id) => {
              const def = FIGURES[id]
              const base = shareBase(id)
              return (
                <Table.Tr key={id}>
                  <Table.Td pl={def.part ? 'xl' : undefined}>
                    <Text size="sm" fw={def.part ? 400 : 600}>
                      {def.label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {def.definition}
                    </Text>
                  </Table.Td>
                  {periods.map((p, i) => (
                    <Table.Td key={p.from} ta="right" valign="top">
                      <FigureButton
                        unit={def.unit}
                        value={valueOf(p, id)}
                        label={def.label}
                        testId={i === 0 ? `figure-${id}` : `figure-${id}-${p.from.slice(0, 4)}`}
                        onOpen={() =>
                          onDrill({
                            figure: id,
                            key: null,
                            from: p.from,
                            to: p.to,
                            title: `${def.label} — ${formatPeriod(p.from, p.to)}`,
                          })
                        }
                      />
                    </Table.Td>
                  ))}
                  <Table.Td
                    ta="right"
                    valign="top"
                    style={{ whiteSpace: 'nowrap' }}
                    data-testid={base ? `share-${id}` : undefined}
                  >
                    {base ? formatShare(valueOf(current, id), valueOf(current, base)) : ''}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    )
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Kliknij liczbę, aby zobaczyć osoby (lub wpisy) za nią i poprawić dane przed wydrukiem.
        </Text>
        <ReportActions
          report="roczne"
          title={`Zestawienie działalności KIS — ${formatPeriod(from, to)}`}
          from={from}
          to={to}
          compareYears={compareYears}
        />
      </Group>
      <Title order={4}>Klub Integracji Społecznej</Title>
      {figureTable(KIS_FIGURE_IDS, 'Wskaźniki KIS')}
      <Title order={4}>Prace społecznie użyteczne</Title>
      {figureTable(PSU_FIGURE_IDS, 'Wskaźniki PSU')}
      <Group gap="xs" aria-label="Stanowiska PSU według rodzaju">
        <Text size="sm" fw={600}>
          Stanowiska według rodzaju:
        </Text>
        {current.positionsByType.length === 0 && <Text size="sm">brak</Text>}
        {current.positionsByType.map((t) => (
          <Badge
            key={t.positionType}
            variant="light"
            component="button"
            style={{ cursor: 'pointer' }}
            onClick={() =>
              onDrill({
                figure: 'psu-stanowiska-rodzaj',
                key: t.positionType,
                from,
                to,
                title: `Stanowiska PSU: ${t.positionType}`,
              })
            }
          >
            {t.positionType} ×{t.positions}
          </Badge>
        ))}
      </Group>
      <Title order={4}>Źródła finansowania</Title>
      <FundingList funding={current.funding} />
      <Text size="xs" c="dimmed">
        {SHARE_RULE}
      </Text>
    </Stack>
  )
}
