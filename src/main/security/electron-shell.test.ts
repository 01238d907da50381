// The Electron shell's security decisions, checked with a stand-in for the electron module: every
// web contents gets the vetoes, permissions are denied, app:// answers with CSP and nothing outside
// the renderer, windows (main and print) are sandboxed, and a second instance hands over and quits.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => ({
  lock: true,
  appListeners: new Map<string, Listener>(),
  protocolHandler: null as null | ((request: Request) => Promise<Response>),
  privileged: [] as unknown[],
  permissionRequest: null as null | Listener,
  permissionCheck: null as null | Listener,
  windows: [] as { options: Record<string, unknown>; url?: string; destroyed: boolean }[],
  onPrintToPdf: null as null | ((url: string) => void),
  quit: 0,
  whenReady: 0,
  ready: false,
  menu: undefined as undefined | null | { template: MenuItem[] },
}))

interface MenuItem {
  role?: string
  label?: string
  accelerator?: string
  submenu?: MenuItem[]
}

vi.mock('electron', () => {
  class BrowserWindow {
    url?: string
    destroyed = false
    readonly webContents = {
      executeJavaScript: async () => true,
      printToPDF: async () => {
        fake.onPrintToPdf?.(this.url!)
        return Buffer.from('%PDF-1.7')
      },
    }
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this)
    }
    async loadURL(url: string) {
      this.url = url
    }
    once() {}
    on() {}
    destroy() {
      this.destroyed = true
    }
  }
  return {
    app: {
      isPackaged: true,
      on: (event: string, listener: Listener) => fake.appListeners.set(event, listener),
      requestSingleInstanceLock: () => fake.lock,
      quit: () => fake.quit++,
      whenReady: () => {
        fake.whenReady++
        return fake.ready ? Promise.resolve() : new Promise(() => {})
      },
      getVersion: () => '0.0.0',
      getPath: () => tmpdir(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
        (fake.protocolHandler = handler),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuItem[] } | null) => (fake.menu = menu),
    },
    ipcMain: { handle: () => undefined },
    dialog: {},
    shell: {},
  }
})

const { installSecurityGuards } = await import('./guards')
const { registerAppScheme, serveRenderer } = await import('./app-protocol')
const { createMainWindow } = await import('../windows/main-window')
const { createElectronPlatform } = await import('../platform/electron-platform')
const { findPrintDocument } = await import('./print-documents')
const { PRINT_CSP, RENDERER_CSP } = await import('./renderer-files')

/** A stand-in web contents that records what the guards install on it. */
function fakeContents() {
  const events = new Map<string, Listener>()
  let openHandler: Listener | null = null
  return {
    on: (event: string, listener: Listener) => events.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    /** Fires an event the way Electron does and tells whether the guard vetoed it. */
    vetoes(event: string, url?: string): boolean {
      let prevented = false
      events.get(event)?.({ preventDefault: () => (prevented = true) }, url)
      return prevented
    },
    openWindow: (url: string) => openHandler?.({ url }),
  }
}

describe('security guards on every web contents', () => {
  installSecurityGuards(undefined)
  const contents = fakeContents()
  fake.appListeners.get('web-contents-created')!({}, contents)

  it('denies every new window', () => {
    for (const url of ['https://example.com', 'app://kis/index.html', 'file:///etc/passwd']) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' })
    }
  })

  it('vetoes navigation and redirects anywhere but app://kis', () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(contents.vetoes(event, 'https://example.com/')).toBe(true)
      expect(contents.vetoes(event, 'file:///C:/Windows/win.ini')).toBe(true)
      expect(contents.vetoes(event, 'app://evil/index.html')).toBe(true)
      expect(contents.vetoes(event, 'app://kis/index.html')).toBe(false)
    }
  })

  it('refuses webviews', () => {
    expect(contents.vetoes('will-attach-webview')).toBe(true)
  })

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null
      fake.permissionRequest!({}, permission, (allowed: boolean) => (granted = allowed))
      expect(granted).toBe(false)
      expect(fake.permissionCheck!({}, permission)).toBe(false)
    }
  })
})

describe('the app:// protocol handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'kis-renderer-'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>KIS</title>')
  registerAppScheme()
  serveRenderer(root)
  const get = (url: string) => fake.protocolHandler!(new Request(url))

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('registers app:// as a standard, secure scheme', () => {
    expect(fake.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ])
  })

  it('serves the renderer with the strict CSP', async () => {
    const response = await get('app://kis/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP)
    expect(await response.text()).toContain('<title>KIS</title>')
  })

  it('refuses other hosts and every way out of the renderer folder', async () => {
    expect((await get('app://other/index.html')).status).toBe(403)
    // Dot segments are removed by the URL parser; encoded slashes reach the resolver and are refused.
    expect((await get('app://kis/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
    expect((await get('app://kis/..%2f..%2fetc%2fpasswd')).status).toBe(403)
    expect((await get('app://kis/a%00.js')).status).toBe(403)
    expect((await get('app://kis/missing.js')).status).toBe(404)
  })

  it('serves a print document only while it is registered, with the print CSP', async () => {
    const platform = createElectronPlatform(() => null)
    let printUrl = ''
    fake.onPrintToPdf = (url) => {
      printUrl = url
      expect(findPrintDocument(new URL(url).pathname)).toBe('<p>Karta uczestnika</p>')
    }
    await platform.renderPdf('<p>Karta uczestnika</p>')
    fake.onPrintToPdf = null
    expect(printUrl).toMatch(/^app:\/\/kis\/__print\/[0-9a-f-]{36}\.html$/)
    // Released after use: the same URL now finds nothing.
    expect(findPrintDocument(new URL(printUrl).pathname)).toBeUndefined()
    expect((await get(printUrl)).status).toBe(404)
  })

  it('answers a live print document with the print CSP', async () => {
    const { registerPrintDocument } = await import('./print-documents')
    const document = registerPrintDocument('<p>Zaświadczenie</p>')
    const response = await get(document.url)
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CSP)
    expect(await response.text()).toBe('<p>Zaświadczenie</p>')
    document.release()
    expect((await get(document.url)).status).toBe(404)
  })
})

describe('windows', () => {
  beforeEach(() => {
    fake.windows.length = 0
    fake.onPrintToPdf = null
  })

  it('creates the main window isolated, sandboxed, without Node, with only the preload', () => {
    createMainWindow('/app/out/preload/index.js', 'app://kis/index.html')
    expect(fake.windows).toHaveLength(1)
    expect(fake.windows[0]!.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(fake.windows[0]!.url).toBe('app://kis/index.html')
  })

  it('prints in a hidden sandboxed window without a preload, destroyed afterwards', async () => {
    await createElectronPlatform(() => null).renderPdf('<p>Wydruk</p>')
    const [window] = fake.windows
    expect(window!.options.show).toBe(false)
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(window!.options.webPreferences).not.toHaveProperty('preload')
    expect(window!.destroyed).toBe(true)
  })
})

describe('single instance', () => {
  beforeEach(() => {
    vi.resetModules()
    fake.appListeners.clear()
    fake.quit = 0
    fake.whenReady = 0
  })

  it('a second instance quits at once instead of opening the same database', async () => {
    fake.lock = false
    await import('../index')
    expect(fake.quit).toBe(1)
    expect(fake.whenReady).toBe(0)
    expect(fake.appListeners.has('second-instance')).toBe(false)
  })

  it('the first instance keeps the lock, starts, and focuses itself when a second one starts', async () => {
    fake.lock = true
    await import('../index')
    expect(fake.quit).toBe(0)
    expect(fake.whenReady).toBe(1)
    expect(fake.appListeners.has('second-instance')).toBe(true)
    expect(fake.appListeners.has('window-all-closed')).toBe(true)
  })
})

describe('the packaged app', () => {
  let dataDir: string
  beforeEach(() => {
    vi.resetModules()
    fake.windows.length = 0
    fake.menu = undefined
    fake.lock = true
    fake.ready = true
    dataDir = mkdtempSync(join(tmpdir(), 'kis-pakiet-'))
    process.env.KIS_DB = join(dataDir, 'kis.sqlite')
  })
  afterAll(() => {
    fake.ready = false
    delete process.env.KIS_DB
  })

  it('has its own Polish menu without Reload or DevTools, and windows without DevTools', async () => {
    await import('../index')
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 })
    const items = (menu: MenuItem[]): MenuItem[] => menu.flatMap((i) => [i, ...items(i.submenu ?? [])])
    expect(fake.menu, 'the default Electron menu (Reload, DevTools) must be replaced').toBeTruthy()
    const all = items(fake.menu!.template)
    const roles = all.map((i) => i.role?.toLowerCase()).filter(Boolean)
    for (const forbidden of ['reload', 'forcereload', 'toggledevtools', 'viewmenu', 'windowmenu'])
      expect(roles).not.toContain(forbidden)
    expect(
      all.filter((i) => i.role || i.submenu).every((i) => i.label && /[a-ząćęłńóśźż]/i.test(i.label)),
    ).toBe(true)
    expect(all.map((i) => i.label)).toEqual(expect.arrayContaining(['Edycja', 'Kopiuj', 'Wklej']))
    expect(fake.windows[0]!.options.webPreferences).toMatchObject({ devTools: false })
    await createElectronPlatform(() => null).renderPdf('<p>Wydruk</p>')
    expect(fake.windows[1]!.options.webPreferences).toMatchObject({ devTools: false })
    rmSync(dataDir, { recursive: true, force: true })
  }, 20_000)
})
