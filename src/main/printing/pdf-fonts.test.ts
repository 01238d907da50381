// Fonts on a real PDF of many timesheets: each face embedded once for the whole document and subset
// (only the glyphs used), so 100 pages cost little more than one.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestPlatform } from '../../../tests/support/test-platform'
import { timesheetsDocument } from '../../../bench/print-sheets'

let dir: string
let browser: Browser

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-pdf-fonts-'))
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
})

afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The fonts pdffonts lists in a PDF of `count` timesheets: face name (subset tag removed), embedded, subset. */
async function fontsOf(count: number) {
  const file = join(dir, `karty-${count}.pdf`)
  writeFileSync(
    file,
    await createTestPlatform(browser, dir).renderPdf((await timesheetsDocument(count)).html),
  )
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  return rows.map((row) => {
    const [name, ...rest] = row.split(/\s+/)
    const [emb, sub] = rest.slice(-5, -3)
    return { face: name!.replace(/^[A-Z]{6}\+/, ''), emb, sub }
  })
}

it('embeds each font once for the whole document, subset, however many pages', async () => {
  const one = await fontsOf(1)
  const twelve = await fontsOf(12)
  expect(twelve.map((f) => f.face)).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold']))
  for (const font of twelve) expect(font, font.face).toMatchObject({ emb: 'yes', sub: 'yes' })
  // Noto Sans comes as two files per weight (Latin, Latin Extended) and the footer's face is the system
  // sans-serif: twelve pages embed exactly the fonts one page does, nothing again per page.
  expect(twelve).toEqual(one)
}, 60_000)
