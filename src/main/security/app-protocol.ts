// app://kis/… serves the built renderer with the CSP header, instead of file:// URLs.
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { findPrintDocument } from '../platform/print-documents'
import {
  APP_HOST,
  APP_SCHEME,
  contentTypeFor,
  PRINT_CSP,
  RENDERER_CSP,
  resolveRendererFile,
} from './renderer-files'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const printDocument = url.host === APP_HOST ? findPrintDocument(url.pathname) : undefined
    if (printDocument !== undefined) {
      return new Response(printDocument, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP },
      })
    }
    const file = url.host === APP_HOST ? resolveRendererFile(rootDir, url.pathname) : null
    if (!file) return new Response('Brak dostępu', { status: 403 })
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { 'content-type': contentTypeFor(file), 'content-security-policy': RENDERER_CSP },
      })
    } catch {
      return new Response('Nie znaleziono', { status: 404 })
    }
  })
}
