import { useCallback, useEffect, useState } from 'react'
import { Button, Group, NumberInput, Pagination, Select, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditFilter,
  type AuditPage,
} from '@shared/audit.schema'
import { formatDateTime } from '@shared/dates'
import { notifyError, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'

const PAGE_SIZE = 50
const EMPTY: AuditFilter = { action: null, participantId: null, from: null, to: null }

/** Who did what and when, newest first; entries cannot be changed from here or anywhere. */
export function AuditLogTab() {
  const [filter, setFilter] = useState<AuditFilter>(EMPTY)
  const [page, setPage] = useState(1)
  const [data, setData] = useState<AuditPage | null>(null)
  const [exporting, setExporting] = useState(false)

  const load = useCallback(() => {
    unwrap(window.api.audit.list({ ...filter, page, pageSize: PAGE_SIZE })).then(setData, notifyError)
  }, [filter, page])
  useEffect(load, [load])

  function refine(patch: Partial<AuditFilter>) {
    setFilter((f) => ({ ...f, ...patch }))
    setPage(1)
  }

  async function exportLog(format: 'xlsx' | 'csv') {
    setExporting(true)
    try {
      const { path, rows } = await unwrap(window.api.audit.export({ format, filter }))
      if (path) notifications.show({ color: 'teal', title: `Wyeksportowano wpisów: ${rows}`, message: path })
      load()
    } catch (error) {
      notifyError(error)
    } finally {
      setExporting(false)
    }
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Każdy wydruk, zapis PDF, eksport, kopia zapasowa, przywrócenie, anonimizacja i każda zmiana danych
        osoby — z czasem, użytkownikiem Windows i numerami osób w rejestrze (bez treści danych). Wpisów nie
        można zmieniać ani usuwać.
      </Text>
      <Group align="end" wrap="wrap">
        <Select
          label="Czynność"
          placeholder="wszystkie"
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }))}
          value={filter.action}
          onChange={(a) => refine({ action: (a as AuditAction | null) ?? null })}
          clearable
          w={260}
        />
        <NumberInput
          label="Nr osoby w rejestrze"
          value={filter.participantId ?? ''}
          onChange={(v) => refine({ participantId: typeof v === 'number' && v > 0 ? v : null })}
          min={1}
          allowDecimal={false}
          w={170}
        />
        <PolishDateInput
          label="Od dnia"
          value={filter.from ?? ''}
          onChange={(v) => refine({ from: v || null })}
          w={150}
        />
        <PolishDateInput
          label="Do dnia"
          value={filter.to ?? ''}
          onChange={(v) => refine({ to: v || null })}
          w={150}
        />
        <Button variant="default" size="xs" loading={exporting} onClick={() => void exportLog('xlsx')}>
          Eksport XLSX
        </Button>
        <Button variant="default" size="xs" loading={exporting} onClick={() => void exportLog('csv')}>
          Eksport CSV
        </Button>
      </Group>
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="audit-count">
            Wpisów: {data.total}
          </Text>
          <Table striped withTableBorder aria-label="Rejestr czynności">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nr</Table.Th>
                <Table.Th>Kiedy</Table.Th>
                <Table.Th>Czynność</Table.Th>
                <Table.Th>Czego dotyczy</Table.Th>
                <Table.Th>Szczegóły</Table.Th>
                <Table.Th>Osoby (nr)</Table.Th>
                <Table.Th>Użytkownik</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.id}</Table.Td>
                  <Table.Td>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{AUDIT_ACTION_LABELS[e.action]}</Table.Td>
                  <Table.Td>{e.subject}</Table.Td>
                  <Table.Td>{e.detail}</Table.Td>
                  <Table.Td>{e.people.join(', ')}</Table.Td>
                  <Table.Td>{e.userName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {pages > 1 && (
            <Pagination total={pages} value={page} onChange={setPage} aria-label="Strony rejestru" />
          )}
        </>
      )}
    </Stack>
  )
}
