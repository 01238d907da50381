import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { Alert, Button, Group, List, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { todayIso } from '@shared/dates'
import { formatMonth, shiftMonth } from '@shared/psu-calendar'
import {
  SHEET_ORDER_LABELS,
  SHEET_ORDERS,
  type MonthView,
  type SheetOrder,
} from '@shared/psu-timesheets.schema'
import { pluralPl } from '@shared/text'
import { ApiCallError, notifyError, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { confirmDiscard } from '../../components/confirm'
import { useLeaveGuard } from '../../app/leave-guard'
import { LockMonthModal } from './LockMonthModal'
import { MonthGrid } from './MonthGrid'
import { checkRow, copyPreviousWeek, isDirty, rowOf, type GridRow } from './month-grid-state'
import { PrintSheetsModal } from './PrintSheetsModal'
import { TimesheetModal } from './TimesheetModal'

export function MonthTab() {
  const [month, setMonth] = useState(() => todayIso().slice(0, 7))
  const [order, setOrder] = useState<SheetOrder>('miejsce')
  const [view, setView] = useState<MonthView | null>(null)
  const [rows, setRows] = useState<GridRow[]>([])
  const [failed, setFailed] = useState<Record<number, string>>({})
  const [focused, setFocused] = useState<{ assignmentId: number; date: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const [dialog, setDialog] = useState<'lock' | 'print' | { sheet: number } | null>(null)

  const fetchMonth = useCallback(() => unwrap(window.api.timesheets.month({ month, order })), [month, order])

  /** Shows a loaded month; rows listed in `keep` hold on to what the user typed (their save failed). */
  const show = useCallback((loaded: MonthView, keep: Map<number, GridRow> = new Map()) => {
    setView(loaded)
    setRows(
      loaded.sheets.map((sheet) => {
        const fresh = rowOf(sheet)
        const kept = keep.get(sheet.assignmentId)
        return kept && sheet.status === 'otwarty' ? { ...fresh, cells: kept.cells } : fresh
      }),
    )
  }, [])

  const reload = useCallback(() => {
    fetchMonth().then((loaded) => show(loaded), notifyError)
  }, [fetchMonth, show])
  useEffect(reload, [reload])

  const days = useMemo(() => view?.days ?? [], [view])
  const checks = useMemo(() => rows.map((r) => checkRow(r, month, days)), [rows, month, days])
  const dirty = rows.filter(isDirty)
  // Typed hours are kept from a section or tab switch as from a month switch: leaving asks first.
  useLeaveGuard(dirty.length > 0)

  function change(assignmentId: number, date: string, text: string) {
    setRows((all) =>
      all.map((r) =>
        r.sheet.assignmentId === assignmentId ? { ...r, cells: { ...r.cells, [date]: text } } : r,
      ),
    )
  }

  function copyWeek() {
    if (!focused) {
      notifications.show({
        color: 'yellow',
        title: 'Kopiowanie tygodnia',
        message: 'Najpierw wejdź w komórkę tygodnia, do którego kopiujesz.',
      })
      return
    }
    setRows((all) =>
      all.map((r) =>
        r.sheet.assignmentId === focused.assignmentId
          ? { ...r, cells: copyPreviousWeek(r, days, focused.date) }
          : r,
      ),
    )
  }

  /** Each changed sheet in its own transaction; a refused one keeps its typed hours and says why. */
  async function saveAll() {
    if (saving || dirty.length === 0) return
    setSaving(true)
    const stillDirty = new Map<number, GridRow>()
    const problems: Record<number, string> = {}
    let saved = 0
    for (const row of dirty) {
      const index = rows.indexOf(row)
      const check = checks[index]!
      const id = row.sheet.assignmentId
      if (!check.canSave) {
        problems[id] =
          Object.values(check.cellErrors)[0] ??
          check.check.issues.find((i) => i.level === 'error')?.message ??
          ''
        stillDirty.set(id, row)
        continue
      }
      try {
        await unwrap(window.api.timesheets.save({ assignmentId: id, month, entries: check.entries }))
        saved++
      } catch (error) {
        problems[id] = error instanceof ApiCallError ? error.message : 'Nie udało się zapisać.'
        stillDirty.set(id, row)
      }
    }
    setFailed(problems)
    try {
      show(await fetchMonth(), stillDirty)
    } catch (error) {
      notifyError(error)
    }
    setSaving(false)
    if (saved > 0)
      notifications.show({ color: 'teal', title: 'Zapisano', message: `Zapisane karty: ${saved}` })
    for (const [id, message] of Object.entries(problems)) {
      const name = rows.find((r) => r.sheet.assignmentId === Number(id))?.sheet.participantName ?? ''
      notifications.show({ color: 'red', title: `Nie zapisano karty: ${name}`, message })
    }
  }

  function switchTo(next: string) {
    setFailed({})
    setFocused(null)
    setMonth(next)
  }

  function goTo(next: string, nextOrder: SheetOrder = order) {
    const go = () => {
      setOrder(nextOrder)
      switchTo(next)
    }
    if (dirty.length === 0) return go()
    confirmDiscard(
      go,
      `Godziny na ${dirty.length} ${pluralPl(dirty.length, 'karcie', 'kartach', 'kartach')} nie są zapisane. Przejść bez zapisywania?`,
      'Przejdź bez zapisu',
    )
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!(e.ctrlKey || e.metaKey)) return
    if (e.key === 's' || e.key === 'S') {
      e.preventDefault()
      void saveAll()
    } else if (e.key === 'd' || e.key === 'D') {
      e.preventDefault()
      copyWeek()
    }
  }

  const withIssues = rows.flatMap((r, i) => {
    const c = checks[i]!
    const messages = [...Object.values(c.cellErrors), ...c.check.issues.map((x) => x.message)]
    return messages.length > 0 ? [{ row: r, messages, error: !c.canSave }] : []
  })

  return (
    <Stack gap="sm" onKeyDown={onKeyDown}>
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => goTo(shiftMonth(month, -1))}
            aria-label="Poprzedni miesiąc"
          >
            ‹
          </Button>
          <Title order={3} w={220} ta="center" data-testid="psu-month">
            {formatMonth(month)}
          </Title>
          <Button variant="default" onClick={() => goTo(shiftMonth(month, 1))} aria-label="Następny miesiąc">
            ›
          </Button>
          <SegmentedControl
            aria-label="Kolejność"
            size="xs"
            data={SHEET_ORDERS.map((o) => ({ value: o, label: SHEET_ORDER_LABELS[o] }))}
            value={order}
            onChange={(o) => goTo(month, o as SheetOrder)}
          />
        </Group>
        <Group gap="xs">
          <Text size="sm" c={dirty.length > 0 ? 'orange' : 'dimmed'} data-testid="save-state">
            {dirty.length > 0
              ? `Niezapisane karty: ${dirty.length}`
              : rows.length > 0
                ? 'Wszystkie zmiany zapisane'
                : ''}
          </Text>
          <Button onClick={() => void saveAll()} loading={saving} disabled={dirty.length === 0}>
            Zapisz zmiany (Ctrl+S)
          </Button>
        </Group>
      </Group>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={copyWeek} onMouseDown={(e) => e.preventDefault()}>
          Kopiuj poprzedni tydzień (Ctrl+D)
        </Button>
        <ExportButtons request={(format) => ({ list: 'timesheets', format, month })} />
        <Button size="xs" variant="light" color="gray" onClick={() => setDialog('print')}>
          Drukuj karty…
        </Button>
        <Button
          size="xs"
          variant="light"
          color="orange"
          disabled={rows.length === 0 || rows.every((r) => r.sheet.status === 'zamkniety')}
          onClick={() =>
            dirty.length > 0
              ? notifications.show({
                  color: 'yellow',
                  title: 'Najpierw zapisz',
                  message: 'Zapisz albo odrzuć zmiany, zanim zamkniesz miesiąc.',
                })
              : setDialog('lock')
          }
        >
          Zamknij miesiąc…
        </Button>
        <Text size="xs" c="dimmed">
          Strzałki — ruch po komórkach · cyfry — godziny (4 albo 3,5) · c / u / n — choroba, nieobecność
          usprawiedliwiona / nieusprawiedliwiona · Delete — czyści · Enter, Tab — dalej
        </Text>
      </Group>
      {view && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          W miesiącu {formatMonth(month)} nie ma przydziałów.
        </Text>
      )}
      {rows.length > 0 && (
        <MonthGrid
          days={days}
          rows={rows}
          checks={checks}
          failed={failed}
          onChange={change}
          onFocusCell={(assignmentId, date) => setFocused({ assignmentId, date })}
          onOpenSheet={(id) =>
            dirty.some((r) => r.sheet.assignmentId === id)
              ? notifications.show({
                  color: 'yellow',
                  title: 'Najpierw zapisz',
                  message: 'Ta karta ma niezapisane zmiany.',
                })
              : setDialog({ sheet: id })
          }
        />
      )}
      {withIssues.length > 0 && (
        <Stack gap={4} role="status" aria-label="Ostrzeżenia o limitach">
          {withIssues.map(({ row, messages, error }) => (
            <Alert
              key={row.sheet.assignmentId}
              color={error ? 'red' : 'yellow'}
              p="xs"
              title={`${row.sheet.participantName}${error ? ' — karty nie można zapisać' : ''}`}
            >
              <List size="sm" spacing={0}>
                {messages.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          ))}
        </Stack>
      )}
      {dialog === 'lock' && (
        <LockMonthModal
          month={month}
          open={rows.filter((r) => r.sheet.status === 'otwarty').length}
          onClose={() => setDialog(null)}
          onLocked={() => {
            setDialog(null)
            reload()
          }}
        />
      )}
      {dialog === 'print' && <PrintSheetsModal initialMonth={month} onClose={() => setDialog(null)} />}
      {dialog !== null && typeof dialog === 'object' && (
        <TimesheetModal
          assignmentId={dialog.sheet}
          month={month}
          onClose={() => {
            setDialog(null)
            reload()
          }}
        />
      )}
    </Stack>
  )
}
