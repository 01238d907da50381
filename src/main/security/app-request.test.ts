import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { registerPrintDocument } from './print-documents'
import { routeAppRequest } from './app-request'
import { PRINT_CSP, RENDERER_CSP } from './renderer-files'

const root = resolve('/srv/renderer')

describe('routeAppRequest', () => {
  it('maps app://kis paths to renderer files, with the renderer CSP', () => {
    expect(routeAppRequest(root, 'app://kis/assets/index.js')).toEqual({
      kind: 'file',
      file: join(root, 'assets/index.js'),
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'content-security-policy': RENDERER_CSP },
    })
    expect(routeAppRequest(root, 'app://kis/')).toMatchObject({
      kind: 'file',
      file: join(root, 'index.html'),
    })
  })

  it('refuses other hosts, escapes from the folder and unparsable URLs', () => {
    expect(routeAppRequest(root, 'app://evil/index.html')).toEqual({ kind: 'refused', status: 403 })
    expect(routeAppRequest(root, 'app://kis/..%2f..%2fmain%2findex.js')).toEqual({
      kind: 'refused',
      status: 403,
    })
    expect(routeAppRequest(root, 'not a url')).toEqual({ kind: 'refused', status: 403 })
  })

  it('answers a live print document from memory with the print CSP, and nothing under __print otherwise', () => {
    const document = registerPrintDocument('<p>Lista obecności</p>')
    expect(routeAppRequest(root, document.url)).toEqual({
      kind: 'print',
      html: '<p>Lista obecności</p>',
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP },
    })
    document.release()
    // Never falls through to a file on disk with the same name.
    expect(routeAppRequest(root, document.url)).toEqual({ kind: 'refused', status: 404 })
  })
})
