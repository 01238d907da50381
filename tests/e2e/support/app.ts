// The real built renderer in Chromium, with window.api routed to the real main-process handlers
// on a real temporary database — the same contract, checks and services the Electron app uses.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { buildApi } from '../../../src/shared/api'
import { CHANNELS } from '../../../src/shared/channels'
import type { AppDatabase } from '../../../src/main/db/connection'
import { createBackupService } from '../../../src/main/backup/backup.service'
import { openAppDatabase } from '../../../src/main/backup/open-database'
import { createAppDispatch, type AppRuntime } from '../../../src/main/ipc/handlers'
import type { Dispatch } from '../../../src/main/ipc/handle'
import { createTestPlatform, type TestPlatform } from '../../support/test-platform'
import { contentTypeFor, RENDERER_CSP, resolveRendererFile } from '../../../src/main/security/renderer-files'

const RENDERER_DIR = join(__dirname, '../../../out/renderer')
const ORIGIN = 'http://kis.test'

export class AppUnderTest {
  private runtime!: AppRuntime
  private dispatch!: Dispatch
  readonly dbFile: string
  readonly platform: TestPlatform
  /** Page errors and CSP refusals seen so far: any of them fails the test (see the fixture below). */
  readonly problems: string[] = []

  constructor(
    readonly page: Page,
    readonly dir: string,
  ) {
    this.dbFile = join(dir, 'kis.sqlite')
    this.platform = createTestPlatform(page.context().browser()!, dir)
  }

  /** The database the handlers currently run on (it may be swapped, e.g. by a restore). */
  get database(): AppDatabase {
    return this.runtime.database
  }

  async start(): Promise<void> {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error('Brak zbudowanego renderera (out/renderer): uruchom najpierw `npm run build`.')
    }
    await this.openDb()
    // An exception in the page or anything the CSP refuses is a failure, not a log line; other console
    // errors are printed with the test's output.
    this.page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
    this.page.on('console', (message) => {
      if (message.type() !== 'error') return
      if (/Content Security Policy/i.test(message.text())) this.problems.push(`CSP: ${message.text()}`)
      else console.log(`[page console] ${message.text()}`)
    })
    await this.page.exposeFunction('__kisCspViolation', (text: string) => this.problems.push(`CSP: ${text}`))
    await this.page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __kisCspViolation(text: string): void }).__kisCspViolation(
          `${e.effectiveDirective} refused ${e.blockedURI || 'inline code'}`,
        ),
      ),
    )
    await this.page.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      const file = url.origin === ORIGIN ? resolveRendererFile(RENDERER_DIR, url.pathname) : null
      if (!file || !existsSync(file)) return route.abort('blockedbyclient')
      return route.fulfill({
        status: 200,
        headers: { 'content-type': contentTypeFor(file), 'content-security-policy': RENDERER_CSP },
        body: readFileSync(file),
      })
    })
    await this.page.exposeFunction('__kisInvoke', (channel: string, input: unknown) =>
      this.dispatch(channel, input),
    )
    await this.page.addInitScript(
      `window.api = (${buildApi.toString()})(${JSON.stringify(CHANNELS)}, (c, i) => window.__kisInvoke(c, i));`,
    )
    await this.page.goto(`${ORIGIN}/index.html`)
  }

  /** Opens a section of the app by its id (the URL hash), as the navigation would. */
  async open(section: string): Promise<void> {
    await this.page.evaluate((id) => (window.location.hash = id), section)
  }

  /** The daily backup, as the app starts it once its window shows. */
  dailyBackup(): Promise<unknown> {
    return createBackupService(this.runtime, this.platform).backupIfDueWhileOpen()
  }

  /** Like closing and reopening the app: the database is closed, reopened from its file, the page reloaded. */
  async restart(): Promise<void> {
    await this.runtime.database.close()
    await this.openDb()
    await this.page.reload()
  }

  async stop(): Promise<void> {
    // Leave the page first, so no late call reaches a closed database.
    await this.page.goto('about:blank')
    await this.runtime.database.close()
    rmSync(this.dir, { recursive: true, force: true })
  }

  private async openDb(): Promise<void> {
    this.runtime = {
      database: await openAppDatabase(this.dbFile),
      appVersion: 'e2e',
      platform: this.platform,
    }
    this.dispatch = createAppDispatch(this.runtime)
  }
}

export const test = base.extend<{ app: AppUnderTest }>({
  // Automatic: every test gets the app started, whether or not it names the fixture.
  app: [
    async ({ page }, use) => {
      const app = new AppUnderTest(page, mkdtempSync(join(tmpdir(), 'kis-e2e-')))
      await app.start()
      await use(app)
      await app.stop()
      expect(app.problems, 'page errors and CSP refusals during the test').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
