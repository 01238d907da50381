import { useCallback, useEffect, useMemo, useState } from 'react'
import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core'
import { todayIso } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import {
  formatHours,
  PAYOUT_STATUS_LABELS,
  type PayoutListSummary,
  type PayoutMonthStatus,
  type PayoutSources,
} from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { pluralPl } from '@shared/text'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { defaultMonth, monthOptions, STATUS_COLORS } from './payout-ui'
import { PayoutListModal } from './PayoutListModal'
import { RatePreviewModal } from './RatePreviewModal'

export function PayoutListsTab({ sources }: { sources: PayoutSources }) {
  const first = sources.porozumienia[0]
  const [porozumienieId, setPorozumienieId] = useState<number | null>(first?.id ?? null)
  const porozumienie = sources.porozumienia.find((p) => p.id === porozumienieId) ?? null
  const [month, setMonth] = useState<string | null>(first ? defaultMonth(first, todayIso()) : null)
  const [status, setStatus] = useState<PayoutMonthStatus | null>(null)
  const [year, setYear] = useState<string>(String(new Date().getFullYear()))
  const [lists, setLists] = useState<PayoutListSummary[] | null>(null)
  const [openId, setOpenId] = useState<number | null>(null)
  const [computing, setComputing] = useState(false)
  const [previewOpen, setPreviewOpen] = useState(false)

  const loadLists = useCallback(() => {
    unwrap(
      window.api.payouts.list({ year: year === 'wszystkie' ? null : Number(year), porozumienieId: null }),
    ).then(setLists, notifyError)
  }, [year])
  useEffect(loadLists, [loadLists])

  const loadStatus = useCallback(() => {
    if (porozumienieId === null || month === null) return
    unwrap(window.api.payouts.month({ porozumienieId, month })).then(setStatus, notifyError)
  }, [porozumienieId, month])
  useEffect(loadStatus, [loadStatus])

  const years = useMemo(() => {
    const now = new Date().getFullYear()
    return ['wszystkie', ...Array.from({ length: 6 }, (_, i) => String(now + 1 - i))]
  }, [])

  async function compute() {
    if (porozumienieId === null || month === null) return
    setComputing(true)
    try {
      const list = await unwrap(window.api.payouts.compute({ porozumienieId, month }))
      notifySaved(
        `Policzono listę ${list.number}: ${list.persons} ${pluralPl(list.persons, 'osoba', 'osoby', 'osób')}, ${formatGrosze(list.amountGr)}.`,
      )
      loadStatus()
      loadLists()
      setOpenId(list.id)
    } catch (error) {
      notifyError(error)
    } finally {
      setComputing(false)
    }
  }

  if (!porozumienie) {
    return <Text c="dimmed">Brak porozumień PSU — dodaj porozumienie w module PSU, aby liczyć wypłaty.</Text>
  }
  const active = lists?.find((l) => l.id === status?.activeListId) ?? null
  const locked = status ? status.sheets.length - status.openSheets : 0
  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap="sm">
          <Text fw={600}>Zamknięcie miesiąca</Text>
          <Group align="end">
            <Select
              label="Porozumienie"
              data={sources.porozumienia.map((p) => ({ value: String(p.id), label: p.number }))}
              value={String(porozumienie.id)}
              onChange={(v) => {
                const next = sources.porozumienia.find((p) => String(p.id) === v)
                if (!next) return
                setPorozumienieId(next.id)
                setMonth(defaultMonth(next, todayIso()))
              }}
              allowDeselect={false}
              w={220}
            />
            <Select
              label="Miesiąc"
              data={monthOptions(porozumienie)}
              value={month}
              onChange={setMonth}
              allowDeselect={false}
              searchable
              w={200}
            />
            <Button onClick={() => void compute()} loading={computing}>
              {active?.status === 'projekt' ? 'Przelicz projekt listy' : 'Zamknij miesiąc i policz listę'}
            </Button>
            <Button variant="default" onClick={() => setPreviewOpen(true)}>
              Podgląd zmiany stawki
            </Button>
          </Group>
          {status && (
            <Text size="sm" data-testid="month-status">
              Karty ewidencji za {formatMonth(status.month)}: {status.sheets.length} (zamknięte: {locked},
              otwarte: {status.openSheets}), godziny razem:{' '}
              {formatHours(status.sheets.reduce((a, s) => a + s.workedMin, 0))}.
              {active
                ? ` Lista ${active.number}: ${PAYOUT_STATUS_LABELS[active.status]}.`
                : ' Lista nie jest jeszcze policzona.'}
            </Text>
          )}
          {status && status.openSheets > 0 && (
            <Alert color="orange" title="Miesiąc nie jest zamknięty">
              Otwarte karty:{' '}
              {status.sheets
                .filter((s) => s.status === 'otwarty')
                .map((s) => `${s.name} (${s.position})`)
                .join('; ')}
              . Zamknij je w ewidencji godzin PSU, zanim policzysz listę.
            </Alert>
          )}
        </Stack>
      </Card>

      <Group justify="space-between" align="end">
        <Text fw={600}>Listy wypłat</Text>
        <Select
          label="Rok"
          data={years.map((y) => ({ value: y, label: y === 'wszystkie' ? 'wszystkie lata' : y }))}
          value={year}
          onChange={(v) => setYear(v ?? 'wszystkie')}
          allowDeselect={false}
          w={160}
        />
      </Group>
      <ExportButtons
        request={(format) => ({
          list: 'payouts',
          format,
          query: { year: year === 'wszystkie' ? null : Number(year), porozumienieId: null },
        })}
      />
      {lists && lists.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          Brak list wypłat w wybranym roku.
        </Text>
      )}
      {lists && lists.length > 0 && (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table striped highlightOnHover withTableBorder aria-label="Listy wypłat">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Numer</Table.Th>
                <Table.Th>Porozumienie</Table.Th>
                <Table.Th>Miesiąc</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Osoby</Table.Th>
                <Table.Th ta="right">Godziny</Table.Th>
                <Table.Th ta="right">Kwota</Table.Th>
                <Table.Th ta="right">Refundacja</Table.Th>
                <Table.Th>Wniosek</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lists.map((l) => (
                <Table.Tr
                  key={l.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setOpenId(l.id)}
                  onKeyDown={(e) => e.key === 'Enter' && setOpenId(l.id)}
                >
                  <Table.Td>{l.number}</Table.Td>
                  <Table.Td>{l.porozumienieNumber}</Table.Td>
                  <Table.Td>{formatMonth(l.month)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge
                        color={STATUS_COLORS[l.status]}
                        variant="light"
                        style={{ minWidth: 'max-content' }}
                      >
                        {PAYOUT_STATUS_LABELS[l.status]}
                      </Badge>
                      {l.stale && (
                        <Badge color="red" variant="filled" title={l.staleReasons.join(' ')}>
                          nieaktualna
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{l.persons}</Table.Td>
                  <Table.Td ta="right">{formatHours(l.workedMin)}</Table.Td>
                  <Table.Td ta="right">{formatGrosze(l.amountGr)}</Table.Td>
                  <Table.Td ta="right">{formatGrosze(l.refundGr)}</Table.Td>
                  <Table.Td>{l.refundRequestNumber ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {openId !== null && (
        <PayoutListModal
          listId={openId}
          onClose={() => setOpenId(null)}
          onChanged={() => {
            loadLists()
            loadStatus()
          }}
        />
      )}
      {previewOpen && <RatePreviewModal sources={sources} onClose={() => setPreviewOpen(false)} />}
    </Stack>
  )
}
