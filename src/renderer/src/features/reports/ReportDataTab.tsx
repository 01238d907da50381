import { useCallback, useEffect, useState } from 'react'
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { FUNDING_SOURCES, STAFF_BASES, formatWorkingTime } from '@shared/reports'
import type { FundingRecord, StaffEngagementRecord } from '@shared/reports.schema'
import type { GrantRecord } from '@shared/report-grants'
import { notifyError, unwrap } from '../../api/client'
import { FundingModal } from './FundingModal'
import { GrantList } from './GrantList'
import { GrantModal } from './GrantModal'
import { monthText } from './FundingList'
import { StaffEngagementModal } from './StaffEngagementModal'

type Editing =
  | { kind: 'staff'; record: StaffEngagementRecord | null }
  | { kind: 'funding'; record: FundingRecord | null }
  | { kind: 'grant'; record: GrantRecord | null }
  | null

/** What the reports need that no other screen records: KIS staff engagements, funding sources, grants. */
export function ReportDataTab({ year }: { year: number }) {
  const [staff, setStaff] = useState<StaffEngagementRecord[]>([])
  const [funding, setFunding] = useState<FundingRecord[]>([])
  const [grants, setGrants] = useState<GrantRecord[]>([])
  const [editing, setEditing] = useState<Editing>(null)
  const load = useCallback(() => {
    unwrap(window.api.reports.staff()).then(setStaff, notifyError)
    unwrap(window.api.reports.funding()).then(setFunding, notifyError)
    unwrap(window.api.reports.grants()).then(setGrants, notifyError)
  }, [])
  useEffect(load, [load])

  function confirmRemove(what: string, remove: () => Promise<unknown>) {
    modals.openConfirmModal({
      title: 'Usunąć wpis?',
      children: <Text size="sm">{what} zniknie ze sprawozdań za wszystkie lata.</Text>,
      labels: { confirm: 'Usuń', cancel: 'Anuluj' },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove().then(load, notifyError),
    })
  }

  const saved = () => {
    setEditing(null)
    load()
  }
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={4}>Kadra KIS (do sprawozdania dla wojewody)</Title>
        <Button size="xs" onClick={() => setEditing({ kind: 'staff', record: null })}>
          Dodaj zatrudnienie
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Pracowników dodaje się w Ustawieniach; tu zapisuje się ich funkcję w KIS, podstawę i wymiar czasu
        pracy w okresach — zmiana etatu to nowy wiersz, więc sprawozdania za dawne lata pokazują stan z
        tamtego czasu.
      </Text>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder striped aria-label="Zatrudnienie kadry KIS">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Pracownik</Table.Th>
              <Table.Th>Funkcja w KIS</Table.Th>
              <Table.Th>Podstawa</Table.Th>
              <Table.Th>Wymiar</Table.Th>
              <Table.Th>Okres</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staff.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.staffName}</Table.Td>
                <Table.Td>{s.kisRole}</Table.Td>
                <Table.Td>{STAFF_BASES[s.basis]}</Table.Td>
                <Table.Td>{formatWorkingTime(s.ftePermille, s.monthlyMin)}</Table.Td>
                <Table.Td>
                  {formatDate(s.dateFrom)}–{s.dateTo ? formatDate(s.dateTo) : ''}
                </Table.Td>
                <Table.Td ta="right">
                  <Group gap={4} justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setEditing({ kind: 'staff', record: s })}
                    >
                      Zmień
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        confirmRemove(`Zatrudnienie: ${s.staffName}, ${s.kisRole}`, () =>
                          unwrap(window.api.reports.staffremove({ id: s.id })),
                        )
                      }
                    >
                      Usuń
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {staff.length === 0 && (
        <Text size="sm" c="dimmed">
          Brak wpisów.
        </Text>
      )}

      <Group justify="space-between" mt="md">
        <Title order={4}>Źródła finansowania</Title>
        <Button size="xs" onClick={() => setEditing({ kind: 'funding', record: null })}>
          Dodaj źródło
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder striped aria-label="Źródła finansowania (wszystkie)">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Źródło</Table.Th>
              <Table.Th>Nazwa</Table.Th>
              <Table.Th>Miesiące</Table.Th>
              <Table.Th ta="right">Kwota</Table.Th>
              <Table.Th />
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
                <Table.Td ta="right">
                  <Group gap={4} justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setEditing({ kind: 'funding', record: f })}
                    >
                      Zmień
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        confirmRemove(`Źródło: ${FUNDING_SOURCES[f.source]} ${f.name}`, () =>
                          unwrap(window.api.reports.fundingremove({ id: f.id })),
                        )
                      }
                    >
                      Usuń
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Group justify="space-between" mt="md">
        <Title order={4}>Dotacje i ich rozliczenie (art. 18a ust. 6 pkt 4)</Title>
        <Button size="xs" onClick={() => setEditing({ kind: 'grant', record: null })}>
          Dodaj dotację
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Sprawozdanie za rok pokazuje dotacje przyznane na ten rok: kwotę przyznaną, wykorzystaną i zwróconą.
      </Text>
      <GrantList
        grants={grants}
        actions={(g) => (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setEditing({ kind: 'grant', record: g })}
            >
              Zmień
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() =>
                confirmRemove(`Dotacja: ${g.name} (${g.year})`, () =>
                  unwrap(window.api.reports.grantremove({ id: g.id })),
                )
              }
            >
              Usuń
            </Button>
          </Group>
        )}
      />
      {editing?.kind === 'grant' && (
        <GrantModal
          grant={editing.record}
          defaultYear={year}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
      {editing?.kind === 'staff' && (
        <StaffEngagementModal engagement={editing.record} onClose={() => setEditing(null)} onSaved={saved} />
      )}
      {editing?.kind === 'funding' && (
        <FundingModal
          funding={editing.record}
          defaultYear={year}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </Stack>
  )
}
