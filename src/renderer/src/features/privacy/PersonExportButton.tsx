import { useState } from 'react'
import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { notifyError, unwrap } from '../../api/client'

/** Art. 15/20 RODO: a folder with a PDF, JSON and XLSX of everything the office holds on the person. */
export function PersonExportButton({ participantId }: { participantId: number }) {
  const [busy, setBusy] = useState(false)

  async function run() {
    setBusy(true)
    try {
      const result = await unwrap(window.api.privacy.export({ participantId }))
      if (!result.cancelled) {
        notifications.show({
          color: 'teal',
          title: 'Zapisano dane osoby (PDF, JSON, XLSX)',
          message: result.folder,
        })
      }
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button size="xs" variant="default" ml="auto" loading={busy} onClick={() => void run()}>
      Dane osoby (RODO)…
    </Button>
  )
}
