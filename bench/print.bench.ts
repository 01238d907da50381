// Printing speed: 1/10/100 monthly PSU timesheets → one PDF, built by the app's template and rendered
// by the tests' Chromium platform (the same loading and page.pdf options as Electron's printToPDF),
// beside LibreOffice converting the same sheets as one document in its own format (.fodt).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestPlatform } from '../tests/support/test-platform'
import { timesheetsData, timesheetsDocument } from './print-sheets'
import { timesheetsFodt } from './timesheets-fodt'
import { medianOf, printRatio } from './ratio'

let dir: string
let browser: Browser

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-print-bench-'))
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
})

afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0

/** LibreOffice headless with its own profile, so runs elsewhere on the machine do not take the file over. */
function soffice(file: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'lo'),
      file,
    ],
    { stdio: 'ignore' },
  )
  return join(
    dir,
    'lo',
    file
      .split('/')
      .at(-1)!
      .replace(/\.fodt$/, '.pdf'),
  )
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`
const fontCount = (file: string) =>
  execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2).length
const pages = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

it('prints 1, 10 and 100 timesheets into one PDF, beside LibreOffice', async () => {
  const platform = createTestPlatform(browser, dir)
  if (!hasSoffice)
    console.log(
      'bench: pdf: soffice not found (apt-get install libreoffice-writer-nogui) — printed without a peer',
    )
  // The first conversion creates LibreOffice's profile: not part of any figure.
  else soffice(writeFile('warm-up.fodt', timesheetsFodt(await timesheetsData(1))))

  for (const count of [1, 10, 100]) {
    let pdf = new Uint8Array()
    const appMs = await medianOf(count === 100 ? 3 : 5, async () => {
      pdf = await platform.renderPdf((await timesheetsDocument(count)).html)
    })
    const appFile = writeFile(`app-${count}.pdf`, pdf)
    expect(pages(appFile)).toBe(count)
    let extra = `app ${kib(pdf.length)} (${fontCount(appFile)} fonts)`
    let peerMs: number | undefined
    if (hasSoffice) {
      const fodt = writeFile(`sheets-${count}.fodt`, timesheetsFodt(await timesheetsData(count)))
      let peerFile = ''
      peerMs = await medianOf(count === 100 ? 2 : 3, () => (peerFile = soffice(fodt)))
      expect(pages(peerFile)).toBe(count)
      const peerSize = statSync(peerFile).size
      extra += ` / soffice ${kib(peerSize)} (${fontCount(peerFile)} fonts) / size ratio ${(pdf.length / peerSize).toFixed(2)}`
      if (count === 100) extra += ' (target ≤ 1.5)'
    }
    printRatio({
      name: `pdf ${count} sheet${count === 1 ? '' : 's'}`,
      appMs,
      floorLabel: 'soffice',
      floorMs: peerMs,
      target: count === 100 ? 0.33 : undefined,
      extra,
    })
  }
})

function writeFile(name: string, content: string | Uint8Array): string {
  const file = join(dir, name)
  writeFileSync(file, content)
  return file
}
