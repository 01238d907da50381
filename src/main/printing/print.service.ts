// Preview, print and save of any printable document, through the Platform (Electron or Chromium).
// The last preview's PDF is kept under a random token: "Zapisz PDF" writes those very bytes and
// "Drukuj" sends the same document, so nothing is built or rendered twice.
import { randomUUID } from 'node:crypto'
import { DomainError } from '../errors'
import type { Platform } from '../platform/platform'
import { saveUserFile } from '../platform/user-files'
import type { PrintableDocument } from './document-shell'

export type PrintService = ReturnType<typeof createPrintService>

interface Previewed {
  token: string
  doc: PrintableDocument
  pdf: Uint8Array
}

/** What to print or save: a document built afresh, or the token of the last preview. */
export type PrintSource = PrintableDocument | { previewToken: string }

export function createPrintService(platform: Platform) {
  // One preview open at a time (a modal): a newer preview replaces the older bytes.
  let last: Previewed | null = null

  function previewed(token: string): Previewed {
    if (!last || last.token !== token)
      throw new DomainError('NOT_FOUND', 'Podgląd wydruku wygasł. Otwórz podgląd ponownie.')
    return last
  }

  function resolve(source: PrintSource): { doc: PrintableDocument; pdf?: Uint8Array } {
    return 'previewToken' in source ? previewed(source.previewToken) : { doc: source }
  }

  return {
    async preview(doc: PrintableDocument) {
      const pdf = await platform.renderPdf(doc.html)
      last = { token: randomUUID(), doc, pdf }
      return {
        pdfBase64: Buffer.from(pdf).toString('base64'),
        fileName: doc.fileName,
        previewToken: last.token,
      }
    },

    async print(source: PrintSource): Promise<{ printed: boolean }> {
      const { doc } = resolve(source)
      return { printed: await platform.print(doc.html) }
    },

    /** Asks where to save; null path when the user cancels. */
    async save(source: PrintSource): Promise<{ path: string | null }> {
      const { doc, pdf } = resolve(source)
      const path = await platform.chooseSavePath(doc.fileName, [
        { name: 'Dokument PDF', extensions: ['pdf'] },
      ])
      if (!path) return { path: null }
      await saveUserFile(path, pdf ?? (await platform.renderPdf(doc.html)))
      return { path }
    },
  }
}
