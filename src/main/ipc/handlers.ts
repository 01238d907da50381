// Every channel's handler, wired to its service. Used by the Electron main and by the e2e harness.
import type { AppDatabase } from '../db/connection'
import type { Platform } from '../platform/platform'
import { createParticipantsService } from '../participants/participants.service'
import { createSettingsService } from '../settings/settings.service'
import { createDispatch, type Dispatch, type Handlers } from './handle'
import { participantHandlers } from './participants.ipc'
import { documentHandlers } from './documents.ipc'
import { exportHandlers } from './exports.ipc'
import { createExportService } from '../exports/export.service'
import { createPrintService } from '../printing/print.service'
import { settingsHandlers } from './settings.ipc'

/** What the handlers run on. `database` may be swapped (restore): handlers follow the current one. */
export interface AppRuntime {
  database: AppDatabase
  appVersion: string
  platform: Platform
}

export function createHandlers(runtime: AppRuntime): Handlers {
  const { database, appVersion, platform } = runtime
  const participants = createParticipantsService(database.db)
  const settings = createSettingsService(database.db)
  return {
    'app:info': () => ({ appVersion, dbPath: database.file, schemaVersion: database.schemaVersion }),
    ...participantHandlers(participants),
    ...settingsHandlers(settings),
    ...exportHandlers(createExportService(platform, { participants })),
    ...documentHandlers(createPrintService(platform), { participants, settings, now: () => new Date() }),
  }
}

export function createAppDispatch(runtime: AppRuntime): Dispatch {
  let builtFor: AppDatabase | null = null
  let dispatch: Dispatch = () => Promise.reject(new Error('not ready'))
  return (channel, input) => {
    if (builtFor !== runtime.database) {
      dispatch = createDispatch(createHandlers(runtime))
      builtFor = runtime.database
    }
    return dispatch(channel, input)
  }
}
