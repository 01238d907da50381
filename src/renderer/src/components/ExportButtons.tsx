import { useState } from 'react'
import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ListExportRequest } from '@shared/exports.schema'
import { pluralPl } from '@shared/text'
import { notifyError, unwrap } from '../api/client'

type Format = ListExportRequest['format']

/** "Eksport XLSX" and "Eksport CSV" for a list, with the filters the screen shows now. */
export function ExportButtons({ request }: { request: (format: Format) => ListExportRequest }) {
  const [busy, setBusy] = useState<Format | null>(null)

  async function run(format: Format) {
    setBusy(format)
    try {
      const { path, rows } = await unwrap(window.api.exports.list(request(format)))
      if (path) {
        const what = `${rows} ${pluralPl(rows, 'wiersz', 'wiersze', 'wierszy')}`
        notifications.show({ color: 'teal', title: `Wyeksportowano ${what}`, message: path })
      }
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Group gap="xs">
      <Button variant="default" size="xs" loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
        Eksport XLSX
      </Button>
      <Button variant="default" size="xs" loading={busy === 'csv'} onClick={() => void run('csv')}>
        Eksport CSV
      </Button>
    </Group>
  )
}
