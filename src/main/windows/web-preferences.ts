import type { WebPreferences } from 'electron'

/**
 * The one factory for every window's webPreferences: isolated, sandboxed, no Node, and DevTools only
 * when `devTools` is asked for (the unpackaged app in development).
 */
export function secureWebPreferences(preload?: string, devTools = false): WebPreferences {
  return {
    ...(preload ? { preload } : {}),
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}
