// The audit log's screen and export: filtered pages, newest first, and the same rows as XLSX or CSV.
// Writing entries is the audited dispatch's job (audited-dispatch.ts); nothing here edits one.
import type { Kysely } from 'kysely'
import {
  AUDIT_ACTION_LABELS,
  type AuditAction,
  type AuditEntry,
  type AuditFilter,
  type AuditPage,
  type AuditQuery,
} from '@shared/audit.schema'
import { formatDateTime, todayIso } from '@shared/dates'
import type { Database } from '../db/schema'
import { DomainError } from '../errors'
import type { Platform } from '../platform/platform'
import { tableToCsv } from '../exports/csv'
import { buildTable, type ExportColumn } from '../exports/table'
import { tablesToXlsx } from '../exports/xlsx'
import * as repo from './audit.repo'
import { subjectLabel } from './audit-subjects'
import { saveUserFile } from '../platform/user-files'

export type AuditService = ReturnType<typeof createAuditService>

/** The most rows one export writes; a longer log is exported by date ranges. */
export const AUDIT_EXPORT_LIMIT = 200_000

const COLUMNS: ExportColumn<AuditEntry>[] = [
  { header: 'Nr wpisu', kind: 'number', width: 10, value: (e) => e.id },
  { header: 'Data i godzina', width: 18, value: (e) => formatDateTime(e.at) },
  { header: 'Czynność', width: 26, value: (e) => AUDIT_ACTION_LABELS[e.action] },
  { header: 'Czego dotyczy', width: 36, value: (e) => e.subject },
  { header: 'Szczegóły', width: 30, value: (e) => e.detail },
  { header: 'Osoby (nr w rejestrze)', width: 24, value: (e) => e.people.join(', ') },
  { header: 'Użytkownik Windows', width: 18, value: (e) => e.userName },
]

/** Calendar days (local time) as the stored UTC timestamps they span. */
function toEntryFilter(f: AuditFilter): repo.EntryFilter {
  const startOf = (iso: string, plusDays = 0) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
    return new Date(y, m - 1, d + plusDays).toISOString()
  }
  return {
    action: f.action,
    participantId: f.participantId,
    fromAt: f.from ? startOf(f.from) : null,
    untilAt: f.to ? startOf(f.to, 1) : null,
  }
}

export function createAuditService(db: Kysely<Database>, platform: Platform) {
  async function entries(
    f: AuditFilter,
    page: { limit: number; offset: number } | null,
  ): Promise<AuditEntry[]> {
    const rows = await repo.findEntries(db, toEntryFilter(f), page)
    const people = await repo.peopleOf(
      db,
      rows.map((r) => r.id),
    )
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action as AuditAction,
      subject: subjectLabel(r.subject),
      detail: r.detail,
      userName: r.userName,
      people: people.get(r.id) ?? [],
    }))
  }

  return {
    async list(q: AuditQuery): Promise<AuditPage> {
      const total = await repo.countEntries(db, toEntryFilter(q))
      const rows = await entries(q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize })
      return { rows, total }
    },

    async exportLog(request: {
      format: 'xlsx' | 'csv'
      filter: AuditFilter
    }): Promise<{ path: string | null; rows: number }> {
      const total = await repo.countEntries(db, toEntryFilter(request.filter))
      if (total > AUDIT_EXPORT_LIMIT) {
        throw new DomainError(
          'CONFLICT',
          `Wybrany zakres ma ${total} wpisów — eksport obejmuje najwyżej ${AUDIT_EXPORT_LIMIT}. Zawęź zakres dat.`,
        )
      }
      const filter =
        request.format === 'xlsx'
          ? { name: 'Skoroszyt Excel', extensions: ['xlsx'] }
          : { name: 'CSV (średnik, UTF-8)', extensions: ['csv'] }
      const path = await platform.chooseSavePath(`rejestr-czynnosci-${todayIso()}.${request.format}`, [
        filter,
      ])
      if (!path) return { path: null, rows: total }
      const table = buildTable('Rejestr czynności', COLUMNS, await entries(request.filter, null))
      const content = request.format === 'xlsx' ? await tablesToXlsx([table]) : tableToCsv(table)
      await saveUserFile(path, content)
      return { path, rows: table.rows.length }
    },
  }
}
