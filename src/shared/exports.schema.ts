// Which list to export, in which format, with the filters the screen shows right now: the register,
// the KIS, PSU and payout screens' lists, and the payout documents as tables.
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { ACTIVITY_KIND_CODES } from './activity.schema'
import { participantFilter, recordId } from './participant.schema'
import { assignmentListQuery } from './psu-assignments.schema'
import { monthKey } from './psu-common.schema'
import { payoutListQuery } from './payouts.schema'

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
const format = z.enum(EXPORT_FORMATS)
const optionalDate = z.string().max(10).refine(isRealDate, 'Podaj datę w formacie DD.MM.RRRR.').nullable()

export const activityExportFilter = z.strictObject({
  participantId: recordId.nullable(),
  from: optionalDate,
  to: optionalDate,
  kind: z.enum(ACTIVITY_KIND_CODES).nullable(),
})
export type ActivityExportFilter = z.output<typeof activityExportFilter>

export const listExportRequest = z.discriminatedUnion('list', [
  z.strictObject({
    list: z.literal('participants'),
    format,
    filter: participantFilter,
    /** Target groups, exclusions and therapy (art. 9 RODO) only when the coordinator ticks them. */
    specialCategories: z.boolean().default(false),
  }),
  z.strictObject({ list: z.literal('payout-list'), format, listId: recordId }),
  z.strictObject({ list: z.literal('payout-bank'), format, listId: recordId }),
  z.strictObject({ list: z.literal('refund-statement'), format, requestId: recordId }),
  z.strictObject({ list: z.literal('payout-year'), format, year: z.number().int().min(2000).max(2100) }),
  z.strictObject({ list: z.literal('kontrakty'), format, participantId: recordId.nullable() }),
  z.strictObject({ list: z.literal('activities'), format, filter: activityExportFilter }),
  z.strictObject({ list: z.literal('classes'), format }),
  z.strictObject({ list: z.literal('assignments'), format, query: assignmentListQuery }),
  z.strictObject({ list: z.literal('timesheets'), format, month: monthKey }),
  z.strictObject({ list: z.literal('payouts'), format, query: payoutListQuery }),
  z.strictObject({ list: z.literal('refunds'), format }),
])
export type ListExportRequest = z.output<typeof listExportRequest>
export type ListName = ListExportRequest['list']

export const listExported = z.object({ path: z.string().nullable(), rows: z.number().int().min(0) })
