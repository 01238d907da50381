// The list exports of the KIS, PSU and payout screens (kontrakty, activities, group classes,
// assignments, timesheets, payout lists, refund requests), each with the filters its screen shows;
// spread into the one list-export request (exports.schema.ts).
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { ACTIVITY_KIND_CODES } from './activity.schema'
import { recordId } from './participant.schema'
import { assignmentListQuery } from './psu-assignments.schema'
import { monthKey } from './psu-common.schema'
import { payoutListQuery } from './payouts.schema'

const format = z.enum(['xlsx', 'csv'])
const optionalDate = z.string().max(10).refine(isRealDate, 'Podaj datę w formacie DD.MM.RRRR.').nullable()

export const activityExportFilter = z.strictObject({
  participantId: recordId.nullable(),
  from: optionalDate,
  to: optionalDate,
  kind: z.enum(ACTIVITY_KIND_CODES).nullable(),
})
export type ActivityExportFilter = z.output<typeof activityExportFilter>

export const reportListExportRequests = [
  z.strictObject({ list: z.literal('kontrakty'), format, participantId: recordId.nullable() }),
  z.strictObject({ list: z.literal('activities'), format, filter: activityExportFilter }),
  z.strictObject({ list: z.literal('classes'), format }),
  z.strictObject({ list: z.literal('assignments'), format, query: assignmentListQuery }),
  z.strictObject({ list: z.literal('timesheets'), format, month: monthKey }),
  z.strictObject({ list: z.literal('payouts'), format, query: payoutListQuery }),
  z.strictObject({ list: z.literal('refunds'), format }),
] as const
