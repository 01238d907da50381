// The XLSX of "Eksport wszystkiego": every main list in full, one sheet each, with the same columns
// as the list exports. A domain that adds a list adds its sheet here.
import { participantFilter } from '@shared/participant.schema'
import { createListLoaders } from '../exports/lists'
import type { ExportTable } from '../exports/table'

export type ArchiveSheet = (lists: ReturnType<typeof createListLoaders>) => Promise<ExportTable>

export const ARCHIVE_SHEETS: readonly ArchiveSheet[] = [
  async (lists) => {
    const filter = participantFilter.parse({ status: 'wszystkie' })
    return (await lists.participants({ list: 'participants', format: 'xlsx', filter })).table
  },
]
