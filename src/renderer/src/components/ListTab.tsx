import type { ReactNode } from 'react'
import { Button, Group, Stack, Table, Text } from '@mantine/core'
import { notifyError, notifySaved } from '../api/client'
import { confirmAction } from './confirm'

interface Props {
  /** Filters on the left of the bar above the list. */
  filters?: ReactNode
  /** Export and "Dodaj…" buttons on the right. */
  actions?: ReactNode
  /** Shown instead of the table when there is nothing to list. */
  empty: string
  isEmpty: boolean
  /** The table: it scrolls sideways inside the tab on a small screen, never past the window. */
  children: ReactNode
  /** The width under which the table scrolls rather than squeezing its columns. */
  minWidth?: number
}

/** One layout for every list tab: the bar (filters, actions), then the table or a sentence why it is empty. */
export function ListTab({ filters, actions, empty, isEmpty, children, minWidth = 720 }: Props) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="end" gap="sm">
        <Group gap="sm" align="end">
          {filters}
        </Group>
        <Group gap="xs" align="end">
          {actions}
        </Group>
      </Group>
      {isEmpty ? (
        <Text c="dimmed" ta="center" py="xl">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth} type="native">
          {children}
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}

/** The edit/remove buttons of a row, kept on one line at the row's end. */
export function RowActions({ onEdit, onRemove }: { onEdit?: () => void; onRemove?: () => void }) {
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {onEdit && (
        <Button size="compact-xs" variant="subtle" onClick={onEdit}>
          Edytuj
        </Button>
      )}
      {onRemove && (
        <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
          Usuń
        </Button>
      )}
    </Group>
  )
}

/** Asks before removing a record, then removes it, says so, and reloads the list. */
export function confirmRemove(options: {
  title: string
  text: string
  remove: () => Promise<unknown>
  removed: string
  reload: () => void
}): void {
  confirmAction({
    title: options.title,
    text: options.text,
    confirm: 'Usuń',
    onConfirm: () =>
      void options.remove().then(() => {
        notifySaved(options.removed)
        options.reload()
      }, notifyError),
  })
}
