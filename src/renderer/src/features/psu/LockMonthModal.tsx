import { useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { ModalFooter } from '../../components/FormModal'
import { Stack, Text, TextInput } from '@mantine/core'
import { formatMonth } from '@shared/psu-calendar'
import { pluralPl } from '@shared/text'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { usePsuSettings } from './use-psu-data'

interface Props {
  month: string
  open: number
  onClose: () => void
  onLocked: () => void
}

/** Locks every open sheet of the month; the name goes to each sheet's log. */
export function LockMonthModal({ month, open, onClose, onLocked }: Props) {
  const [settings] = usePsuSettings()
  const [by, setBy] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const name = by ?? settings?.coordinatorName ?? ''

  async function lock() {
    setBusy(true)
    try {
      const result = await unwrap(window.api.timesheets.lockmonth({ month, by: name }))
      notifySaved(
        `${formatMonth(month)}: zamknięto ${result.locked} ${pluralPl(result.locked, 'kartę', 'karty', 'kart')}`,
      )
      onLocked()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <AppModal opened onClose={onClose} title={`Zamknięcie miesiąca: ${formatMonth(month)}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void lock()
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Zamknąć {open} {pluralPl(open, 'otwartą kartę', 'otwarte karty', 'otwartych kart')}? Po zamknięciu
            godzin nie można zmieniać; ponowne otwarcie wymaga podania powodu i zostaje zapisane w historii
            karty.
          </Text>
          <TextInput
            label="Kto zamyka"
            withAsterisk
            data-autofocus
            value={name}
            onChange={(e) => setBy(e.currentTarget.value)}
          />
          <ModalFooter
            onCancel={onClose}
            submitLabel="Zamknij miesiąc"
            saving={busy}
            disabled={name.trim() === ''}
            submitColor="orange"
          />
        </Stack>
      </form>
    </AppModal>
  )
}
