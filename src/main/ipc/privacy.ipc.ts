import type { AuditService } from '../audit/audit.service'
import type { PrivacyService } from '../privacy/privacy.service'
import type { Handlers } from './handle'

type PrivacyChannels = Extract<keyof Handlers, `audit:${string}` | `privacy:${string}`>

/** Only listing and exporting the audit log: no channel edits or removes an entry. */
export function privacyHandlers(
  audit: AuditService,
  privacy: PrivacyService,
): Pick<Handlers, PrivacyChannels> {
  return {
    'audit:list': (query) => audit.list(query),
    'audit:export': (request) => audit.exportLog(request),
    'privacy:retention': () => privacy.retention(),
    'privacy:retentionsave': (settings) => privacy.saveRetention(settings),
    'privacy:anonymise': (input) => privacy.anonymise(input),
    'privacy:export': ({ participantId }) => privacy.exportPerson(participantId),
  }
}
