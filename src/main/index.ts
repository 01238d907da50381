// Start-up only: single-instance lock → database → IPC → window. Everything else lives in services.
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { openDatabase } from './db/connection'
import { resolveDatabasePath } from './app/database-path'
import { createAppDispatch, type AppRuntime } from './ipc/handlers'
import { registerIpc } from './ipc/register'
import { registerAppScheme, serveRenderer } from './security/app-protocol'
import { installSecurityGuards } from './security/guards'
import { APP_ORIGIN } from './security/renderer-files'
import { createMainWindow } from './windows/main-window'
import { createElectronPlatform } from './platform/electron-platform'

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
let runtime: AppRuntime | null = null
let mainWindow: BrowserWindow | null = null

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Another window already writes this database: hand over to it.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.whenReady().then(start, fatal)
  app.on('window-all-closed', () => void shutdown())
}

async function start(): Promise<void> {
  installSecurityGuards(devServerUrl)
  serveRenderer(join(__dirname, '../renderer'))
  const file = resolveDatabasePath(process.argv, process.env, app.getPath('userData'))
  runtime = {
    database: await openDatabase(file),
    appVersion: app.getVersion(),
    platform: createElectronPlatform(() => mainWindow),
  }
  registerIpc(createAppDispatch(runtime), devServerUrl)
  const url = devServerUrl ?? `${APP_ORIGIN}/index.html`
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), url)
  mainWindow.on('closed', () => (mainWindow = null))
}

async function shutdown(): Promise<void> {
  await runtime?.database.close()
  runtime = null
  app.quit()
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox('Nie można uruchomić programu KIS', message)
  app.exit(1)
}
