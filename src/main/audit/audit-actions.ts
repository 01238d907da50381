// Which calls the audit log records and how. A call that changes any row of a person's record is
// logged whatever its channel (the capture triggers tell); the channels below add prints, PDF saves,
// exports, backups and restores (logged once the file is written) and name the writes that are not a
// person's record (retention, lock). Only ids, kinds, formats and counts are recorded — never content.
import { basename } from 'node:path'
import type { Kysely } from 'kysely'
import type { AuditAction } from '@shared/audit.schema'
import type { DocumentRequest } from '@shared/documents.schema'
import type { ListExportRequest } from '@shared/exports.schema'
import type { Database } from '../db/schema'
import { peopleOfDocument, peopleOfList } from './audit-people'

type Db = Kysely<Database>
// The channel's parsed input and checked output: the shapes of its contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any

/** Logged after the call succeeded and its file was written or printed. */
export interface AfterSpec {
  when: 'after'
  action: AuditAction
  done: (output: Any) => boolean
  subject: (input: Any) => string
  detail?: (input: Any, output: Any) => string
  people?: (db: Db, input: Any) => Promise<number[]>
}

/** Logged in the transaction of the change, even if no person's row changed. */
export interface ChangeSpec {
  when: 'change'
  action: AuditAction
}

const rows = (n: number) => `wierszy: ${n}`

export const AUDITED: Readonly<Record<string, AfterSpec | ChangeSpec>> = {
  'documents:print': {
    when: 'after',
    action: 'wydruk',
    done: (o) => o.printed === true,
    subject: (i: DocumentRequest) => `dokument:${i.kind}`,
    people: peopleOfDocument,
  },
  'documents:save': {
    when: 'after',
    action: 'zapis-pdf',
    done: (o) => o.path !== null,
    subject: (i: DocumentRequest) => `dokument:${i.kind}`,
    people: peopleOfDocument,
  },
  'exports:list': {
    when: 'after',
    action: 'eksport-listy',
    done: (o) => o.path !== null,
    subject: (i: ListExportRequest) => `lista:${i.list}`,
    detail: (i: ListExportRequest, o) =>
      [
        i.format.toUpperCase(),
        rows(o.rows),
        i.list === 'participants' && i.specialCategories
          ? 'z danymi szczególnych kategorii (art. 9 RODO)'
          : '',
      ]
        .filter(Boolean)
        .join(', '),
    people: peopleOfList,
  },
  'reports:export': {
    when: 'after',
    action: 'eksport-listy',
    done: (o) => o.path !== null,
    subject: (i) => `sprawozdanie:${i.report}`,
    detail: (i) => `${String(i.format).toUpperCase()}, ${i.from} – ${i.to}`,
  },
  'backup:create': {
    when: 'after',
    action: 'kopia',
    done: (o) => o.cancelled === false,
    subject: () => 'kopia:reczna',
    detail: (_i, o) => o.backup.fileName,
  },
  'backup:export': {
    when: 'after',
    action: 'eksport-wszystkiego',
    done: (o) => o.cancelled === false,
    subject: () => 'eksport:wszystko',
    detail: (_i, o) => basename(o.folder),
  },
  'backup:restore': {
    when: 'after',
    action: 'przywrocenie',
    done: () => true,
    subject: () => 'kopia:przywrocenie',
    detail: (_i, o) => basename(o.restoredFrom),
  },
  'backup:undo': {
    when: 'after',
    action: 'cofniecie-przywrocenia',
    done: () => true,
    subject: () => 'kopia:przywrocenie',
    detail: (_i, o) => basename(o.restoredFrom),
  },
  'audit:export': {
    when: 'after',
    action: 'eksport-rejestru',
    done: (o) => o.path !== null,
    subject: () => 'rejestr-czynnosci',
    detail: (i, o) => `${String(i.format).toUpperCase()}, ${rows(o.rows)}`,
  },
  'privacy:export': {
    when: 'after',
    action: 'dane-osoby',
    done: (o) => o.cancelled === false,
    subject: () => 'dane-osoby',
    detail: (_i, o) => basename(o.folder),
    people: async (_db, i) => [i.participantId],
  },
  // The skipped rows of an import leave the app as an XLSX with the people's data from the file.
  'imports:report': {
    when: 'after',
    action: 'eksport-listy',
    done: (o) => o.path !== null,
    subject: () => 'lista:pominiete-wiersze-importu',
    detail: (_i, o) => `XLSX, ${rows(o.rows)}`,
  },
  'privacy:anonymise': { when: 'change', action: 'anonimizacja' },
  'privacy:retentionsave': { when: 'change', action: 'retencja' },
  'lock:setup': { when: 'change', action: 'blokada' },
  'lock:configure': { when: 'change', action: 'blokada' },
  'lock:disable': { when: 'change', action: 'blokada' },
  'lock:recover': { when: 'change', action: 'blokada' },
}
