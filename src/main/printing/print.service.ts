// Preview, print and save of any printable document, through the Platform (Electron or Chromium).
import type { Platform } from '../platform/platform'
import { saveUserFile } from '../platform/user-files'
import type { PrintableDocument } from './document-shell'

export type PrintService = ReturnType<typeof createPrintService>

export function createPrintService(platform: Platform) {
  return {
    async preview(doc: PrintableDocument): Promise<{ pdfBase64: string; fileName: string }> {
      const pdf = await platform.renderPdf(doc.html)
      return { pdfBase64: Buffer.from(pdf).toString('base64'), fileName: doc.fileName }
    },

    async print(doc: PrintableDocument): Promise<{ printed: boolean }> {
      return { printed: await platform.print(doc.html) }
    },

    /** Asks where to save; null path when the user cancels. */
    async save(doc: PrintableDocument): Promise<{ path: string | null }> {
      const path = await platform.chooseSavePath(doc.fileName, [
        { name: 'Dokument PDF', extensions: ['pdf'] },
      ])
      if (!path) return { path: null }
      const pdf = await platform.renderPdf(doc.html)
      await saveUserFile(path, pdf)
      return { path }
    },
  }
}
