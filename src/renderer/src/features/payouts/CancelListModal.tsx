import { useState } from 'react'
import { Stack, Text, Textarea } from '@mantine/core'
import type { PayoutListDetail } from '@shared/payouts.schema'
import { notifySaved, unwrap } from '../../api/client'
import { AppModal } from '../../components/AppModal'
import { ModalFooter } from '../../components/FormModal'

/** Cancelling a list keeps it in the history with the reason; the month can then be computed anew. */
export function CancelListModal({
  list,
  onClose,
  onCancelled,
}: {
  list: PayoutListDetail
  onClose: () => void
  onCancelled: (list: PayoutListDetail) => void
}) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  async function submit() {
    try {
      const next = await unwrap(window.api.payouts.cancel({ id: list.id, reason }))
      notifySaved(`Anulowano listę ${next.number}.`)
      onCancelled(next)
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Nie udało się anulować listy.')
    }
  }
  return (
    <AppModal opened onClose={onClose} title={`Anulowanie listy ${list.number}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <Text size="sm">
            Anulowana lista zostaje w historii z powodem; miesiąc można wtedy policzyć od nowa (nowa lista
            dostanie nowy numer).
          </Text>
          <Textarea
            label="Powód anulowania"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            data-autofocus
            autosize
            minRows={2}
          />
          <ModalFooter onCancel={onClose} cancelLabel="Wróć" submitLabel="Anuluj listę" submitColor="red" />
        </Stack>
      </form>
    </AppModal>
  )
}
