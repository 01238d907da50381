import { useEffect, useRef, useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { Button, Group, Loader, ScrollArea, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { DocumentRequest } from '@shared/documents.schema'
import { pluralPl } from '@shared/text'
import { notifyError, unwrap } from '../../api/client'
import { renderPdfPages, type PdfPages } from './pdf-pages'

interface Props {
  title: string
  request: DocumentRequest
  onClose: () => void
}

/** Shows the real PDF (as the printer will get it), then prints it or saves it where the user picks. */
export function DocumentPreviewModal({ title, request, onClose }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null)
  const [pages, setPages] = useState<number | null>(null)
  // The PDF main kept for this preview: save and print use it instead of rendering again.
  const [previewToken, setPreviewToken] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Callers pass a fresh object each render; the document is the same while its JSON is.
  const requestKey = JSON.stringify(request)
  useEffect(() => {
    let cancelled = false
    let shown: PdfPages | null = null
    unwrap(window.api.documents.preview(JSON.parse(requestKey) as DocumentRequest))
      .then(async (preview) => {
        if (cancelled || !pagesRef.current) return
        shown = await renderPdfPages(preview.pdfBase64, pagesRef.current)
        if (cancelled) return shown.dispose()
        setPreviewToken(preview.previewToken)
        setPages(shown.count)
      })
      .catch((error: unknown) => {
        notifyError(error)
        onClose()
      })
    return () => {
      cancelled = true
      shown?.dispose()
    }
  }, [requestKey, onClose])

  async function run(action: 'print' | 'save') {
    if (!previewToken) return
    const output = { previewToken }
    setBusy(true)
    try {
      if (action === 'print') {
        const { printed } = await unwrap(window.api.documents.print(output))
        if (printed) notifications.show({ color: 'teal', title: 'Wysłano do drukarki', message: title })
      } else {
        const { path } = await unwrap(window.api.documents.save(output))
        if (path) notifications.show({ color: 'teal', title: 'Zapisano PDF', message: path })
      }
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <AppModal opened onClose={onClose} title={`Podgląd wydruku: ${title}`} size="min(980px, 96vw)">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed" data-testid="preview-pages">
          {pages === null
            ? 'Przygotowuję PDF…'
            : `${pages} ${pluralPl(pages, 'strona', 'strony', 'stron')} A4`}
        </Text>
        <Group>
          <Button variant="default" onClick={onClose}>
            Zamknij
          </Button>
          <Button variant="light" onClick={() => void run('save')} loading={busy} disabled={pages === null}>
            Zapisz PDF
          </Button>
          <Button onClick={() => void run('print')} loading={busy} disabled={pages === null} data-autofocus>
            Drukuj
          </Button>
        </Group>
      </Group>
      <ScrollArea h="75vh" bg="gray.2" p="sm" aria-label="Strony dokumentu">
        {pages === null && (
          <Group justify="center" p="xl">
            <Loader />
          </Group>
        )}
        <div ref={pagesRef} />
      </ScrollArea>
    </AppModal>
  )
}
