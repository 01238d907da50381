import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Platform } from '../platform/platform'
import { createPrintService } from './print.service'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A platform that counts renderings and gives each one different bytes. */
function countingPlatform(target: string) {
  const calls = { renders: 0, printed: [] as string[] }
  const platform = {
    async renderPdf() {
      calls.renders++
      return new TextEncoder().encode(`%PDF rendering ${calls.renders}`)
    },
    async print(html: string) {
      calls.printed.push(html)
      return true
    },
    async chooseSavePath() {
      return target
    },
  } as unknown as Platform
  return { platform, calls }
}

const doc = { fileName: 'karta.pdf', html: '<p>karta</p>' }

describe('print service', () => {
  it('saves the previewed bytes under its token without rendering again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kis-print-'))
    const target = join(dir, 'karta.pdf')
    const { platform, calls } = countingPlatform(target)
    const print = createPrintService(platform)
    const preview = await print.preview(doc)
    expect(calls.renders).toBe(1)
    await print.save({ previewToken: preview.previewToken })
    expect(calls.renders).toBe(1)
    expect(readFileSync(target, 'utf8')).toBe('%PDF rendering 1')
    expect(Buffer.from(preview.pdfBase64, 'base64').toString()).toBe('%PDF rendering 1')
    await print.print({ previewToken: preview.previewToken })
    expect(calls.printed).toEqual([doc.html])
  })

  it('refuses a token that is not the last preview’s', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kis-print-'))
    const { platform, calls } = countingPlatform(join(dir, 'x.pdf'))
    const print = createPrintService(platform)
    const first = await print.preview(doc)
    await print.preview({ ...doc, html: '<p>inna</p>' })
    await expect(print.save({ previewToken: first.previewToken })).rejects.toThrow(/Podgląd wydruku wygasł/)
    await expect(print.print({ previewToken: crypto.randomUUID() })).rejects.toThrow(/wygasł/)
    expect(calls.printed).toEqual([])
  })

  it('renders afresh when given a document rather than a token', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kis-print-'))
    const { platform, calls } = countingPlatform(join(dir, 'y.pdf'))
    await createPrintService(platform).save(doc)
    expect(calls.renders).toBe(1)
  })
})
