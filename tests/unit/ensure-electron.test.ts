// scripts/ensure-electron.mjs, the step before `npm start`/`dev`/`dist` and after `npm install`: what it
// decides from the environment and the files, what it says, and how it runs Electron's installer —
// with stand-in installers in a temp folder, never the network.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  decide,
  downloadFailedMessage,
  ensureElectron,
  platformExecutable,
  readElectronState,
  runInstaller,
} from '../../scripts/ensure-electron.mjs'

const VERSION = '45.4.1'
const NOT_INSTALLED = { packageFound: true, version: VERSION, installed: false }
const INSTALLED = { packageFound: true, version: VERSION, installed: true }
const NO_PACKAGE = { packageFound: false, version: null, installed: false }
const SKIP = { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kis-ensure-electron-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  vi.restoreAllMocks()
})

/** A node_modules/electron as npm leaves it: the package, without the binary. */
function fakeElectronPackage(installScript: string): string {
  const electronDir = join(dir, 'electron')
  mkdirSync(electronDir)
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }))
  writeFileSync(join(electronDir, 'install.js'), installScript)
  return electronDir
}

/** What Electron's installer leaves after a successful download. */
const INSTALLER_THAT_WORKS = `
const fs = require('fs'), path = require('path')
const exe = ${JSON.stringify(platformExecutable(process.platform))}
fs.mkdirSync(path.join(__dirname, 'dist', path.dirname(exe)), { recursive: true })
fs.writeFileSync(path.join(__dirname, 'dist', exe), '')
fs.writeFileSync(path.join(__dirname, 'dist', 'version'), 'v${VERSION}')
fs.writeFileSync(path.join(__dirname, 'path.txt'), exe)
`
/** What Electron's installer does without a network: a stack trace on stderr, exit 1. */
const INSTALLER_OFFLINE = `
console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:15456:13')
process.exit(1)
`

function printed(spy: { mock: { calls: unknown[][] } }): string {
  return spy.mock.calls.map((call) => call.join(' ')).join('\n')
}

describe('what ensure-electron decides', () => {
  it('downloads when the binary is missing and nothing asks to skip, in both modes', () => {
    expect(decide('install', {}, NOT_INSTALLED)).toEqual({ action: 'download' })
    expect(decide('start', {}, NOT_INSTALLED)).toEqual({ action: 'download' })
  })

  it('does nothing when the binary is installed, even with ELECTRON_SKIP_BINARY_DOWNLOAD', () => {
    expect(decide('install', SKIP, INSTALLED)).toEqual({ action: 'ready' })
    expect(decide('start', SKIP, INSTALLED)).toEqual({ action: 'ready' })
  })

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD: a note after install, a clear stop before start', () => {
    const install = decide('install', SKIP, NOT_INSTALLED)
    expect(install.action).toBe('note')
    const start = decide('start', SKIP, NOT_INSTALLED)
    expect(start).toMatchObject({ action: 'fail' })
    const message = (start as { message: string }).message
    expect(message).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(message).toContain('nie jest zainstalowany')
    expect(message).not.toMatch(/uninstall/i)
  })

  it('treats an empty ELECTRON_SKIP_BINARY_DOWNLOAD as not set', () => {
    expect(decide('start', { ELECTRON_SKIP_BINARY_DOWNLOAD: '' }, NOT_INSTALLED)).toEqual({
      action: 'download',
    })
  })

  it('leaves a production install without the electron package alone, but stops a start', () => {
    expect(decide('install', {}, NO_PACKAGE)).toEqual({ action: 'ready' })
    expect(decide('start', {}, NO_PACKAGE)).toMatchObject({ action: 'fail', message: /npm install/ })
  })
})

describe('what counts as installed', () => {
  it('needs the version, path.txt naming this platform’s executable, and the executable itself', () => {
    const electronDir = fakeElectronPackage('')
    const exe = platformExecutable(process.platform)
    expect(readElectronState(electronDir, {}, process.platform)).toEqual(NOT_INSTALLED)

    mkdirSync(join(electronDir, 'dist', dirname(exe)), { recursive: true })
    writeFileSync(join(electronDir, 'dist', 'version'), `v${VERSION}`)
    writeFileSync(join(electronDir, 'path.txt'), exe)
    expect(readElectronState(electronDir, {}, process.platform).installed).toBe(false)

    writeFileSync(join(electronDir, 'dist', exe), '')
    expect(readElectronState(electronDir, {}, process.platform)).toEqual(INSTALLED)

    // A binary of another Electron version (package upgraded, dist left behind) is not this one.
    writeFileSync(join(electronDir, 'dist', 'version'), 'v44.0.0')
    expect(readElectronState(electronDir, {}, process.platform).installed).toBe(false)
  })

  it('accepts an Electron named by ELECTRON_EXEC_PATH, which electron-vite runs instead', () => {
    const electronDir = fakeElectronPackage('')
    const elsewhere = join(dir, 'my-electron')
    expect(readElectronState(electronDir, { ELECTRON_EXEC_PATH: elsewhere }, 'linux').installed).toBe(false)
    writeFileSync(elsewhere, '')
    expect(readElectronState(electronDir, { ELECTRON_EXEC_PATH: elsewhere }, 'linux').installed).toBe(true)
  })

  it('reports a missing package', () => {
    expect(readElectronState(join(dir, 'nothing'), {}, 'linux')).toEqual(NO_PACKAGE)
    expect(readElectronState(null, {}, 'linux')).toEqual(NO_PACKAGE)
  })

  it('knows each platform’s executable', () => {
    expect(platformExecutable('win32')).toBe('electron.exe')
    expect(platformExecutable('linux')).toBe('electron')
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
  })
})

describe('the message of a failed download', () => {
  const details = { version: VERSION, platform: 'win32', arch: 'x64', cause: 'TypeError: fetch failed' }

  it('says in English and Polish that the binary could not be downloaded, and how to proceed', () => {
    const message = downloadFailedMessage({ ...details, mode: 'start' })
    expect(message).toContain('The Electron 45.4.1 binary (win32-x64) could not be downloaded.')
    expect(message).toContain('Nie udało się pobrać programu Electron 45.4.1 (win32-x64).')
    expect(message).toContain('brak połączenia (TypeError: fetch failed)')
    expect(message).toContain('npm run electron:install')
    expect(message).toContain('HTTPS_PROXY')
    expect(message).toContain('ELECTRON_MIRROR=')
    expect(message).toContain('electron-v45.4.1-win32-x64.zip')
    expect(message).toContain('electron_config_cache=')
    expect(message).not.toMatch(/uninstall/i)
    expect(message).not.toContain('npm install finished anyway')
  })

  it('after npm install, says that the install went on', () => {
    expect(downloadFailedMessage({ ...details, mode: 'install' })).toContain('npm install finished anyway')
  })

  it('passes other causes through unchanged', () => {
    const cause = 'HTTPError: Response code 404 (Not Found) for https://mirror.example/electron.zip'
    expect(downloadFailedMessage({ ...details, cause, mode: 'start' })).toContain(`Przyczyna: ${cause}`)
  })
})

describe('running Electron’s installer', () => {
  it('reports its exit code and the first line of its error output', async () => {
    const script = join(fakeElectronPackage(INSTALLER_OFFLINE), 'install.js')
    await expect(runInstaller(script, process.env)).resolves.toEqual({
      code: 1,
      cause: 'TypeError: fetch failed',
    })
  })

  it('gives up on an installer that hangs', async () => {
    const script = join(fakeElectronPackage('setInterval(() => {}, 1000)'), 'install.js')
    const started = Date.now()
    const result = await runInstaller(script, process.env, 300)
    expect(result.code).not.toBe(0)
    expect(result.cause).toBe('no answer within 0.3 s')
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})

describe('the whole step', () => {
  it('before a start: exits 1 with the message when the download fails', async () => {
    const electronDir = fakeElectronPackage(INSTALLER_OFFLINE)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'log').mockImplementation(() => {})
    await expect(ensureElectron('start', { env: {}, electronDir })).resolves.toBe(1)
    expect(printed(errors)).toContain('could not be downloaded')
  })

  it('after an install: warns and exits 0 when the download fails', async () => {
    const electronDir = fakeElectronPackage(INSTALLER_OFFLINE)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'log').mockImplementation(() => {})
    await expect(ensureElectron('install', { env: {}, electronDir })).resolves.toBe(0)
    expect(printed(errors)).toContain('npm install finished anyway')
  })

  it('downloads once: a second run finds the binary and does not run the installer again', async () => {
    const electronDir = fakeElectronPackage(INSTALLER_THAT_WORKS)
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {})
    await expect(ensureElectron('start', { env: {}, electronDir })).resolves.toBe(0)
    expect(printed(logs)).toContain('downloading the binary')
    logs.mockClear()
    writeFileSync(join(electronDir, 'install.js'), 'process.exit(1)')
    await expect(ensureElectron('start', { env: {}, electronDir })).resolves.toBe(0)
    expect(logs).not.toHaveBeenCalled()
  })

  it('with ELECTRON_SKIP_BINARY_DOWNLOAD never runs the installer', async () => {
    const electronDir = fakeElectronPackage(INSTALLER_THAT_WORKS)
    vi.spyOn(console, 'log').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(ensureElectron('install', { env: SKIP, electronDir })).resolves.toBe(0)
    await expect(ensureElectron('start', { env: SKIP, electronDir })).resolves.toBe(1)
    expect(readElectronState(electronDir, {}, process.platform).installed).toBe(false)
  })
})
