import { useCallback, useEffect, useState } from 'react'
import { Button, Checkbox, Group, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { TARGET_GROUP_CODES, TARGET_GROUP_SHORT, type TargetGroup } from '@shared/eligibility'
import type { ParticipantListQuery, ParticipantPage, StatusFilter } from '@shared/participant.schema'
import { notifyError, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { ParticipantFormModal } from './ParticipantFormModal'
import { ParticipantsTable } from './ParticipantsTable'
import { PersonViewModal } from './PersonViewModal'
import { ImportWizard } from '../imports/ImportWizard'

const PAGE_SIZE = 50

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'biezacy', label: 'Bieżący (bez archiwum)' },
  { value: 'aktywny', label: 'Aktywni' },
  { value: 'zakonczony', label: 'Zakończeni' },
  { value: 'archiwalny', label: 'Archiwum' },
  { value: 'wszystkie', label: 'Wszyscy' },
]

type Editing = { id: number | null } | null
type Filters = Pick<ParticipantListQuery, 'status' | 'targetGroup' | 'sortBy' | 'sortDir'>
const INITIAL_FILTERS: Filters = { status: 'biezacy', targetGroup: null, sortBy: 'name', sortDir: 'asc' }

export function ParticipantsPage() {
  const [search, setSearch] = useState('')
  const [debouncedSearch] = useDebouncedValue(search, 250)
  const [filters, setFilters] = useState<Filters>(INITIAL_FILTERS)
  const [page, setPage] = useState(1)
  const [data, setData] = useState<ParticipantPage | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [viewing, setViewing] = useState<number | null>(null)
  // Art. 9 RODO data leaves the app only when ticked for this export; never remembered.
  const [withSpecial, setWithSpecial] = useState(false)
  const [importing, setImporting] = useState(false)

  const load = useCallback(() => {
    const query = { search: debouncedSearch, ...filters, page, pageSize: PAGE_SIZE }
    unwrap(window.api.participants.list(query)).then(setData, notifyError)
  }, [debouncedSearch, filters, page])

  useEffect(load, [load])

  /** Any new filter starts again from the first page. */
  function refine(patch: Partial<Filters>) {
    setFilters((f) => ({ ...f, ...patch }))
    setPage(1)
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Uczestnicy</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setImporting(true)}>
            Importuj z Excela…
          </Button>
          <Button onClick={() => setEditing({ id: null })}>Dodaj uczestnika</Button>
        </Group>
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput
          label="Szukaj"
          placeholder="nazwisko, imię lub PESEL"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value)
            setPage(1)
          }}
          w={320}
          autoFocus
        />
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={filters.status}
          onChange={(s) => refine({ status: (s ?? 'biezacy') as StatusFilter })}
          allowDeselect={false}
          w={220}
        />
        <Select
          label="Grupa docelowa"
          placeholder="wszystkie grupy"
          data={TARGET_GROUP_CODES.map((g) => ({ value: g, label: TARGET_GROUP_SHORT[g] }))}
          value={filters.targetGroup}
          onChange={(g) => refine({ targetGroup: g as TargetGroup | null })}
          clearable
          w={260}
        />
      </Group>
      {data && (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="participants-count">
              Znaleziono: {data.total}
            </Text>
            <Group gap="sm">
              <Checkbox
                size="xs"
                label="z grupami docelowymi, wykluczeniami i terapią (dane szczególnych kategorii)"
                checked={withSpecial}
                onChange={(e) => setWithSpecial(e.currentTarget.checked)}
              />
              <ExportButtons
                request={(format) => ({
                  list: 'participants',
                  format,
                  filter: { search: debouncedSearch, ...filters },
                  specialCategories: withSpecial,
                })}
              />
            </Group>
          </Group>
          <ParticipantsTable
            rows={data.rows}
            sort={filters}
            onSort={refine}
            onOpen={(id) => setEditing({ id })}
            onPerson={setViewing}
          />
          {pages > 1 && (
            <Pagination total={pages} value={page} onChange={setPage} aria-label="Strony listy" />
          )}
        </>
      )}
      {importing && (
        <ImportWizard kind="participants" onClose={() => setImporting(false)} onImported={load} />
      )}
      {viewing !== null && (
        <PersonViewModal participantId={viewing} onClose={() => setViewing(null)} onChanged={load} />
      )}
      {editing && (
        <ParticipantFormModal
          participantId={editing.id}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            load()
          }}
        />
      )}
    </Stack>
  )
}
