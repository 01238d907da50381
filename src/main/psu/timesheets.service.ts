// Monthly timesheets: one per assignment and month, saved whole in one transaction, checked against the
// porozumienie's limits (the same checkSheet the screen runs as the user types), locked and reopened with
// a log. Every lock and every reopening raises `version`; payouts remember (timesheetId, version).
import type { Kysely } from 'kysely'
import type { SheetEntry } from '@shared/psu-limits'
import { checkSheet } from '@shared/psu-limits'
import type {
  MonthSheet,
  MonthView,
  SaveSheetInput,
  SheetOrder,
  TimesheetLogEntry,
} from '@shared/psu-timesheets.schema'
import { addDays, firstDayOf, formatMonth, lastDayOf, weekStartOf } from '@shared/psu-calendar'
import { regimeFor } from '@shared/psu-regime'
import { formatDate } from '@shared/dates'
import { groupBy } from '@shared/group-by'
import { compareBinary, pluralPl } from '@shared/text'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import { assignmentIdsInMonth, listAssignments, type AssignmentRow } from './assignments.repo'
import { monthCalendar } from './calendar'
import { sheetContentHash } from './sheet-content-hash'
import * as repo from './timesheets.repo'

export type TimesheetsService = ReturnType<typeof createTimesheetsService>
type Db = Kysely<Database>
type SheetRow = NonNullable<Awaited<ReturnType<typeof repo.findSheet>>>
type DayRow = Awaited<ReturnType<typeof repo.daysOfParticipants>>[number]

/** What a printed sheet needs beyond the month grid. */
export interface PrintableSheet extends MonthSheet {
  pesel: string | null
  workplaceAddress: string
  supervisorName: string
  supervisorRole: string
  porozumienieSignedOn: string
  skierowanieNumber: string
  skierowanieDate: string
  dateFrom: string
  dateTo: string
}

export function createTimesheetsService(db: Db, now: () => Date = () => new Date()) {
  function monthBounds(month: string) {
    return { first: firstDayOf(month), last: lastDayOf(month) }
  }

  async function loadAssignment(executor: Db, assignmentId: number, month: string): Promise<AssignmentRow> {
    const [row] = await listAssignments(executor, { id: assignmentId })
    if (!row) throw notFound(`przydział o numerze ${assignmentId}`)
    const { first, last } = monthBounds(month)
    if (row.dateFrom > last || row.dateTo < first) {
      throw new DomainError(
        'CONFLICT',
        `Przydział trwa od ${formatDate(row.dateFrom)} do ${formatDate(row.dateTo)} — nie obejmuje miesiąca ${formatMonth(month)}.`,
      )
    }
    return row
  }

  /** Builds the grid rows for assignments of one month from a few queries, whatever their number. */
  async function buildSheets(
    executor: Db,
    month: string,
    assignments: AssignmentRow[],
  ): Promise<PrintableSheet[]> {
    const { first, last } = monthBounds(month)
    const sheets = new Map((await repo.sheetsOfMonth(executor, month)).map((s) => [s.assignmentId, s]))
    // Weeks touching the month count toward the weekly limit; the seven days before it give the pattern to copy.
    const from = weekStartOf(first)
    const to = addDays(weekStartOf(last), 6)
    const days = await repo.daysOfParticipants(
      executor,
      [...new Set(assignments.map((a) => a.participantId))],
      addDays(first, -7),
      to,
    )
    return assignments.map((a) => {
      const sheet = sheets.get(a.id)
      const own = (d: DayRow) => d.assignmentId === a.id && d.month === month
      const mine = days.filter((d) => d.participantId === a.participantId)
      const otherMinutesByWeek: Record<string, number> = {}
      let otherMinutesInMonth = 0
      for (const d of mine) {
        if (own(d) || d.workedMin === 0) continue
        if (d.day >= from) {
          const week = weekStartOf(d.day)
          otherMinutesByWeek[week] = (otherMinutesByWeek[week] ?? 0) + d.workedMin
        }
        if (d.day >= first && d.day <= last) otherMinutesInMonth += d.workedMin
      }
      return {
        assignmentId: a.id,
        timesheetId: sheet?.id ?? null,
        participantId: a.participantId,
        participantName: `${a.lastName} ${a.firstName}`,
        pesel: a.pesel,
        workplaceName: a.workplaceName,
        workplaceAddress: a.workplaceAddress,
        supervisorName: a.supervisorName,
        supervisorRole: a.supervisorRole,
        positionName: a.positionName,
        porozumienieNumber: a.porozumienieNumber,
        porozumienieSignedOn: a.porozumienieSignedOn,
        skierowanieNumber: a.skierowanieNumber,
        skierowanieDate: a.skierowanieDate,
        dateFrom: a.dateFrom,
        dateTo: a.dateTo,
        regime: regimeFor(a.porozumienieSignedOn),
        limits: { weeklyLimitMin: a.weeklyLimitMin, monthlyLimitMin: a.monthlyLimitMin },
        activeFrom: a.dateFrom > first ? a.dateFrom : first,
        activeTo: a.dateTo < last ? a.dateTo : last,
        status: sheet?.status ?? 'otwarty',
        version: sheet?.version ?? 0,
        entries: mine.filter(own).map((d) => ({ date: d.day, minutes: d.workedMin, absence: d.absence })),
        context: { otherMinutesByWeek, otherMinutesInMonth },
        previousWeek: mine
          .filter((d) => d.assignmentId === a.id && d.day < first && d.day >= addDays(first, -7))
          .map((d) => ({ date: d.day, minutes: d.workedMin })),
      }
    })
  }

  function sortSheets<T extends PrintableSheet>(sheets: T[], rows: AssignmentRow[], order: SheetOrder): T[] {
    const byId = new Map(rows.map((r) => [r.id, r]))
    return [...sheets].sort((a, b) => {
      const [ra, rb] = [byId.get(a.assignmentId)!, byId.get(b.assignmentId)!]
      const place = ra.workplaceKey.localeCompare(rb.workplaceKey, 'pl')
      // name_order is spelled for binary comparison (Ź before Ż).
      const person = compareBinary(ra.nameOrder, rb.nameOrder)
      const first = order === 'miejsce' ? place || person : person || place
      return first || ra.dateFrom.localeCompare(rb.dateFrom) || a.assignmentId - b.assignmentId
    })
  }

  async function sheetFor(executor: Db, assignmentId: number, month: string): Promise<PrintableSheet> {
    const row = await loadAssignment(executor, assignmentId, month)
    return (await buildSheets(executor, month, [row]))[0]!
  }

  async function ensureSheet(trx: Db, assignmentId: number, month: string): Promise<SheetRow> {
    const existing = await repo.findSheet(trx, assignmentId, month)
    return existing ?? (await repo.insertSheets(trx, [assignmentId], month, now().toISOString()))[0]!
  }

  /** The month's sheet of each assignment, in their order; the missing ones made, open and empty. */
  async function ensureSheets(trx: Db, assignmentIds: readonly number[], month: string): Promise<SheetRow[]> {
    const sheets = new Map((await repo.sheetsOfMonth(trx, month)).map((s) => [s.assignmentId, s]))
    const missing = assignmentIds.filter((id) => !sheets.has(id))
    for (const sheet of await repo.insertSheets(trx, missing, month, now().toISOString())) {
      sheets.set(sheet.assignmentId, sheet)
    }
    return assignmentIds.map((id) => sheets.get(id)!)
  }

  async function contentHash(trx: Db, sheet: SheetRow): Promise<string> {
    return sheetContentHash(sheet.assignmentId, sheet.month, await repo.daysOf(trx, [sheet.id]))
  }

  /** Locks open sheets, each with its log entry, in a few statements however many sheets. */
  async function lockSheets(trx: Db, sheets: readonly SheetRow[], by: string): Promise<void> {
    if (sheets.length === 0) return
    const ids = sheets.map((s) => s.id)
    const days = groupBy(await repo.daysOf(trx, ids), (d) => d.timesheetId)
    const locked = sheets.map((s) => ({
      id: s.id,
      version: s.version + 1,
      hash: sheetContentHash(s.assignmentId, s.month, days.get(s.id) ?? []),
    }))
    const stamp = now().toISOString()
    await repo.lockSheets(trx, locked, stamp)
    await repo.insertLogs(
      trx,
      locked.map((l) => ({
        timesheet_id: l.id,
        action: 'zamkniecie',
        at: stamp,
        by_name: by,
        reason: '',
        version: l.version,
        content_hash: l.hash,
      })),
    )
  }

  return {
    async month(month: string, order: SheetOrder): Promise<MonthView> {
      const rows = await listAssignments(db, { month: monthBounds(month) })
      const sheets = sortSheets(await buildSheets(db, month, rows), rows, order)
      return { month, days: await monthCalendar(month), sheets }
    },

    get(assignmentId: number, month: string): Promise<PrintableSheet> {
      return sheetFor(db, assignmentId, month)
    },

    /** Sheets to print for a month: all assignments of the month, or the chosen ones, in the chosen order. */
    async forPrint(
      month: string,
      order: SheetOrder,
      assignmentIds: number[] | null,
    ): Promise<PrintableSheet[]> {
      let rows = await listAssignments(db, { month: monthBounds(month) })
      if (assignmentIds) {
        const wanted = new Set(assignmentIds)
        rows = rows.filter((r) => wanted.has(r.id))
        if (rows.length < wanted.size) {
          throw new DomainError(
            'NOT_FOUND',
            `Nie każdy wybrany przydział obejmuje miesiąc ${formatMonth(month)}.`,
          )
        }
      }
      return sortSheets(await buildSheets(db, month, rows), rows, order)
    },

    /** Replaces the whole month of one sheet in one transaction, or refuses and changes nothing. */
    save(input: SaveSheetInput): Promise<PrintableSheet> {
      return db.transaction().execute(async (trx) => {
        const current = await sheetFor(trx, input.assignmentId, input.month)
        if (current.status === 'zamkniety') {
          throw new DomainError(
            'CONFLICT',
            `Miesiąc ${formatMonth(input.month)} jest zamknięty dla ${current.participantName} — otwórz go ponownie, aby zmienić godziny.`,
          )
        }
        const entries: SheetEntry[] = input.entries.filter((e) => e.minutes > 0 || e.absence !== null)
        const check = checkSheet(
          {
            month: input.month,
            limits: current.limits,
            context: current.context,
            activeFrom: current.activeFrom,
            activeTo: current.activeTo,
            days: await monthCalendar(input.month),
          },
          entries,
        )
        const errors = check.issues.filter((i) => i.level === 'error')
        if (errors.length > 0) {
          const more = errors.length - 1
          throw new DomainError(
            'CONFLICT',
            `Nie zapisano karty ${current.participantName}: ${errors[0]!.message}${more > 0 ? ` (oraz ${more} ${pluralPl(more, 'inny błąd', 'inne błędy', 'innych błędów')})` : ''}`,
          )
        }
        const sheet = await ensureSheet(trx, input.assignmentId, input.month)
        await repo.replaceDays(
          trx,
          sheet.id,
          entries.map((e) => ({
            timesheet_id: sheet.id,
            day: e.date,
            worked_min: e.minutes,
            absence: e.absence,
          })),
        )
        await repo.updateSheet(trx, sheet.id, { updated_at: now().toISOString() })
        return sheetFor(trx, input.assignmentId, input.month)
      })
    },

    lock(assignmentId: number, month: string, by: string): Promise<PrintableSheet> {
      return db.transaction().execute(async (trx) => {
        const current = await sheetFor(trx, assignmentId, month)
        if (current.status === 'zamkniety') {
          throw new DomainError(
            'CONFLICT',
            `Miesiąc ${formatMonth(month)} jest już zamknięty dla ${current.participantName}.`,
          )
        }
        await lockSheets(trx, [await ensureSheet(trx, assignmentId, month)], by)
        return sheetFor(trx, assignmentId, month)
      })
    },

    /** Locks every still-open sheet of the month in one transaction, in a fixed number of statements. */
    lockMonth(month: string, by: string): Promise<{ locked: number; alreadyLocked: number }> {
      return db.transaction().execute(async (trx) => {
        const ids = await assignmentIdsInMonth(trx, monthBounds(month))
        if (ids.length === 0) {
          throw new DomainError('CONFLICT', `W miesiącu ${formatMonth(month)} nie ma żadnych przydziałów.`)
        }
        const open = (await ensureSheets(trx, ids, month)).filter((s) => s.status !== 'zamkniety')
        await lockSheets(trx, open, by)
        return { locked: open.length, alreadyLocked: ids.length - open.length }
      })
    },

    reopen(assignmentId: number, month: string, by: string, reason: string): Promise<PrintableSheet> {
      return db.transaction().execute(async (trx) => {
        const current = await sheetFor(trx, assignmentId, month)
        const sheet = await repo.findSheet(trx, assignmentId, month)
        if (!sheet || sheet.status !== 'zamkniety') {
          throw new DomainError(
            'CONFLICT',
            `Miesiąc ${formatMonth(month)} nie jest zamknięty dla ${current.participantName}.`,
          )
        }
        const stamp = now().toISOString()
        const version = sheet.version + 1
        await repo.updateSheet(trx, sheet.id, { status: 'otwarty', version, updated_at: stamp })
        await repo.insertLogs(trx, [
          {
            timesheet_id: sheet.id,
            action: 'otwarcie',
            at: stamp,
            by_name: by,
            reason,
            version,
            content_hash: await contentHash(trx, sheet),
          },
        ])
        return sheetFor(trx, assignmentId, month)
      })
    },

    async log(assignmentId: number, month: string): Promise<TimesheetLogEntry[]> {
      await loadAssignment(db, assignmentId, month)
      const sheet = await repo.findSheet(db, assignmentId, month)
      if (!sheet) return []
      return (await repo.logOf(db, sheet.id)).map((l) => ({
        id: l.id,
        action: l.action,
        at: l.at,
        by: l.byName,
        reason: l.reason,
        version: l.version,
        contentHash: l.contentHash,
      }))
    },
  }
}
