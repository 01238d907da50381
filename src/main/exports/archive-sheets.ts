// The XLSX of "Eksport wszystkiego": every main list in full, one sheet each, with the same columns
// as the list exports (lists.ts). A domain that adds a list adds its sheet here.
import { activityExportFilter } from '@shared/exports.schema'
import { participantFilter } from '@shared/participant.schema'
import { assignmentListQuery } from '@shared/psu-assignments.schema'
import { createListLoaders } from './lists'
import type { ExportTable } from './table'

export type ArchiveSheet = (lists: ReturnType<typeof createListLoaders>) => Promise<ExportTable>

export const ARCHIVE_SHEETS: readonly ArchiveSheet[] = [
  async (lists) => {
    const filter = participantFilter.parse({ status: 'wszystkie' })
    return (
      await lists.participants({ list: 'participants', format: 'xlsx', filter, specialCategories: false })
    ).table
  },
  async (lists) => (await lists.kontrakty({ list: 'kontrakty', format: 'xlsx', participantId: null })).table,
  async (lists) => {
    const filter = activityExportFilter.parse({ participantId: null, from: null, to: null, kind: null })
    return (await lists.activities({ list: 'activities', format: 'xlsx', filter })).table
  },
  async (lists) => (await lists.classes({ list: 'classes', format: 'xlsx' })).table,
  async (lists) => {
    const query = assignmentListQuery.parse({})
    return (await lists.assignments({ list: 'assignments', format: 'xlsx', query })).table
  },
  async (lists) => {
    const query = { year: null, porozumienieId: null }
    return (await lists.payouts({ list: 'payouts', format: 'xlsx', query })).table
  },
  async (lists) => (await lists.refunds({ list: 'refunds', format: 'xlsx' })).table,
]
