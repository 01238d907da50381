import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { Modal, type ModalProps } from '@mantine/core'

/** Open AppModals, the last one on top: it takes an Esc that no dialog holds the focus for. */
const openLayers: string[] = []

/**
 * Every dialog of the app. Mantine's own Esc handling listens on the window, so Esc in a dialog opened
 * from another one closed both; here Esc closes only the layer that holds the focus: a nested dialog or
 * a picker's dropdown (rendered in a portal, outside this dialog's element) handles its own Esc, and an
 * open select or date picker inside the dialog marks the key as its own. When a nested dialog closes and
 * the focus falls back to the page, Esc goes to the top open dialog.
 */
export function AppModal({ onClose, closeOnEscape = true, opened, ...props }: ModalProps) {
  const layer = useId()
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  })

  useEffect(() => {
    if (!opened) return
    openLayers.push(layer)
    const onStrayEscape = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      // Focus outside every dialog (on the page, or on a button that went away with a closed dialog).
      const stray = !target?.closest?.('[role="dialog"]')
      if (event.key === 'Escape' && stray && closeOnEscape && openLayers.at(-1) === layer) close.current()
    }
    window.addEventListener('keydown', onStrayEscape)
    return () => {
      window.removeEventListener('keydown', onStrayEscape)
      openLayers.splice(openLayers.indexOf(layer), 1)
    }
  }, [opened, layer, closeOnEscape])

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
      closeButtonProps={{ 'aria-label': 'Zamknij okno' }}
      {...props}
      opened={opened}
      onClose={onClose}
      closeOnEscape={false}
      onKeyDown={onKeyDown}
    />
  )
}
