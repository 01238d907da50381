import { Badge, Button, Table, Text } from '@mantine/core'
import { SortableTh } from '../../components/SortableTh'
import { formatDate } from '@shared/dates'
import {
  PARTICIPANT_STATUS_LABELS,
  type ParticipantListQuery,
  type ParticipantRow,
  type ParticipantStatus,
} from '@shared/participant.schema'

type Sort = Pick<ParticipantListQuery, 'sortBy' | 'sortDir'>

const COLUMNS: { key: Sort['sortBy']; label: string }[] = [
  { key: 'name', label: 'Nazwisko i imię' },
  { key: 'pesel', label: 'PESEL / dokument' },
  { key: 'birthDate', label: 'Data urodzenia' },
  { key: 'admissionDate', label: 'Data przyjęcia' },
  { key: 'status', label: 'Status' },
]

const STATUS_COLORS: Record<ParticipantStatus, string> = {
  aktywny: 'teal',
  zakonczony: 'gray',
  archiwalny: 'orange',
}

interface Props {
  rows: ParticipantRow[]
  sort: Sort
  onSort: (sort: Sort) => void
  onOpen: (id: number) => void
  /** Opens the person's KIS history (participations, kontrakt, support). */
  onPerson?: (id: number) => void
}

export function ParticipantsTable({ rows, sort, onSort, onOpen, onPerson }: Props) {
  if (rows.length === 0) {
    return (
      <Text c="dimmed" py="xl" ta="center">
        Brak uczestników spełniających kryteria.
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped highlightOnHover withTableBorder aria-label="Lista uczestników">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => {
              const active = sort.sortBy === c.key
              const next = active && sort.sortDir === 'asc' ? 'desc' : 'asc'
              return (
                <SortableTh
                  key={c.key}
                  label={c.label}
                  direction={active ? sort.sortDir : null}
                  onSort={() => onSort({ sortBy: c.key, sortDir: next })}
                />
              )
            })}
            {onPerson && <Table.Th aria-label="Przebieg w KIS" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={r.id}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(r.id)}
              onKeyDown={(e) => e.key === 'Enter' && onOpen(r.id)}
            >
              <Table.Td>
                {r.lastName} {r.firstName}
              </Table.Td>
              <Table.Td>{r.pesel ?? `dok. ${r.idDocument ?? ''}`}</Table.Td>
              <Table.Td>{formatDate(r.birthDate)}</Table.Td>
              <Table.Td>{formatDate(r.admissionDate)}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[r.status]} variant="light">
                  {PARTICIPANT_STATUS_LABELS[r.status]}
                </Badge>
              </Table.Td>
              {onPerson && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={(e) => {
                      e.stopPropagation()
                      onPerson(r.id)
                    }}
                    onKeyDown={(e) => e.stopPropagation()}
                  >
                    Przebieg
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
