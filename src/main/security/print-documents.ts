// Print documents are served from memory under app://kis/__print/<id>.html, never written to disk
// (they carry personal data) and never loaded from anywhere else.
import { randomUUID } from 'node:crypto'
import { APP_ORIGIN } from './renderer-files'

const PREFIX = '/__print/'
const documents = new Map<string, string>()

export function registerPrintDocument(html: string): { url: string; release: () => void } {
  const id = randomUUID()
  documents.set(id, html)
  return { url: `${APP_ORIGIN}${PREFIX}${id}.html`, release: () => documents.delete(id) }
}

/** The HTML for a print URL path, or undefined when the path is not a live print document. */
export function findPrintDocument(pathname: string): string | undefined {
  const match = /^\/__print\/([0-9a-f-]{36})\.html$/.exec(pathname)
  return match ? documents.get(match[1]!) : undefined
}
