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
import { payoutHandlers } from './payouts.ipc'
import { createPayoutsService } from '../payouts/payouts.service'
import { createRefundsService } from '../refunds/refunds.service'
import { kisHandlers } from './kis.ipc'
import { createKisServices } from '../app/kis-services'
import { backupHandlers } from './backup.ipc'
import { createBackupService } from '../backup/backup.service'
import { swapGateFor } from '../backup/swap-gate'
import { guardDispatch } from './swap-guard'
import { psuHandlers } from './psu.ipc'
import { createPsuServices } from '../psu/psu-services'
import { reportHandlers } from './reports.ipc'
import { createReportsService } from '../reports/reports.service'
import { createReportExporter } from '../reports/report-export'
import { privacyHandlers } from './privacy.ipc'
import { lockHandlers } from './lock.ipc'
import { createAuditService } from '../audit/audit.service'
import { auditedDispatch } from '../audit/audited-dispatch'
import { createPrivacyService } from '../privacy/privacy.service'
import { guardLock } from '../lock/lock-guard'
import { lockFor } from '../lock/lock.service'
import { dirname } from 'node:path'
import { importHandlers } from './imports.ipc'
import { createImportsService } from '../imports/imports.service'

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
  const psu = createPsuServices(database.db)
  const payouts = createPayoutsService(database.db, { porozumienia: psu.porozumienia })
  const refunds = createRefundsService(database.db, { payouts, porozumienia: psu.porozumienia })
  const kis = createKisServices(database.db, participants)
  const reports = createReportsService(database.db, { kontrakty: kis.kontrakty })
  const lists = { participants, payouts, refunds, kis, psu, reports }
  const backup = createBackupService(runtime, platform, undefined, () => lists)
  const exports = createExportService(platform, lists)
  const imports = createImportsService({
    db: database.db,
    participants,
    psu,
    settings,
    backup,
    exports,
    platform,
  })
  return {
    'app:info': () => ({ appVersion, dbPath: database.file, schemaVersion: database.schemaVersion }),
    ...participantHandlers(participants),
    ...settingsHandlers(settings),
    ...payoutHandlers(payouts, refunds),
    ...kisHandlers(kis),
    ...psuHandlers(psu),
    ...backupHandlers(backup),
    ...reportHandlers(
      reports,
      createReportExporter(platform, reports, async () => (await settings.get()).officeName),
    ),
    ...exportHandlers(exports),
    ...importHandlers(imports),
    ...privacyHandlers(
      createAuditService(database.db, platform),
      createPrivacyService(database.db, {
        platform,
        officeName: async () => (await settings.get()).officeName,
        defaultFolder: () => dirname(database.file),
      }),
    ),
    ...lockHandlers(lockFor(runtime)),
    ...documentHandlers(createPrintService(platform), {
      participants,
      settings,
      kis,
      payouts,
      refunds,
      psu,
      reports,
      now: () => new Date(),
    }),
  }
}

export function createAppDispatch(runtime: AppRuntime): Dispatch {
  let builtFor: AppDatabase | null = null
  let dispatch: Dispatch = () => Promise.reject(new Error('not ready'))
  // While locked only the lock answers; a restore swaps runtime.database: it waits for running calls
  // and refuses new ones meanwhile; every call that changes or prints a person's data is logged.
  return guardLock(
    lockFor(runtime),
    guardDispatch(swapGateFor(runtime), (channel, input) => {
      if (builtFor !== runtime.database) {
        dispatch = auditedDispatch(runtime, createDispatch(createHandlers(runtime)))
        builtFor = runtime.database
      }
      return dispatch(channel, input)
    }),
  )
}
