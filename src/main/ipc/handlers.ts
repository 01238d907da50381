// Every channel's handler, wired to its service. Used by the Electron main and by the e2e harness.
import type { AppDatabase } from '../db/connection'
import { createParticipantsService } from '../participants/participants.service'
import { createSettingsService } from '../settings/settings.service'
import { createDispatch, type Dispatch, type Handlers } from './handle'
import { participantHandlers } from './participants.ipc'
import { settingsHandlers } from './settings.ipc'

export interface AppContext {
  database: AppDatabase
  appVersion: string
}

export function createHandlers({ database, appVersion }: AppContext): Handlers {
  return {
    'app:info': () => ({ appVersion, dbPath: database.file, schemaVersion: database.schemaVersion }),
    ...participantHandlers(createParticipantsService(database.db)),
    ...settingsHandlers(createSettingsService(database.db)),
  }
}

export function createAppDispatch(context: AppContext): Dispatch {
  return createDispatch(createHandlers(context))
}
