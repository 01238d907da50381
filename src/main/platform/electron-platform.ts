// The real Platform: hidden sandboxed windows for printing, native dialogs, the shell.
import { BrowserWindow, dialog, shell } from 'electron'
import { secureWebPreferences } from '../windows/web-preferences'
import { LOAD_FONTS_SCRIPT, PAGE_FOOTER, PAGE_MARGINS_IN } from './pdf-options'
import type { Platform } from './platform'
import { registerPrintDocument } from '../security/print-documents'

export function createElectronPlatform(getParent: () => BrowserWindow | null): Platform {
  return {
    async renderPdf(html) {
      return withPrintWindow(html, async (window) => {
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<div></div>',
          footerTemplate: PAGE_FOOTER,
          margins: PAGE_MARGINS_IN,
        })
        return new Uint8Array(pdf)
      })
    },
    async print(html) {
      return withPrintWindow(
        html,
        (window) =>
          new Promise<boolean>((resolve) =>
            window.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success) =>
              resolve(success),
            ),
          ),
      )
    },
    async chooseSavePath(defaultName, filters) {
      const parent = getParent()
      const options = { defaultPath: defaultName, filters }
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath(filters) {
      const parent = getParent()
      const options = { filters, properties: ['openFile' as const] }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseFolder(defaultPath) {
      const parent = getParent()
      const options = { defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    showInFolder(path) {
      shell.showItemInFolder(path)
    },
  }
}

/** A hidden, sandboxed window without a preload, loading only our own in-memory document. */
async function withPrintWindow<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences() })
  const { url, release } = registerPrintDocument(html)
  try {
    await window.loadURL(url)
    await window.webContents.executeJavaScript(LOAD_FONTS_SCRIPT)
    return await use(window)
  } finally {
    release()
    window.destroy()
  }
}
