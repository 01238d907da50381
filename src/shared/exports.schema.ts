// Which list to export, in which format, with the filters the screen shows right now.
import { z } from './zod-pl'
import { participantFilter } from './participant.schema'

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
const format = z.enum(EXPORT_FORMATS)

export const listExportRequest = z.discriminatedUnion('list', [
  z.strictObject({ list: z.literal('participants'), format, filter: participantFilter }),
])
export type ListExportRequest = z.output<typeof listExportRequest>
export type ListName = ListExportRequest['list']

export const listExported = z.object({ path: z.string().nullable(), rows: z.number().int().min(0) })
