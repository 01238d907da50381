import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from './web-preferences'

describe('secureWebPreferences', () => {
  it('isolates and sandboxes every window and keeps Node out', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    })
    expect(secureWebPreferences('/app/out/preload/index.js', true).devTools).toBe(true)
  })

  it('gives windows without a bridge (print windows) no preload at all', () => {
    expect(secureWebPreferences()).not.toHaveProperty('preload')
    expect(secureWebPreferences().sandbox).toBe(true)
  })
})
