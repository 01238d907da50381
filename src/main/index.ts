// Start-up only: single-instance lock → database (verified backup before migrating) → IPC → window
// → daily backup if due (app/startup.ts); on closing, the daily backup if due, then the database closes.
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { resolveDatabasePath } from './app/database-path'
import { createAppDispatch, type AppRuntime } from './ipc/handlers'
import { registerIpc } from './ipc/register'
import { registerAppScheme, serveRenderer } from './security/app-protocol'
import { installSecurityGuards } from './security/guards'
import { APP_ORIGIN } from './security/renderer-files'
import { installAppMenu } from './windows/app-menu'
import { createMainWindow } from './windows/main-window'
import { createElectronPlatform } from './platform/electron-platform'
import { createBackupService } from './backup/backup.service'
import { openAppDatabase } from './backup/open-database'
import { startApp } from './app/startup'

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const WINDOW_SHOW_TIMEOUT_MS = 15_000
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
  installAppMenu(app.isPackaged)
  serveRenderer(join(__dirname, '../renderer'))
  const file = resolveDatabasePath(process.argv, process.env, app.getPath('userData'))
  await startApp<AppRuntime>({
    openDatabase: async () => {
      runtime = {
        database: await openAppDatabase(file),
        appVersion: app.getVersion(),
        platform: createElectronPlatform(() => mainWindow),
      }
      return runtime
    },
    registerIpc: (opened) => registerIpc(createAppDispatch(opened), devServerUrl),
    showWindow: () =>
      new Promise<void>((shown) => {
        const url = devServerUrl ?? `${APP_ORIGIN}/index.html`
        mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), url)
        mainWindow.on('closed', () => (mainWindow = null))
        mainWindow.once('show', () => shown())
        // A window that never becomes ready must not keep the daily backup from running.
        setTimeout(shown, WINDOW_SHOW_TIMEOUT_MS)
      }),
    backupIfDue: (opened) => createBackupService(opened, opened.platform).backupIfDueWhileOpen(),
    logError,
  })
}

async function shutdown(): Promise<void> {
  if (runtime) {
    await createBackupService(runtime, runtime.platform)
      .closeForShutdown(logError)
      .catch((error: unknown) => logError('Zamykanie bazy nie powiodło się', error))
  }
  runtime = null
  app.quit()
}

function logError(message: string, error: unknown): void {
  console.error(message, error instanceof Error ? `${error.name}: ${error.message}` : String(error))
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox('Nie można uruchomić programu KIS', message)
  app.exit(1)
}
