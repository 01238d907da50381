// Step 3: the dry run — counts per class, a filter by class, every row with its reason or its
// differences, and a tick for each "różni się" row the coordinator wants updated.
import { useMemo, useState } from 'react'
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import {
  ASSIGNMENT_CLASS_LABELS,
  ROW_CLASS_LABELS,
  ROW_CLASSES,
  type ClassifiedRow,
  type ImportDryRun,
  type RowClass,
} from '@shared/imports.schema'

const PAGE = 50
const COLORS: Record<RowClass, string> = {
  nowa: 'teal',
  'taka-sama': 'gray',
  'rozni-sie': 'yellow',
  blad: 'red',
}

interface Props {
  dryRun: ImportDryRun
  psu: boolean
  ticked: ReadonlySet<number>
  onTicked: (ticked: Set<number>) => void
}

function Details({ row }: { row: ClassifiedRow }) {
  return (
    <Stack gap={2}>
      {row.messages.map((m) => (
        <Text key={m} size="xs" c={row.class === 'blad' ? 'red' : 'dimmed'}>
          {m}
        </Text>
      ))}
      {row.differences.map((d) => (
        <Text key={d.field} size="xs">
          <b>{d.field}:</b> zapisane „{d.stored}” → w pliku „{d.file}”
        </Text>
      ))}
    </Stack>
  )
}

export function DryRunStep({ dryRun, psu, ticked, onTicked }: Props) {
  const [filter, setFilter] = useState<RowClass | 'wszystkie'>('wszystkie')
  const [page, setPage] = useState(1)
  const rows = useMemo(
    () => (filter === 'wszystkie' ? dryRun.rows : dryRun.rows.filter((r) => r.class === filter)),
    [dryRun.rows, filter],
  )
  const differing = dryRun.rows.filter((r) => r.class === 'rozni-sie').map((r) => r.row)
  const pages = Math.max(1, Math.ceil(rows.length / PAGE))
  const shown = rows.slice((page - 1) * PAGE, page * PAGE)

  function tick(row: number, on: boolean) {
    const next = new Set(ticked)
    if (on) next.add(row)
    else next.delete(row)
    onTicked(next)
  }

  return (
    <Stack gap="sm">
      <Group gap="xs" data-testid="dry-run-counts">
        {ROW_CLASSES.map((c) => (
          <Badge key={c} color={COLORS[c]} variant="light" size="lg">
            {ROW_CLASS_LABELS[c]}: {dryRun.counts[c]}
          </Badge>
        ))}
        {psu && (
          <Text size="sm" c="dimmed">
            Przydziały: nowe {dryRun.assignments.nowy}, już są {dryRun.assignments.jest}, pominięte{' '}
            {dryRun.assignments.blad}
          </Text>
        )}
      </Group>
      {dryRun.emptyRows > 0 && (
        <Text size="xs" c="dimmed">
          Pominięto puste wiersze: {dryRun.emptyRows}.
        </Text>
      )}
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Pokaż wiersze"
          value={filter}
          onChange={(v) => {
            setFilter(v as RowClass | 'wszystkie')
            setPage(1)
          }}
          data={[
            { value: 'wszystkie', label: `Wszystkie (${dryRun.rows.length})` },
            ...ROW_CLASSES.map((c) => ({ value: c, label: `${ROW_CLASS_LABELS[c]} (${dryRun.counts[c]})` })),
          ]}
        />
        {differing.length > 0 && (
          <Button
            variant="default"
            size="xs"
            onClick={() => onTicked(ticked.size === differing.length ? new Set() : new Set(differing))}
          >
            {ticked.size === differing.length
              ? 'Odznacz wszystkie aktualizacje'
              : 'Zaktualizuj wszystkie różniące się'}
          </Button>
        )}
      </Group>
      <Table striped withTableBorder fz="sm" aria-label="Wynik próbnego importu">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Wiersz</Table.Th>
            <Table.Th>Osoba</Table.Th>
            <Table.Th>Wynik</Table.Th>
            <Table.Th>Szczegóły</Table.Th>
            {psu && <Table.Th>Przydział PSU</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>
                {r.name || '—'}
                <Text size="xs" c="dimmed">
                  {r.identity}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={COLORS[r.class]} variant="light">
                  {ROW_CLASS_LABELS[r.class]}
                </Badge>
                {r.class === 'rozni-sie' && (
                  <Checkbox
                    mt={4}
                    size="xs"
                    label="Zaktualizuj"
                    checked={ticked.has(r.row)}
                    onChange={(e) => tick(r.row, e.currentTarget.checked)}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <Details row={r} />
              </Table.Td>
              {psu && (
                <Table.Td>
                  {r.assignment && (
                    <>
                      <Badge
                        variant="light"
                        color={
                          r.assignment.class === 'nowy'
                            ? 'teal'
                            : r.assignment.class === 'jest'
                              ? 'gray'
                              : 'red'
                        }
                      >
                        {ASSIGNMENT_CLASS_LABELS[r.assignment.class]}
                      </Badge>
                      <Text size="xs">{r.assignment.label}</Text>
                      {r.assignment.message && (
                        <Text size="xs" c={r.assignment.class === 'blad' ? 'red' : 'dimmed'}>
                          {r.assignment.message}
                        </Text>
                      )}
                    </>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label="Strony wyniku" />}
    </Stack>
  )
}
