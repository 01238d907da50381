// The audit log (rejestr czynności) as the screen lists and filters it. An entry names what was done
// and the records it concerns by id — never the content.
import { z } from './zod-pl'
import { recordId } from './participant.schema'
import { isoDate } from './psu-common.schema'

export const AUDIT_ACTIONS = [
  'zmiana',
  'wydruk',
  'zapis-pdf',
  'eksport-listy',
  'eksport-wszystkiego',
  'eksport-rejestru',
  'kopia',
  'przywrocenie',
  'cofniecie-przywrocenia',
  'dane-osoby',
  'anonimizacja',
  'retencja',
  'blokada',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  zmiana: 'zmiana danych osoby',
  wydruk: 'wydruk',
  'zapis-pdf': 'zapis PDF',
  'eksport-listy': 'eksport listy',
  'eksport-wszystkiego': 'eksport wszystkiego',
  'eksport-rejestru': 'eksport rejestru czynności',
  kopia: 'kopia zapasowa',
  przywrocenie: 'przywrócenie kopii',
  'cofniecie-przywrocenia': 'cofnięcie przywrócenia',
  'dane-osoby': 'wydanie danych osoby (art. 15/20)',
  anonimizacja: 'anonimizacja',
  retencja: 'zmiana okresów przechowywania',
  blokada: 'zmiana blokady ekranu',
}

export const auditFilter = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).nullable().default(null),
  participantId: recordId.nullable().default(null),
  from: isoDate().nullable().default(null),
  to: isoDate().nullable().default(null),
})
export type AuditFilter = z.output<typeof auditFilter>

export const auditQuery = auditFilter.extend({
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
})
export type AuditQuery = z.output<typeof auditQuery>

export const auditEntry = z.object({
  id: recordId,
  /** ISO timestamp (UTC). */
  at: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** The channel, document kind or list the action was about, in Polish. */
  subject: z.string(),
  /** Format, number of rows and the like — never personal data. */
  detail: z.string(),
  userName: z.string(),
  /** Register numbers of the people concerned. */
  people: z.array(recordId),
})
export type AuditEntry = z.infer<typeof auditEntry>

export const auditPage = z.object({ rows: z.array(auditEntry), total: z.number().int().min(0) })
export type AuditPage = z.infer<typeof auditPage>

export const auditExportRequest = z.strictObject({ format: z.enum(['xlsx', 'csv']), filter: auditFilter })
export const auditExported = z.object({ path: z.string().nullable(), rows: z.number().int().min(0) })
