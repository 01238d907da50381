import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'

export const UNSAVED_TITLE = 'Niezapisane zmiany'

/** The one question before typed work is dropped. */
export function confirmDiscard(
  onConfirm: () => void,
  question = 'Zamknąć bez zapisywania?',
  confirm = 'Zamknij bez zapisu',
): void {
  modals.openConfirmModal({
    title: UNSAVED_TITLE,
    children: <Text size="sm">Masz niezapisane zmiany. {question}</Text>,
    labels: { confirm, cancel: 'Wróć do formularza' },
    confirmProps: { color: 'red' },
    onConfirm,
  })
}

/** A yes/no question before something that cannot simply be taken back. */
export function confirmAction(options: {
  title: string
  text: string
  confirm: string
  color?: string
  onConfirm: () => void
}): void {
  modals.openConfirmModal({
    title: options.title,
    children: <Text size="sm">{options.text}</Text>,
    labels: { confirm: options.confirm, cancel: 'Anuluj' },
    confirmProps: { color: options.color ?? 'red' },
    onConfirm: options.onConfirm,
  })
}
