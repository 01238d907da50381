/// <reference types="vite/client" />
import type { Api } from '@shared/contract'

declare global {
  interface Window {
    /** The preload's bridge; the only way to the main process. */
    readonly api: Api
  }
}
