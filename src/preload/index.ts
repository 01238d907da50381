// The one bridge: window.api, built from the contract's channel names. Nothing else is exposed.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '@shared/channels'
import { buildApi } from '@shared/api'

contextBridge.exposeInMainWorld(
  'api',
  buildApi(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
)
