// What app://kis/… answers, decided without Electron: a live print document (from memory, with the
// print CSP), a file of the built renderer (with the renderer CSP), or a refusal.
import { findPrintDocument } from './print-documents'
import { APP_HOST, PRINT_CSP, RENDERER_CSP, contentTypeFor, resolveRendererFile } from './renderer-files'

export type AppAnswer =
  | { kind: 'print'; html: string; headers: Record<string, string> }
  | { kind: 'file'; file: string; headers: Record<string, string> }
  | { kind: 'refused'; status: 403 | 404 }

export function routeAppRequest(rootDir: string, requestUrl: string): AppAnswer {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { kind: 'refused', status: 403 }
  }
  if (url.host !== APP_HOST) return { kind: 'refused', status: 403 }
  if (url.pathname.startsWith('/__print/')) {
    const html = findPrintDocument(url.pathname)
    return html === undefined
      ? { kind: 'refused', status: 404 }
      : {
          kind: 'print',
          html,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP },
        }
  }
  const file = resolveRendererFile(rootDir, url.pathname)
  if (!file) return { kind: 'refused', status: 403 }
  return {
    kind: 'file',
    file,
    headers: { 'content-type': contentTypeFor(file), 'content-security-policy': RENDERER_CSP },
  }
}
