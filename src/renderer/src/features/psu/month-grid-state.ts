// The month grid's rows as typed text per day cell, and the pure steps on them: reading cells into
// entries, the live check, copying last week's pattern. Main runs the same checkSheet before saving.
import {
  ABSENCE_MARKS,
  ABSENCES,
  checkSheet,
  type Absence,
  type SheetCheck,
  type SheetEntry,
} from '@shared/psu-limits'
import { addDays, weekStartOf } from '@shared/psu-calendar'
import { formatHours, parseHours } from '@shared/psu-hours'
import type { CalendarDay, MonthSheet } from '@shared/psu-timesheets.schema'

export type Cells = Record<string, string>

export interface GridRow {
  sheet: MonthSheet
  /** What the cells show now. */
  cells: Cells
  /** What the cells showed after the last load or save. */
  saved: Cells
}

const MARK_TO_ABSENCE = new Map<string, Absence>(
  ABSENCES.map((a) => [ABSENCE_MARKS[a].toLowerCase(), a] as [string, Absence]),
)
const KEY_TO_ABSENCE: Record<string, Absence> = {
  c: 'choroba',
  u: 'usprawiedliwiona',
  n: 'nieusprawiedliwiona',
}

export function absenceForKey(key: string): Absence | null {
  return KEY_TO_ABSENCE[key.toLowerCase()] ?? null
}

export function entryText(entry: { minutes: number; absence: Absence | null }): string {
  if (entry.absence) return ABSENCE_MARKS[entry.absence]
  return entry.minutes > 0 ? formatHours(entry.minutes) : ''
}

export function cellsOf(sheet: MonthSheet): Cells {
  return Object.fromEntries(sheet.entries.map((e) => [e.date, entryText(e)]))
}

export function rowOf(sheet: MonthSheet): GridRow {
  const cells = cellsOf(sheet)
  return { sheet, cells, saved: cells }
}

export type CellRead = { ok: true; minutes: number; absence: Absence | null } | { ok: false; message: string }

export function readCell(text: string): CellRead {
  const absence = MARK_TO_ABSENCE.get(text.trim().toLowerCase())
  if (absence) return { ok: true, minutes: 0, absence }
  const hours = parseHours(text)
  return hours.ok ? { ok: true, minutes: hours.minutes, absence: null } : hours
}

export function isDirty(row: GridRow): boolean {
  const keys = new Set([...Object.keys(row.cells), ...Object.keys(row.saved)])
  for (const k of keys) if ((row.cells[k] ?? '').trim() !== (row.saved[k] ?? '').trim()) return true
  return false
}

export interface RowCheck {
  entries: SheetEntry[]
  /** Cells whose text is not hours or a mark. */
  cellErrors: Record<string, string>
  check: SheetCheck
  canSave: boolean
}

export function checkRow(row: GridRow, month: string, days: readonly CalendarDay[]): RowCheck {
  const entries: SheetEntry[] = []
  const cellErrors: Record<string, string> = {}
  for (const [date, text] of Object.entries(row.cells)) {
    if (text.trim() === '') continue
    const read = readCell(text)
    if (read.ok) {
      if (read.minutes > 0 || read.absence)
        entries.push({ date, minutes: read.minutes, absence: read.absence })
    } else cellErrors[date] = read.message
  }
  entries.sort((a, b) => a.date.localeCompare(b.date))
  const { sheet } = row
  const check = checkSheet(
    {
      month,
      limits: sheet.limits,
      context: sheet.context,
      activeFrom: sheet.activeFrom,
      activeTo: sheet.activeTo,
      days,
    },
    entries,
  )
  return { entries, cellErrors, check, canSave: check.canSave && Object.keys(cellErrors).length === 0 }
}

/**
 * Copies the hours of the week before into the week of `date`, day by day (Monday to Monday), for the days
 * of the week that are in the month, inside the assignment and not days off. Absences are not copied.
 */
export function copyPreviousWeek(row: GridRow, days: readonly CalendarDay[], date: string): Cells {
  const byDate = new Map(days.map((d) => [d.date, d]))
  const before = new Map(row.sheet.previousWeek.map((d) => [d.date, d.minutes]))
  const next = { ...row.cells }
  const start = weekStartOf(date)
  for (let i = 0; i < 7; i++) {
    const target = addDays(start, i)
    const day = byDate.get(target)
    if (!day || day.dayOff || target < row.sheet.activeFrom || target > row.sheet.activeTo) continue
    const source = addDays(target, -7)
    const read = byDate.has(source) ? readCell(row.cells[source] ?? '') : null
    const minutes = read ? (read.ok ? read.minutes : 0) : (before.get(source) ?? 0)
    next[target] = minutes > 0 ? formatHours(minutes) : ''
  }
  return next
}
