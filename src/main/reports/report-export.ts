// Saving a report as XLSX (one sheet per table) or as editable text, where the user picks.
import type { ReportExportRequest } from '@shared/reports.schema'
import { tablesToXlsx } from '../exports/xlsx'
import type { Platform } from '../platform/platform'
import { saveUserFile } from '../platform/user-files'
import type { ReportsService } from './reports.service'
import { periodSlug, summaryTables, summaryText, wojewodaTables, wojewodaText } from './report-tables'

export function createReportExporter(
  platform: Platform,
  reports: ReportsService,
  officeName: () => Promise<string>,
) {
  async function content(request: ReportExportRequest): Promise<string | Uint8Array> {
    const range = { from: request.from, to: request.to }
    if (request.report === 'roczne') {
      const report = await reports.summary({ ...range, compareYears: request.compareYears })
      return request.format === 'xlsx'
        ? tablesToXlsx(summaryTables(report))
        : summaryText(report, await officeName())
    }
    const report = await reports.wojewoda(range)
    return request.format === 'xlsx'
      ? tablesToXlsx(wojewodaTables(report))
      : wojewodaText(report, await officeName())
  }

  return {
    async export(request: ReportExportRequest): Promise<{ path: string | null }> {
      const name = `${request.report === 'roczne' ? 'zestawienie-KIS' : 'sprawozdanie-wojewoda'}-${periodSlug(request.from, request.to)}`
      const filter =
        request.format === 'xlsx'
          ? { name: 'Skoroszyt Excel', extensions: ['xlsx'] }
          : { name: 'Tekst (UTF-8, tabulatory)', extensions: ['txt'] }
      const path = await platform.chooseSavePath(`${name}.${request.format}`, [filter])
      if (!path) return { path: null }
      const data = await content(request)
      await saveUserFile(path, data)
      return { path }
    },
  }
}
