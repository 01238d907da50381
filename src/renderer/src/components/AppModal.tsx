import type { KeyboardEvent } from 'react'
import { Modal, type ModalProps } from '@mantine/core'

/**
 * Every dialog of the app. Mantine's own Esc handling listens on the window, so Esc in a dialog opened
 * from another one closed both; here Esc closes only the layer that holds the focus: a nested dialog or
 * a picker's dropdown (rendered in a portal, outside this dialog's element) handles its own Esc, and an
 * open select or date picker inside the dialog marks the key as its own.
 */
export function AppModal({ onClose, closeOnEscape = true, ...props }: ModalProps) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || !closeOnEscape || event.nativeEvent.isComposing) return
    const target = event.target as HTMLElement
    if (!event.currentTarget.contains(target)) return
    if (target.getAttribute('data-mantine-stop-propagation') === 'true') return
    event.stopPropagation()
    onClose()
  }
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Zamknij' }}
      {...props}
      onClose={onClose}
      closeOnEscape={false}
      onKeyDown={onKeyDown}
    />
  )
}
