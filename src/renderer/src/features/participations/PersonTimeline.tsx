import { useCallback, useState } from 'react'
import { Badge, Button, Group, Text, Timeline } from '@mantine/core'
import { formatDate } from '@shared/dates'
import type { DocumentRequest } from '@shared/documents.schema'
import { TIMELINE_SOURCES, type TimelineEntry, type TimelineSource } from '@shared/timeline.schema'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'

const COLORS: Record<TimelineSource, string> = {
  uczestnictwo: 'teal',
  kontrakt: 'indigo',
  wsparcie: 'grape',
  psu: 'orange',
}

/** The person's history, newest first; entries with a document can be printed from here. */
export function PersonTimeline({ entries }: { entries: TimelineEntry[] }) {
  const [printing, setPrinting] = useState<{ title: string; request: DocumentRequest } | null>(null)
  const close = useCallback(() => setPrinting(null), [])
  if (entries.length === 0) {
    return (
      <Text c="dimmed" py="md">
        Brak wpisów — otwórz uczestnictwo, aby rozpocząć przebieg.
      </Text>
    )
  }
  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} aria-label="Oś czasu uczestnika">
        {entries.map((entry, i) => (
          <Timeline.Item key={i} color={COLORS[entry.source]} title={<EntryTitle entry={entry} />}>
            <Text size="sm" c="dimmed">
              {entry.detail}
            </Text>
            {entry.document && (
              <Button
                size="compact-xs"
                variant="subtle"
                mt={2}
                onClick={() => setPrinting({ title: entry.title, request: entry.document! })}
              >
                Drukuj
              </Button>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      {printing && <DocumentPreviewModal title={printing.title} request={printing.request} onClose={close} />}
    </>
  )
}

function EntryTitle({ entry }: { entry: TimelineEntry }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={600} w={92} style={{ flexShrink: 0 }}>
        {formatDate(entry.date)}
      </Text>
      <Badge size="xs" variant="light" color={COLORS[entry.source]} style={{ flexShrink: 0 }}>
        {TIMELINE_SOURCES[entry.source]}
      </Badge>
      <Text size="sm" fw={600}>
        {entry.title}
      </Text>
    </Group>
  )
}
