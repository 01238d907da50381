// Monthly timesheets (karta ewidencji godzin): what the month grid and a single sheet receive and save.
import { z } from './zod-pl'
import { dayMinutes, isoDate, monthKey, recordId, requiredText } from './psu-common.schema'
import { ABSENCES } from './psu-limits'
import { PSU_REGIMES } from './psu-regime'

export const TIMESHEET_STATUSES = ['otwarty', 'zamkniety'] as const
export type TimesheetStatus = (typeof TIMESHEET_STATUSES)[number]
export const TIMESHEET_STATUS_LABELS: Record<TimesheetStatus, string> = {
  otwarty: 'otwarty',
  zamkniety: 'zamknięty',
}

export const SHEET_ORDERS = ['miejsce', 'nazwisko'] as const
export type SheetOrder = (typeof SHEET_ORDERS)[number]
export const SHEET_ORDER_LABELS: Record<SheetOrder, string> = {
  miejsce: 'według miejsca pracy',
  nazwisko: 'według nazwiska',
}

export const sheetEntry = z.strictObject({
  date: isoDate(),
  minutes: dayMinutes,
  absence: z.enum(ABSENCES).nullable(),
})

export const calendarDay = z.object({
  date: z.string(),
  weekday: z.number().int(),
  dayOff: z.boolean(),
  holiday: z.string().nullable(),
})
export type CalendarDay = z.infer<typeof calendarDay>

export const monthSheet = z.object({
  assignmentId: recordId,
  timesheetId: recordId.nullable(),
  participantId: recordId,
  participantName: z.string(),
  workplaceName: z.string(),
  positionName: z.string(),
  porozumienieNumber: z.string(),
  regime: z.enum(PSU_REGIMES),
  limits: z.object({ weeklyLimitMin: z.number().int().nullable(), monthlyLimitMin: z.number().int() }),
  /** The assignment's days inside the month. */
  activeFrom: z.string(),
  activeTo: z.string(),
  status: z.enum(TIMESHEET_STATUSES),
  /** Grows on every lock and reopening; payouts remember it to notice a reopened month. */
  version: z.number().int(),
  entries: z.array(
    z.object({ date: z.string(), minutes: z.number().int(), absence: z.enum(ABSENCES).nullable() }),
  ),
  context: z.object({
    otherMinutesByWeek: z.record(z.string(), z.number().int()),
    otherMinutesInMonth: z.number().int(),
  }),
  /** This assignment's days in the seven days before the month: the pattern to copy into its first week. */
  previousWeek: z.array(z.object({ date: z.string(), minutes: z.number().int() })),
})
export type MonthSheet = z.infer<typeof monthSheet>

export const monthView = z.object({
  month: z.string(),
  days: z.array(calendarDay),
  sheets: z.array(monthSheet),
})
export type MonthView = z.infer<typeof monthView>

export const monthQuery = z.strictObject({
  month: monthKey,
  order: z.enum(SHEET_ORDERS).default('miejsce'),
})

export const sheetKey = z.strictObject({ assignmentId: recordId, month: monthKey })

export const saveSheetInput = z.strictObject({
  assignmentId: recordId,
  month: monthKey,
  /** The whole month as it should be: days not listed are empty. */
  entries: z.array(sheetEntry).max(31, 'Miesiąc ma najwyżej 31 dni.'),
})
export type SaveSheetInput = z.output<typeof saveSheetInput>

const operator = requiredText(120, 'Podaj, kto to robi.', 'Imię i nazwisko może mieć najwyżej 120 znaków.')

export const lockSheetInput = z.strictObject({ assignmentId: recordId, month: monthKey, by: operator })
export const lockMonthInput = z.strictObject({ month: monthKey, by: operator })
export const reopenSheetInput = z.strictObject({
  assignmentId: recordId,
  month: monthKey,
  by: operator,
  reason: requiredText(
    500,
    'Podaj powód ponownego otwarcia miesiąca.',
    'Powód może mieć najwyżej 500 znaków.',
  ),
})

export const timesheetLogEntry = z.object({
  id: recordId,
  action: z.enum(['zamkniecie', 'otwarcie']),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  version: z.number().int(),
  contentHash: z.string(),
})
export type TimesheetLogEntry = z.infer<typeof timesheetLogEntry>

export const lockMonthResult = z.object({ locked: z.number().int(), alreadyLocked: z.number().int() })

/** Printing timesheets: every assignment of the month (assignmentIds null) or the chosen ones. */
export const psuSheetsRequest = z.strictObject({
  kind: z.literal('psu-karty'),
  month: monthKey,
  order: z.enum(SHEET_ORDERS),
  filled: z.boolean(),
  assignmentIds: z.array(recordId).min(1).max(1000).nullable(),
})
