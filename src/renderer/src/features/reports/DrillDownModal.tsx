import { useCallback, useEffect, useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { Anchor, Group, Loader, ScrollArea, Table, Text } from '@mantine/core'
import { FIGURES, formatFigure, formatPeriod, isSumUnit, type FigureId } from '@shared/reports'
import type { DrillDown, RecordLink } from '@shared/reports.schema'
import { pluralPl } from '@shared/text'
import { notifyError, unwrap } from '../../api/client'

export interface DrillRequest {
  figure: FigureId
  key: string | null
  from: string
  to: string
  /** What the row of the report says, e.g. "długotrwale bezrobotni — uczestnicy". */
  title: string
}

interface Props {
  request: DrillRequest
  hidden: boolean
  onOpen: (link: RecordLink) => void
  onClose: () => void
}

/** The records behind a figure, with the same period and key; their count (or sum) is the figure. */
export function DrillDownModal({ request, hidden, onOpen, onClose }: Props) {
  const [drill, setDrill] = useState<DrillDown | null>(null)
  const { figure, key, from, to } = request
  const load = useCallback(() => {
    unwrap(window.api.reports.drill({ figure, key, from, to })).then(setDrill, (error: unknown) => {
      notifyError(error)
      onClose()
    })
  }, [figure, key, from, to, onClose])
  // Reloaded when a record opened from here is closed: it may have been corrected.
  useEffect(() => {
    if (!hidden) load()
  }, [hidden, load])

  const def = FIGURES[figure]
  const summed = isSumUnit(def.unit)
  const count = drill?.rows.length ?? 0
  return (
    <AppModal opened={!hidden} onClose={onClose} title={request.title} size="min(1100px, 96vw)">
      <Text size="sm" c="dimmed" mb="xs">
        {formatPeriod(from, to)}. {def.definition}
      </Text>
      {!drill ? (
        <Loader size="sm" />
      ) : (
        <>
          <Group justify="space-between" mb="xs">
            <Text fw={600} data-testid="drill-total">
              Razem: {formatFigure(def.unit, drill.total)}
            </Text>
            <Text size="sm" c="dimmed" data-testid="drill-count">
              {count} {pluralPl(count, 'pozycja', 'pozycje', 'pozycji')}
            </Text>
          </Group>
          <ScrollArea.Autosize mah="65vh">
            <Table striped highlightOnHover stickyHeader aria-label="Lista do wskaźnika">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Lp.</Table.Th>
                  <Table.Th>Kto / co</Table.Th>
                  <Table.Th>PESEL</Table.Th>
                  <Table.Th>Kiedy</Table.Th>
                  <Table.Th>Szczegóły</Table.Th>
                  {summed && <Table.Th ta="right">Wartość</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {drill.rows.map((row, i) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      {row.link ? (
                        <Anchor component="button" type="button" ta="left" onClick={() => onOpen(row.link!)}>
                          {row.name}
                        </Anchor>
                      ) : (
                        row.name
                      )}
                    </Table.Td>
                    <Table.Td>{row.pesel ?? ''}</Table.Td>
                    <Table.Td>{row.when}</Table.Td>
                    <Table.Td>{row.detail}</Table.Td>
                    {summed && <Table.Td ta="right">{formatFigure(def.unit, row.value ?? 0)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {count === 0 && (
            <Text size="sm" c="dimmed" mt="xs">
              Nikogo — wskaźnik wynosi zero.
            </Text>
          )}
        </>
      )}
    </AppModal>
  )
}
