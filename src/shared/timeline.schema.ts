// One participant's history in date order: participations, kontrakt and its changes, support
// activities — and, once PSU exists, PSU assignments (source 'psu').
import { z } from './zod-pl'
import { recordId } from './participant.schema'
import { documentRequest } from './documents.schema'

export const TIMELINE_SOURCES = {
  uczestnictwo: 'Uczestnictwo w KIS',
  kontrakt: 'Kontrakt socjalny',
  wsparcie: 'Wsparcie',
  psu: 'Prace społecznie użyteczne',
} as const
export type TimelineSource = keyof typeof TIMELINE_SOURCES
const TIMELINE_SOURCE_CODES = Object.keys(TIMELINE_SOURCES) as [TimelineSource, ...TimelineSource[]]

export const timelineEntry = z.object({
  date: z.string(),
  source: z.enum(TIMELINE_SOURCE_CODES),
  title: z.string(),
  detail: z.string(),
  /** A document that can be printed from the entry (aneks, ocena, zaświadczenie…). */
  document: documentRequest.nullable(),
})
export type TimelineEntry = z.infer<typeof timelineEntry>

export const timelineQuery = z.strictObject({ participantId: recordId })
export const personTimeline = z.array(timelineEntry)
