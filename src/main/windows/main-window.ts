import { app, BrowserWindow } from 'electron'
import { secureWebPreferences } from './web-preferences'

export function createMainWindow(preload: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'KIS i PSU',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload, !app.isPackaged),
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
