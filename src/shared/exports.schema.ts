// Which list to export, in which format, with the filters the screen shows right now.
import { z } from './zod-pl'
import { participantFilter, recordId } from './participant.schema'
import { reportListExportRequests } from './reports-lists.schema'

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
const format = z.enum(EXPORT_FORMATS)

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
  ...reportListExportRequests,
])
export type ListExportRequest = z.output<typeof listExportRequest>
export type ListName = ListExportRequest['list']

export const listExported = z.object({ path: z.string().nullable(), rows: z.number().int().min(0) })
