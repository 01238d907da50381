// app://kis/… serves the built renderer with the CSP header, instead of file:// URLs.
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { routeAppRequest } from './app-request'
import { APP_SCHEME } from './renderer-files'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = routeAppRequest(rootDir, request.url)
    if (answer.kind === 'print') return new Response(answer.html, { headers: answer.headers })
    if (answer.kind === 'refused') {
      return new Response(answer.status === 403 ? 'Brak dostępu' : 'Nie znaleziono', {
        status: answer.status,
      })
    }
    try {
      return new Response(await readFile(answer.file), { headers: answer.headers })
    } catch {
      return new Response('Nie znaleziono', { status: 404 })
    }
  })
}
