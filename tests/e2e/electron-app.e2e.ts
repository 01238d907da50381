// The real Electron app as the office runs it: the built main process (out/main/index.js), the real
// sandboxed preload, the renderer from app://kis with its CSP, Chromium's printToPDF and a database
// file of its own. It runs wherever an Electron binary exists (GitHub's runners, any developer PC
// after `npm install`); where none could be installed it says so and skips. The screens are driven
// with the same selectors as the Chromium tests of the same screens (participants, kis-programme).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { CHANNELS } from '../../src/shared/channels'
import { makePesel } from '../support/pesel-factory'
import { isA4, pdfInfo, pdfText } from '../support/pdf'

const ROOT = join(__dirname, '../..')
const SCREENSHOTS = 'test-results/screenshots'
const DOMAINS = [...new Set(CHANNELS.map((c) => c.split(':')[0]))].sort()

/** The installed binary, found without require('electron'), which would try to download one. */
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(__filename).resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/**
 * One office PC: the app with a database of its own. The app keeps its usual user-data folder (where
 * the single-instance lock lives), so a KIS i PSU already open on the same account would take over:
 * close it before running this test on a desktop.
 */
class Office {
  readonly dir = mkdtempSync(join(tmpdir(), 'kis-electron-'))
  readonly dbFile = join(this.dir, 'kis.sqlite')

  constructor(readonly binary: string) {}

  /** The command line of `KIS i PSU.exe --db <file>`. */
  get args(): string[] {
    return [ROOT, '--db', this.dbFile]
  }

  /** The production start: no dev server, so the renderer comes from app://kis. */
  get env(): Record<string, string> {
    const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env
    return env as Record<string, string>
  }

  async launch(): Promise<{ app: ElectronApplication; page: Page }> {
    const app = await electron.launch({ executablePath: this.binary, args: this.args, env: this.env })
    const page = await app.firstWindow()
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`))
    await expect(page.getByRole('heading', { name: 'Start', exact: true })).toBeVisible()
    return { app, page }
  }

  /** Starts a second copy the way a user double-clicks the shortcut again; resolves with its exit code. */
  secondInstance(): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, this.args, { env: this.env, stdio: 'ignore' })
      const timer = setTimeout(() => {
        child.kill()
        reject(new Error('the second instance did not exit within 30 s'))
      }, 30_000)
      child.on('exit', (code) => {
        clearTimeout(timer)
        resolve(code)
      })
    })
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

async function goTo(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Nawigacja' }).getByText(section, { exact: true }).click()
}

const PERSON = { first: 'Grażyna', last: 'Żółkiewska-Łęcka', pesel: makePesel('1979-03-08', 'K', 41) }

test('the real app: a participant added in its window, a kontrakt printed to PDF, restart, one instance, no way out of the sandbox', async () => {
  const binary = electronBinary()
  if (!binary) {
    const reason =
      'SKIPPED: no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); ' +
      'the renderer, bridge and handlers are covered by the Chromium tests instead.'
    console.log(reason)
    test.skip(true, reason)
    return
  }
  test.setTimeout(180_000)
  mkdirSync(SCREENSHOTS, { recursive: true })
  const office = new Office(binary)
  let { app, page } = await office.launch()
  try {
    await test.step('opens from app://kis with the bridge and nothing of Node, on its own database', async () => {
      expect(page.url().split('#')[0]).toBe('app://kis/index.html')
      const exposed = await page.evaluate(() => ({
        api: Object.keys(window.api).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        module: typeof (window as unknown as { module?: unknown }).module,
      }))
      expect(exposed).toEqual({
        api: DOMAINS,
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
      })
      const info = await page.evaluate(() => window.api.app.info())
      expect(info).toMatchObject({ ok: true, data: { dbPath: office.dbFile } })
      expect(existsSync(office.dbFile)).toBe(true)
    })

    await test.step('adds a participant through the window', async () => {
      await goTo(page, 'Uczestnicy')
      await page.getByRole('button', { name: 'Dodaj uczestnika' }).click()
      const dialog = page.getByRole('dialog', { name: 'Nowy uczestnik' })
      await dialog.getByRole('textbox', { name: 'Imię' }).fill(PERSON.first)
      await dialog.getByRole('textbox', { name: 'Nazwisko' }).fill(PERSON.last)
      await dialog.getByRole('textbox', { name: 'PESEL' }).fill(PERSON.pesel)
      await dialog.getByRole('checkbox', { name: /długotrwale bezrobotna/ }).check()
      await dialog.getByRole('button', { name: 'Zapisz' }).click()
      await expect(dialog).toBeHidden()
      await expect(page.getByRole('table', { name: 'Lista uczestników' })).toContainText(
        `${PERSON.last} ${PERSON.first}`,
      )
      await page.screenshot({ path: `${SCREENSHOTS}/electron-participants.png` })
    })

    await test.step('prints a kontrakt socjalny to an A4 PDF through printToPDF', async () => {
      // The participation and the kontrakt come through the real bridge; the printing through the screens.
      await page.evaluate(async (pesel) => {
        const ok = async <T>(
          pending: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>,
        ) => {
          const result = await pending
          if (!result.ok) throw new Error(result.error.message)
          return result.data
        }
        const worker = await ok(
          window.api.staff.create({
            fullName: 'Małgorzata Wójcik',
            position: 'pracownik socjalny',
            phone: '',
            active: true,
          }),
        )
        const person = (await ok(window.api.participants.list({ search: pesel }))).rows[0]!
        const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
        const today = inDays(0)
        const participation = await ok(
          window.api.participations.open({
            participantId: person.id,
            startDate: today,
            referralKind: 'ops',
            referringWorkerId: worker.id,
            pupReferralNumber: '',
            pupReferralDate: '',
            targetGroups: ['dlugotrwale_bezrobotni'],
            otherGroupReason: '',
            notes: '',
          }),
        )
        await ok(
          window.api.kontrakty.create({
            participationId: participation.id,
            data: {
              variant: 'A',
              concludedOn: today,
              place: 'Zgierz',
              socialWorkerId: worker.id,
              familyMembers: [],
              situationCauses: 'Długotrwałe bezrobocie, zadłużenie czynszowe.',
              strengths: 'Doświadczenie w handlu.',
              limitations: 'Opieka nad matką.',
              unemploymentCauses: '',
              barriers: '',
              earlierActivation: '',
              mainGoal: 'Samodzielność życiowa',
              goals: [{ id: null, text: 'Uregulowanie zadłużenia' }],
              actions: [
                {
                  id: null,
                  side: 'osoba',
                  description: 'Rozmowa z zarządcą budynku o spłacie zadłużenia w ratach',
                  deadline: inDays(30),
                  responsible: 'Grażyna Żółkiewska-Łęcka',
                  status: 'zaplanowane',
                },
                {
                  id: null,
                  side: 'osrodek',
                  description: 'Pomoc w przygotowaniu wniosku o rozłożenie długu na raty',
                  deadline: inDays(14),
                  responsible: 'Małgorzata Wójcik',
                  status: 'zaplanowane',
                },
              ],
              expectedEffects: 'Spłata zadłużenia.',
              endDate: inDays(180),
            },
          }),
        )
      }, PERSON.pesel)
      await page
        .getByRole('row', { name: new RegExp(`${PERSON.last} ${PERSON.first}`) })
        .getByRole('button', { name: 'Przebieg' })
        .click()
      const person = page.getByRole('dialog', { name: `${PERSON.last} ${PERSON.first} — przebieg w KIS` })
      await person.getByRole('tab', { name: 'Kontrakt socjalny' }).click()
      await person.getByRole('button', { name: 'Podgląd i druk' }).click()
      const preview = page.getByRole('dialog', { name: /Podgląd wydruku: Kontrakt socjalny/ })
      // The preview itself is the real printToPDF rendered back by pdf.js in the window.
      const pagesLabel = preview.getByTestId('preview-pages')
      await expect(pagesLabel).toHaveText(/^\d+ stron(a|y)? A4$/)
      const previewPages = Number(/^(\d+)/.exec((await pagesLabel.textContent()) ?? '')?.[1])
      await expect(preview.getByRole('img', { name: `Strona 1 z ${previewPages}` })).toBeVisible()
      await page.screenshot({ path: `${SCREENSHOTS}/electron-kontrakt-preview.png` })

      // The save dialog is the one thing a test cannot click: main's dialog answers with a temp file.
      const target = join(office.dir, 'kontrakt.pdf')
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
      }, target)
      await preview.getByRole('button', { name: 'Zapisz PDF' }).click()
      await expect(page.getByText('Zapisano PDF')).toBeVisible()
      const text = pdfText(target)
      expect(text).toContain('KONTRAKT SOCJALNY nr')
      expect(text).toContain(`${PERSON.first} ${PERSON.last}`)
      expect(text).toContain('Małgorzata Wójcik')
      expect(text).toContain('Uregulowanie zadłużenia')
      const info = pdfInfo(target)
      expect(isA4(info.pageSize), info.pageSize).toBe(true)
      expect(info.pages).toBe(previewPages)
      expect(text).toContain(`strona 1 z ${info.pages}`)
      expect(info.fonts).toMatch(/NotoSans/)
    })

    await test.step('refuses navigation away and window.open', async () => {
      const opened = await page.evaluate(() => window.open('https://example.org/') === null)
      expect(opened).toBe(true)
      expect(app.windows()).toHaveLength(1)

      // Wait until main has seen the attempt (its guard runs first, in the same event), then look.
      await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents
        const seen = globalThis as { kisNavigationSeen?: string }
        contents.once('will-navigate', (_event, url) => (seen.kisNavigationSeen = url))
      })
      await page.evaluate(() => {
        window.location.href = 'https://example.org/'
      })
      await expect
        .poll(() => app.evaluate(() => (globalThis as { kisNavigationSeen?: string }).kisNavigationSeen))
        .toBe('https://example.org/')
      await page.waitForTimeout(500)
      expect(page.url().startsWith('app://kis/')).toBe(true)
      await expect(page.getByRole('navigation', { name: 'Nawigacja' })).toBeVisible()
    })

    await test.step('a second instance hands over to the first and exits', async () => {
      await app.evaluate(({ app, BrowserWindow }) => {
        const counter = globalThis as { kisSecondInstances?: number }
        counter.kisSecondInstances = 0
        app.on('second-instance', () => (counter.kisSecondInstances! += 1))
        BrowserWindow.getAllWindows()[0]!.minimize()
      })
      expect(await office.secondInstance()).toBe(0)
      await expect
        .poll(() => app.evaluate(() => (globalThis as { kisSecondInstances?: number }).kisSecondInstances))
        .toBe(1)
      // The first window is brought back (restored and focused); the second never opened one.
      await expect
        .poll(() =>
          app.evaluate(({ BrowserWindow }) => {
            const windows = BrowserWindow.getAllWindows()
            return {
              count: windows.length,
              minimized: windows[0]!.isMinimized(),
              visible: windows[0]!.isVisible(),
            }
          }),
        )
        .toEqual({ count: 1, minimized: false, visible: true })
    })

    await test.step('after a restart the participant is still there', async () => {
      await app.close()
      ;({ app, page } = await office.launch())
      await goTo(page, 'Uczestnicy')
      await expect(page.getByTestId('participants-count')).toHaveText('Znaleziono: 1')
      await expect(page.getByRole('table', { name: 'Lista uczestników' })).toContainText(
        `${PERSON.last} ${PERSON.first}`,
      )
      await page.screenshot({ path: `${SCREENSHOTS}/electron-after-restart.png` })
    })
  } finally {
    // Already closed when a step failed between closing and relaunching.
    await app.close().catch(() => undefined)
    office.remove()
  }
})
