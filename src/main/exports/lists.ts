// Every exportable list: how its rows are loaded with the screen's filters and which columns it has.
// One home for list exports: the register here, the KIS, PSU and payout lists beside it, and the
// sheets of "Eksport wszystkiego" (archive-sheets.ts) built from the same loaders.
import { formatDate, todayIso } from '@shared/dates'
import { EXCLUSIONS, TARGET_GROUPS, type Exclusion, type TargetGroup } from '@shared/eligibility'
import type { ListName } from '@shared/exports.schema'
import { PARTICIPANT_STATUS_LABELS, SEX_LABELS, type ParticipantRow } from '@shared/participant.schema'
import { kisListLoaders } from './kis-lists'
import type { ListLoaders, ListSources } from './list-sources'
import { payoutListLoaders } from './payout-lists'
import { psuListLoaders } from './psu-lists'
import { buildTable, type ExportColumn } from './table'

export type { ListSources } from './list-sources'

// Target groups and exclusions are special-category data (RODO art. 9): not in the list unless ticked.
const PARTICIPANT_COLUMNS: ExportColumn<ParticipantRow>[] = [
  { header: 'Nazwisko', width: 22, value: (r) => r.lastName },
  { header: 'Imię', width: 16, value: (r) => r.firstName },
  { header: 'PESEL', width: 14, value: (r) => r.pesel },
  { header: 'Dokument tożsamości', width: 18, value: (r) => r.idDocument },
  { header: 'Data urodzenia', width: 14, value: (r) => formatDate(r.birthDate) },
  { header: 'Płeć', width: 11, value: (r) => SEX_LABELS[r.sex] },
  { header: 'Data przyjęcia do KIS', width: 16, value: (r) => formatDate(r.admissionDate) },
  { header: 'Status', width: 12, value: (r) => PARTICIPANT_STATUS_LABELS[r.status] },
]

type SpecialRow = ParticipantRow & { targetGroups: string[]; exclusions: string[]; therapyCompleted: boolean }

/** Added only when the coordinator ticks them for this one export. */
const SPECIAL_COLUMNS: ExportColumn<SpecialRow>[] = [
  {
    header: 'Grupy docelowe',
    width: 40,
    value: (r) => r.targetGroups.map((g) => TARGET_GROUPS[g as TargetGroup] ?? g).join('; '),
  },
  {
    header: 'Wykluczenia',
    width: 30,
    value: (r) => r.exclusions.map((e) => EXCLUSIONS[e as Exclusion] ?? e).join('; '),
  },
  { header: 'Ukończona terapia', width: 10, value: (r) => (r.therapyCompleted ? 'tak' : 'nie') },
]

export function createListLoaders(s: ListSources): ListLoaders<ListName> {
  return {
    // The file name never says which group was filtered or whether art. 9 data is inside.
    participants: async ({ filter, specialCategories }) => {
      const rows = await s.participants.listAll(filter)
      if (!specialCategories) {
        return {
          baseName: `uczestnicy-${todayIso()}`,
          table: buildTable('Uczestnicy', PARTICIPANT_COLUMNS, rows),
        }
      }
      const special = await s.participants.specialCategories(rows.map((r) => r.id))
      const withSpecial = rows.map((r) => ({ ...r, ...special.get(r.id)! }))
      return {
        baseName: `uczestnicy-${todayIso()}`,
        table: buildTable('Uczestnicy', [...PARTICIPANT_COLUMNS, ...SPECIAL_COLUMNS], withSpecial),
      }
    },
    ...kisListLoaders(s),
    ...psuListLoaders(s),
    ...payoutListLoaders(s),
  }
}
