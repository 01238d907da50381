// The Platform for tests: PDFs from a real Chromium (same options as Electron's printToPDF), and
// dialogs answered from a script so a test decides where files go.
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { LOAD_FONTS_SCRIPT, PAGE_FOOTER, PAGE_MARGINS_IN } from '../../src/main/platform/pdf-options'
import type { Platform } from '../../src/main/platform/platform'

export interface TestPlatform extends Platform {
  /** HTML of every document sent to the printer. */
  printed: string[]
  /** How many PDFs were rendered (save after preview must not add one). */
  renders: number
  /** Paths shown in the file manager. */
  shown: string[]
  /** Answers for the next dialogs, in order; when empty, save goes to `dir`, open/folder are cancelled. */
  answers: (string | null)[]
}

const inches = (n: number) => `${n}in`

export function createTestPlatform(browser: Browser, dir: string): TestPlatform {
  const platform: TestPlatform = {
    printed: [],
    renders: 0,
    shown: [],
    answers: [],
    async renderPdf(html) {
      platform.renders++
      const page = await browser.newPage()
      try {
        await page.setContent(html, { waitUntil: 'load' })
        await page.evaluate(LOAD_FONTS_SCRIPT)
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<div></div>',
          footerTemplate: PAGE_FOOTER,
          margin: {
            top: inches(PAGE_MARGINS_IN.top),
            bottom: inches(PAGE_MARGINS_IN.bottom),
            left: inches(PAGE_MARGINS_IN.left),
            right: inches(PAGE_MARGINS_IN.right),
          },
        })
        return new Uint8Array(pdf)
      } finally {
        await page.close()
      }
    },
    async print(html) {
      platform.printed.push(html)
      return true
    },
    async chooseSavePath(defaultName) {
      return platform.answers.length > 0 ? platform.answers.shift()! : join(dir, defaultName)
    },
    async chooseOpenPath() {
      return platform.answers.length > 0 ? platform.answers.shift()! : null
    },
    async chooseFolder() {
      return platform.answers.length > 0 ? platform.answers.shift()! : null
    },
    showInFolder(path) {
      platform.shown.push(path)
    },
  }
  return platform
}

/** For Node tests that never print or ask: any use fails the test loudly. */
export const UNUSED_PLATFORM: Platform = new Proxy({} as Platform, {
  get(_target, name) {
    return () => {
      throw new Error(`Platform.${String(name)} is not available in this test`)
    }
  },
})
