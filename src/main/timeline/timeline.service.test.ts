import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '@shared/timeline.schema'
import { createTimelineService, type TimelineSource } from './timeline.service'

const entry = (date: string, source: TimelineEntry['source'], title: string): TimelineEntry => ({
  date,
  source,
  title,
  detail: '',
  document: null,
})

describe('person timeline', () => {
  it('merges every source newest first, keeping the sources’ order within a day', async () => {
    const kis: TimelineSource = async () => [
      entry('2026-01-05', 'uczestnictwo', 'Rozpoczęcie uczestnictwa w KIS'),
      entry('2026-01-05', 'kontrakt', 'Kontrakt socjalny'),
    ]
    // Another domain (PSU) adds its own source without the KIS code knowing it.
    const psu: TimelineSource = async (participantId) => [
      entry('2026-02-01', 'psu', `Skierowanie do PSU ${participantId}`),
    ]
    const timeline = createTimelineService([kis, psu])
    expect((await timeline.forParticipant(7)).map((e) => e.title)).toEqual([
      'Skierowanie do PSU 7',
      'Kontrakt socjalny',
      'Rozpoczęcie uczestnictwa w KIS',
    ])
  })
})
