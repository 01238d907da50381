import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { findPrintDocument, registerPrintDocument } from './print-documents'

const pathOf = (url: string) => new URL(url).pathname

describe('print documents in memory', () => {
  it('serves a registered document under an unguessable app://kis/__print/<uuid>.html', () => {
    const document = registerPrintDocument('<p>Kontrakt socjalny</p>')
    expect(document.url).toMatch(
      /^app:\/\/kis\/__print\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.html$/,
    )
    expect(findPrintDocument(pathOf(document.url))).toBe('<p>Kontrakt socjalny</p>')
    document.release()
  })

  it('forgets a document once released (it carries personal data)', () => {
    const document = registerPrintDocument('<p>PESEL 81031401246</p>')
    document.release()
    expect(findPrintDocument(pathOf(document.url))).toBeUndefined()
    document.release()
  })

  it('keeps documents apart: releasing one leaves the other', () => {
    const first = registerPrintDocument('<p>1</p>')
    const second = registerPrintDocument('<p>2</p>')
    first.release()
    expect(findPrintDocument(pathOf(second.url))).toBe('<p>2</p>')
    second.release()
  })

  it('serves nothing but registered ids in the exact form', () => {
    const document = registerPrintDocument('<p>x</p>')
    const id = pathOf(document.url).slice('/__print/'.length, -'.html'.length)
    for (const path of [
      `/__print/${randomUUID()}.html`,
      `/__print/${id}.htm`,
      `/__print/${id}.html/`,
      `/__print/../__print/${id}.html`,
      `/x/__print/${id}.html`,
      `/__print/${id.toUpperCase()}.html`,
      '/__print/.html',
      '/index.html',
    ]) {
      expect(findPrintDocument(path), path).toBeUndefined()
    }
    document.release()
  })
})
