// The whole month of every assignment as one keyboard grid: arrows move between cells, digits type
// hours ("4", "3,5"), c/u/n mark choroba / usprawiedliwiona / nieusprawiedliwiona, Delete empties a
// cell, Enter and Tab move on.
import { useRef, type KeyboardEvent } from 'react'
import { Badge, Group, Text, UnstyledButton } from '@mantine/core'
import { formatDayMonth, WEEKDAY_SHORT } from '@shared/psu-calendar'
import { formatHours } from '@shared/psu-hours'
import { ABSENCE_MARKS } from '@shared/psu-limits'
import type { CalendarDay } from '@shared/psu-timesheets.schema'
import { absenceForKey, isDirty, type GridRow, type RowCheck } from './month-grid-state'
import classes from './MonthGrid.module.css'

interface Props {
  days: CalendarDay[]
  rows: GridRow[]
  checks: RowCheck[]
  failed: Record<number, string>
  onChange: (assignmentId: number, date: string, text: string) => void
  onFocusCell: (assignmentId: number, date: string) => void
  onOpenSheet: (assignmentId: number) => void
}

export function MonthGrid({ days, rows, checks, failed, onChange, onFocusCell, onOpenSheet }: Props) {
  const cells = useRef(new Map<string, HTMLInputElement>())
  const key = (row: number, date: string) => `${row}:${date}`

  function editable(rowIndex: number, date: string): boolean {
    const row = rows[rowIndex]
    return Boolean(
      row && row.sheet.status === 'otwarty' && date >= row.sheet.activeFrom && date <= row.sheet.activeTo,
    )
  }

  function focus(rowIndex: number, dayIndex: number): boolean {
    const day = days[dayIndex]
    if (!day || !editable(rowIndex, day.date)) return false
    const input = cells.current.get(key(rowIndex, day.date))
    input?.focus()
    input?.select()
    return Boolean(input)
  }

  /** Moves along the reading order (right, then the next row), skipping cells that cannot be edited. */
  function step(rowIndex: number, dayIndex: number, by: 1 | -1) {
    let [r, d] = [rowIndex, dayIndex]
    for (let guard = 0; guard < rows.length * days.length; guard++) {
      d += by
      if (d >= days.length) [r, d] = [r + 1, 0]
      if (d < 0) [r, d] = [r - 1, days.length - 1]
      if (r < 0 || r >= rows.length) return
      if (focus(r, d)) return
    }
  }

  function vertical(rowIndex: number, dayIndex: number, by: 1 | -1) {
    for (let r = rowIndex + by; r >= 0 && r < rows.length; r += by) if (focus(r, dayIndex)) return
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, rowIndex: number, dayIndex: number) {
    const row = rows[rowIndex]!
    const date = days[dayIndex]!.date
    const absence = e.ctrlKey || e.altKey || e.metaKey ? null : absenceForKey(e.key)
    if (absence) {
      e.preventDefault()
      onChange(row.sheet.assignmentId, date, ABSENCE_MARKS[absence])
      return
    }
    if (e.key === 'Delete') {
      e.preventDefault()
      onChange(row.sheet.assignmentId, date, '')
      return
    }
    const moves: Record<string, () => void> = {
      ArrowRight: () => step(rowIndex, dayIndex, 1),
      ArrowLeft: () => step(rowIndex, dayIndex, -1),
      ArrowDown: () => vertical(rowIndex, dayIndex, 1),
      ArrowUp: () => vertical(rowIndex, dayIndex, -1),
      Enter: () => step(rowIndex, dayIndex, e.shiftKey ? -1 : 1),
    }
    const move = moves[e.key]
    if (move) {
      e.preventDefault()
      move()
    }
  }

  // Week spans for the totals row: consecutive days of one Monday-based week.
  const weeks: { from: number; span: number }[] = []
  days.forEach((d, i) => {
    if (i === 0 || d.weekday === 1) weeks.push({ from: i, span: 1 })
    else weeks[weeks.length - 1]!.span++
  })

  return (
    <div className={classes.wrap}>
      <table className={classes.grid} aria-label="Ewidencja godzin w miesiącu">
        <thead>
          <tr>
            <th className={classes.name}>Uczestnik / stanowisko</th>
            {days.map((d) => (
              <th
                key={d.date}
                className={`${classes.dayHead} ${d.holiday ? classes.holiday : d.dayOff ? classes.off : ''}`}
                title={d.holiday ?? undefined}
              >
                {Number(d.date.slice(8))}
                <span className={classes.weekday}>{d.holiday ? 'św.' : WEEKDAY_SHORT[d.weekday]}</span>
              </th>
            ))}
            <th className={classes.total}>Razem</th>
          </tr>
        </thead>
        {rows.map((row, r) => {
          const { sheet } = row
          const rowCheck = checks[r]!
          const dirty = isDirty(row)
          const locked = sheet.status === 'zamkniety'
          const month = rowCheck.check
          return (
            <tbody
              key={sheet.assignmentId}
              className={locked ? classes.locked : undefined}
              data-testid={`sheet-${sheet.assignmentId}`}
            >
              <tr>
                <td className={classes.name} rowSpan={2}>
                  <UnstyledButton
                    onClick={() => onOpenSheet(sheet.assignmentId)}
                    fw={600}
                    fz={12}
                    title="Otwórz kartę"
                  >
                    {sheet.participantName}
                  </UnstyledButton>
                  <Text fz={10} c="dimmed" lh={1.2} truncate>
                    {sheet.positionName} · {sheet.workplaceName}
                  </Text>
                  <Group gap={4} mt={2}>
                    {locked ? (
                      <Badge size="xs" color="gray" variant="filled">
                        zamknięty
                      </Badge>
                    ) : failed[sheet.assignmentId] ? (
                      <Badge size="xs" color="red" title={failed[sheet.assignmentId]}>
                        nie zapisano
                      </Badge>
                    ) : dirty ? (
                      <Badge size="xs" color="orange">
                        niezapisane
                      </Badge>
                    ) : (
                      <Badge size="xs" color="teal" variant="light">
                        zapisano
                      </Badge>
                    )}
                  </Group>
                </td>
                {days.map((d, i) => {
                  const text = row.cells[d.date] ?? ''
                  const enabled = editable(r, d.date)
                  const bad =
                    rowCheck.cellErrors[d.date] ??
                    rowCheck.check.issues.find((x) => x.level === 'error' && x.date === d.date)?.message
                  const isMark = /^[a-zA-Z]/.test(text)
                  return (
                    <td
                      key={d.date}
                      className={`${d.holiday ? classes.holiday : d.dayOff ? classes.off : ''} ${bad ? classes.bad : ''}`}
                    >
                      <input
                        ref={(el) => {
                          if (el) cells.current.set(key(r, d.date), el)
                          else cells.current.delete(key(r, d.date))
                        }}
                        className={`${classes.cell} ${isMark ? classes.absence : ''}`}
                        aria-label={`${sheet.participantName}, ${formatDayMonth(d.date)}`}
                        title={bad ?? d.holiday ?? undefined}
                        aria-invalid={bad ? true : undefined}
                        value={text}
                        disabled={!enabled}
                        inputMode="decimal"
                        maxLength={5}
                        onChange={(e) => onChange(sheet.assignmentId, d.date, e.currentTarget.value)}
                        onFocus={(e) => {
                          e.currentTarget.select()
                          onFocusCell(sheet.assignmentId, d.date)
                        }}
                        onKeyDown={(e) => onKeyDown(e, r, i)}
                      />
                    </td>
                  )
                })}
                <td
                  className={`${classes.total} ${month.monthStatus === 'over' ? classes.over : month.monthStatus === 'reached' ? classes.reached : ''}`}
                  data-testid={`month-total-${sheet.assignmentId}`}
                  title="Godziny w miesiącu / limit z porozumienia"
                >
                  {formatHours(month.monthMinutes)} / {formatHours(sheet.limits.monthlyLimitMin)}
                </td>
              </tr>
              <tr className={classes.weeks}>
                {weeks.map((w) => {
                  const week = month.weeks.find((x) => x.from === days[w.from]!.date)
                  const cls =
                    week?.status === 'over' ? classes.over : week?.status === 'reached' ? classes.reached : ''
                  return (
                    <td
                      key={w.from}
                      colSpan={w.span}
                      className={cls}
                      title="Godziny w tygodniu (pon.–niedz.)"
                    >
                      {/* A one-day week at the month's edge has room for the number only. */}
                      {week && week.minutes > 0
                        ? `${formatHours(week.totalMinutes)}${w.span > 1 ? ' h' : ''}`
                        : ''}
                    </td>
                  )
                })}
                <td className={classes.total} />
              </tr>
            </tbody>
          )
        })}
      </table>
    </div>
  )
}
