import { ipcMain, type WebFrameMain } from 'electron'
import { CHANNELS } from '@shared/channels'
import { isTrustedUrl } from '../security/renderer-files'
import type { Dispatch } from './handle'

export function registerIpc(dispatch: Dispatch, devServerUrl: string | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame, devServerUrl)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Odrzucono polecenie z nieznanego źródła.' },
        }
      }
      return dispatch(channel, input)
    })
  }
}

function isTrustedFrame(frame: WebFrameMain | null, devServerUrl: string | undefined): boolean {
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url, devServerUrl)
}
