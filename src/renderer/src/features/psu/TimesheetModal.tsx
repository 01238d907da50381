// One person's sheet for one month: days in a column, week and month totals, lock / reopen with its
// history, and printing this one sheet (blank or filled).
import { AppModal } from '../../components/AppModal'
import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { formatDateTime } from '@shared/dates'
import { formatDayMonth, formatMonth, WEEKDAY_SHORT } from '@shared/psu-calendar'
import { formatHoursUnit } from '@shared/psu-hours'
import { ABSENCE_MARKS } from '@shared/psu-limits'
import type { CalendarDay, MonthSheet, TimesheetLogEntry } from '@shared/psu-timesheets.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { absenceForKey, checkRow, isDirty, rowOf, type GridRow } from './month-grid-state'
import { usePsuSettings } from './use-psu-data'

interface Props {
  assignmentId: number
  month: string
  onClose: () => void
}

export function TimesheetModal({ assignmentId, month, onClose }: Props) {
  const [row, setRow] = useState<GridRow | null>(null)
  const [days, setDays] = useState<CalendarDay[]>([])
  const [log, setLog] = useState<TimesheetLogEntry[]>([])
  const [printing, setPrinting] = useState<'blank' | 'filled' | null>(null)
  const [reopening, setReopening] = useState(false)
  const [settings] = usePsuSettings()
  const [by, setBy] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const name = by ?? settings?.coordinatorName ?? ''

  const fetchSheet = useCallback(
    () =>
      Promise.all([
        unwrap(window.api.timesheets.month({ month })),
        unwrap(window.api.timesheets.log({ assignmentId, month })),
      ]),
    [assignmentId, month],
  )
  const show = useCallback(
    ([view, history]: Awaited<ReturnType<typeof fetchSheet>>) => {
      const sheet = view.sheets.find((s) => s.assignmentId === assignmentId)
      setDays(view.days)
      setRow(sheet ? rowOf(sheet) : null)
      setLog(history)
    },
    [assignmentId],
  )
  useEffect(() => {
    fetchSheet().then(show, notifyError)
  }, [fetchSheet, show])

  const check = useMemo(() => (row ? checkRow(row, month, days) : null), [row, month, days])
  const closePrint = useCallback(() => setPrinting(null), [])

  async function run(action: () => Promise<MonthSheet>, message: string) {
    setBusy(true)
    try {
      await action()
      notifySaved(message)
      setReopening(false)
      setReason('')
      show(await fetchSheet())
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  if (!row || !check) {
    return (
      <AppModal opened onClose={onClose} title="Karta ewidencji godzin">
        <Group justify="center" p="xl">
          <Loader />
        </Group>
      </AppModal>
    )
  }
  const { sheet } = row
  const locked = sheet.status === 'zamkniety'
  const dirty = isDirty(row)
  const setCell = (date: string, text: string) => setRow({ ...row, cells: { ...row.cells, [date]: text } })

  return (
    <AppModal
      opened
      onClose={onClose}
      size="xl"
      title={`Karta ewidencji godzin: ${sheet.participantName} — ${formatMonth(month)}`}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm">
            {sheet.positionName} · {sheet.workplaceName} · porozumienie nr {sheet.porozumienieNumber}
          </Text>
          <Group gap={4}>
            <Badge color={locked ? 'gray' : 'teal'}>{locked ? 'zamknięty' : 'otwarty'}</Badge>
            <Badge variant="outline" title="Rośnie przy każdym zamknięciu i otwarciu">
              wersja {sheet.version}
            </Badge>
          </Group>
        </Group>
        <SimpleGrid cols={2} spacing="md">
          <Table withTableBorder aria-label="Dni miesiąca" verticalSpacing={1} fz="sm">
            <Table.Tbody>
              {days.map((d) => {
                const outside = d.date < sheet.activeFrom || d.date > sheet.activeTo
                return (
                  <Table.Tr key={d.date} bg={d.dayOff ? 'var(--mantine-color-gray-2)' : undefined}>
                    <Table.Td w={60}>{formatDayMonth(d.date)}</Table.Td>
                    <Table.Td w={36}>{WEEKDAY_SHORT[d.weekday]}</Table.Td>
                    <Table.Td w={90}>
                      <TextInput
                        size="xs"
                        aria-label={`Godziny ${formatDayMonth(d.date)}`}
                        value={row.cells[d.date] ?? ''}
                        disabled={locked || outside}
                        error={Boolean(check.cellErrors[d.date])}
                        onChange={(e) => setCell(d.date, e.currentTarget.value)}
                        onKeyDown={(e) => {
                          const absence = absenceForKey(e.key)
                          if (absence && !e.ctrlKey) {
                            e.preventDefault()
                            setCell(d.date, ABSENCE_MARKS[absence])
                          }
                        }}
                      />
                    </Table.Td>
                    <Table.Td fz="xs" c="dimmed">
                      {d.holiday ?? (outside ? 'poza przydziałem' : '')}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
          <Stack gap="xs">
            <Text fw={600}>
              Razem w miesiącu: {formatHoursUnit(check.check.monthMinutes)} z{' '}
              {formatHoursUnit(sheet.limits.monthlyLimitMin)}
            </Text>
            <Table withTableBorder fz="sm" aria-label="Tygodnie">
              <Table.Tbody>
                {check.check.weeks.map((w) => (
                  <Table.Tr key={w.start}>
                    <Table.Td>
                      {formatDayMonth(w.from)}–{formatDayMonth(w.to)}
                    </Table.Td>
                    <Table.Td>{formatHoursUnit(w.totalMinutes)}</Table.Td>
                    <Table.Td>
                      {w.status === 'over' ? 'ponad limit' : w.status === 'reached' ? 'limit osiągnięty' : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              Limit:{' '}
              {sheet.limits.weeklyLimitMin === null
                ? 'bez limitu tygodniowego'
                : `${formatHoursUnit(sheet.limits.weeklyLimitMin)} tygodniowo`}
              , {formatHoursUnit(sheet.limits.monthlyLimitMin)} miesięcznie. Nieobecność: c — choroba, u —
              usprawiedliwiona, n — nieusprawiedliwiona.
            </Text>
            {[...Object.values(check.cellErrors), ...check.check.issues.map((i) => i.message)].map((m) => (
              <Alert key={m} p="xs" color={check.canSave ? 'yellow' : 'red'}>
                {m}
              </Alert>
            ))}
            <TextInput
              size="xs"
              label="Kto zamyka / otwiera (do historii karty)"
              value={name}
              onChange={(e) => setBy(e.currentTarget.value)}
            />
            <Group gap="xs">
              {!locked && (
                <Button
                  disabled={!dirty || !check.canSave}
                  loading={busy}
                  onClick={() =>
                    void run(
                      () =>
                        unwrap(window.api.timesheets.save({ assignmentId, month, entries: check.entries })),
                      `${sheet.participantName} — zapisano kartę`,
                    )
                  }
                >
                  Zapisz
                </Button>
              )}
              {!locked && (
                <Button
                  color="orange"
                  variant="light"
                  disabled={dirty || name.trim() === ''}
                  loading={busy}
                  onClick={() =>
                    void run(
                      () => unwrap(window.api.timesheets.lock({ assignmentId, month, by: name })),
                      'Miesiąc zamknięty',
                    )
                  }
                >
                  Zamknij miesiąc
                </Button>
              )}
              {locked && !reopening && (
                <Button color="red" variant="light" onClick={() => setReopening(true)}>
                  Otwórz ponownie…
                </Button>
              )}
              <Button variant="default" disabled={dirty} onClick={() => setPrinting('filled')}>
                Drukuj wypełnioną
              </Button>
              <Button variant="default" onClick={() => setPrinting('blank')}>
                Drukuj pustą
              </Button>
            </Group>
            {reopening && (
              <Alert color="red" title="Ponowne otwarcie zamkniętego miesiąca">
                <Stack gap="xs">
                  <Text size="sm">
                    Otwarcie zmienia wersję karty — lista wypłat policzona z tego miesiąca będzie wymagała
                    ponownego przeliczenia. Powód i osoba zostaną zapisane w historii.
                  </Text>
                  <Textarea
                    label="Powód"
                    withAsterisk
                    data-autofocus
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                  />
                  <Group justify="flex-end">
                    <Button variant="default" onClick={() => setReopening(false)}>
                      Anuluj
                    </Button>
                    <Button
                      color="red"
                      loading={busy}
                      disabled={reason.trim() === '' || name.trim() === ''}
                      onClick={() =>
                        void run(
                          () =>
                            unwrap(window.api.timesheets.reopen({ assignmentId, month, by: name, reason })),
                          'Miesiąc otwarty ponownie',
                        )
                      }
                    >
                      Otwórz miesiąc
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
            {log.length > 0 && (
              <Table fz="xs" withTableBorder aria-label="Historia karty">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Kiedy</Table.Th>
                    <Table.Th>Co</Table.Th>
                    <Table.Th>Kto</Table.Th>
                    <Table.Th>Powód</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>{formatDateTime(l.at)}</Table.Td>
                      <Table.Td>
                        {l.action === 'zamkniecie' ? 'zamknięcie' : 'otwarcie'} (wersja {l.version})
                      </Table.Td>
                      <Table.Td>{l.by}</Table.Td>
                      <Table.Td>{l.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
      {printing && (
        <DocumentPreviewModal
          title={`Karta ewidencji godzin — ${sheet.participantName}`}
          request={{
            kind: 'psu-karty',
            month,
            order: 'nazwisko',
            filled: printing === 'filled',
            assignmentIds: [assignmentId],
          }}
          onClose={closePrint}
        />
      )}
    </AppModal>
  )
}
