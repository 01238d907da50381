import { useState } from 'react'
import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { DocumentRequest } from '@shared/documents.schema'
import type { ReportKind } from '@shared/reports.schema'
import { notifyError, unwrap } from '../../api/client'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'

interface Props {
  report: ReportKind
  title: string
  from: string
  to: string
  compareYears: number
}

/** PDF preview (print, save), XLSX and editable text of a report, for the period on screen. */
export function ReportActions({ report, title, from, to, compareYears }: Props) {
  const [previewing, setPreviewing] = useState(false)
  const [busy, setBusy] = useState<'xlsx' | 'txt' | null>(null)
  const printRequest: DocumentRequest =
    report === 'roczne'
      ? { kind: 'sprawozdanie-roczne', from, to, compareYears }
      : { kind: 'sprawozdanie-wojewoda', from, to }

  async function save(format: 'xlsx' | 'txt') {
    setBusy(format)
    try {
      const { path } = await unwrap(window.api.reports.export({ report, format, from, to, compareYears }))
      if (path) notifications.show({ color: 'teal', title: 'Zapisano', message: path })
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Group gap="xs">
      <Button size="xs" onClick={() => setPreviewing(true)}>
        Podgląd i druk PDF
      </Button>
      <Button size="xs" variant="default" loading={busy === 'xlsx'} onClick={() => void save('xlsx')}>
        Eksport XLSX
      </Button>
      <Button
        size="xs"
        variant="default"
        loading={busy === 'txt'}
        onClick={() => void save('txt')}
        title="Zwykły tekst UTF-8 z tabelami rozdzielonymi tabulatorami — do wklejenia do własnego sprawozdania"
      >
        Tekst do edycji (TXT)
      </Button>
      {previewing && (
        <DocumentPreviewModal title={title} request={printRequest} onClose={() => setPreviewing(false)} />
      )}
    </Group>
  )
}
