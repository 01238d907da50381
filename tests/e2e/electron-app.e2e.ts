// The real Electron app: main process, preload bridge, app:// protocol and a real database file.
// It runs wherever an Electron binary exists; where none could be installed it says so and skips.
import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { CHANNELS } from '../../src/shared/channels'

const DOMAINS = [...new Set(CHANNELS.map((c) => c.split(':')[0]))].sort()

/** The installed binary, found without require('electron'), which would try to download one. */
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(__filename).resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

test('the real app opens its window on a fresh database with the bridge and nothing of Node', async () => {
  const binary = electronBinary()
  if (!binary) {
    const reason =
      'SKIPPED: no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); ' +
      'the renderer, bridge and handlers are covered by the Chromium tests instead.'
    console.log(reason)
    test.skip(true, reason)
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'kis-electron-'))
  const app = await electron.launch({
    executablePath: binary,
    args: [join(__dirname, '../..'), '--db', join(dir, 'kis.sqlite')],
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: 'Uczestnicy' })).toBeVisible()
    expect(page.url()).toBe('app://kis/index.html')
    const exposed = await page.evaluate(() => ({
      api: Object.keys(window.api).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }))
    expect(exposed).toEqual({
      api: DOMAINS,
      require: 'undefined',
      process: 'undefined',
    })
    const info = await page.evaluate(() => window.api.app.info())
    expect(info).toMatchObject({ ok: true, data: { dbPath: join(dir, 'kis.sqlite') } })
    expect(existsSync(join(dir, 'kis.sqlite'))).toBe(true)
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
