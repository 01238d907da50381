// Saving a list as XLSX or CSV where the user picks.
import type { ListExportRequest } from '@shared/exports.schema'
import type { Platform } from '../platform/platform'
import { saveUserFile } from '../platform/user-files'
import { tableToCsv } from './csv'
import { createListLoaders, type ListSources } from './lists'
import type { ExportTable } from './table'
import { tablesToXlsx } from './xlsx'

export type ExportService = ReturnType<typeof createExportService>

export function createExportService(platform: Platform, sources: ListSources) {
  const loaders = createListLoaders(sources)

  /** Asks where, then writes the table as XLSX or CSV; every list and the import's report use this. */
  async function saveTable(
    baseName: string,
    table: ExportTable,
    format: ListExportRequest['format'],
  ): Promise<{ path: string | null; rows: number }> {
    const filter =
      format === 'xlsx'
        ? { name: 'Skoroszyt Excel', extensions: ['xlsx'] }
        : { name: 'CSV (średnik, UTF-8)', extensions: ['csv'] }
    const path = await platform.chooseSavePath(`${baseName}.${format}`, [filter])
    if (!path) return { path: null, rows: table.rows.length }
    const content = format === 'xlsx' ? await tablesToXlsx([table]) : tableToCsv(table)
    await saveUserFile(path, content)
    return { path, rows: table.rows.length }
  }

  return {
    saveTable,

    async exportList(request: ListExportRequest): Promise<{ path: string | null; rows: number }> {
      const load = loaders[request.list] as (
        r: ListExportRequest,
      ) => ReturnType<(typeof loaders)[typeof request.list]>
      const { baseName, table } = await load(request)
      return saveTable(baseName, table, request.format)
    },
  }
}
