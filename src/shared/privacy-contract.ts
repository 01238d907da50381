// The personal-data channels (audit log, person export, retention, anonymisation, screen lock),
// spread into the one contract (contract.ts). No channel edits or removes an audit entry.
import { z } from './zod-pl'
import { auditExported, auditExportRequest, auditPage, auditQuery } from './audit.schema'
import {
  anonymised,
  anonymiseInput,
  personExported,
  personExportInput,
  retentionOverview,
  retentionSettings,
} from './privacy.schema'
import {
  lockConfigureInput,
  lockDisableInput,
  lockRecoverInput,
  lockSetupInput,
  lockSetupResult,
  lockStatus,
  unlockInput,
} from './lock.schema'

const noInput = z.undefined()

export const privacyContract = {
  'audit:list': { input: auditQuery, output: auditPage },
  'audit:export': { input: auditExportRequest, output: auditExported },
  'privacy:retention': { input: noInput, output: retentionOverview },
  'privacy:retentionsave': { input: retentionSettings, output: retentionSettings },
  'privacy:anonymise': { input: anonymiseInput, output: anonymised },
  'privacy:export': { input: personExportInput, output: personExported },
  'lock:status': { input: noInput, output: lockStatus },
  'lock:activity': { input: noInput, output: lockStatus },
  'lock:lock': { input: noInput, output: lockStatus },
  'lock:unlock': { input: unlockInput, output: lockStatus },
  'lock:setup': { input: lockSetupInput, output: lockSetupResult },
  'lock:configure': { input: lockConfigureInput, output: lockStatus },
  'lock:disable': { input: lockDisableInput, output: lockStatus },
  'lock:recover': { input: lockRecoverInput, output: lockSetupResult },
} as const
