// The KIS screens' lists: kontrakty, support entries, group classes. Target groups stay out of every
// list (special-category data, RODO art. 9).
import { ACTIVITY_KINDS, type ActivityKind, type GroupClassRow } from '@shared/activity.schema'
import { formatDate, todayIso } from '@shared/dates'
import { EMPLOYMENT_FORMS, type EmploymentForm } from '@shared/participation.schema'
import type { ActivitiesService } from '../activities/activities.service'
import type { KontraktyService } from '../kontrakty/kontrakty.service'
import { wired, type ListLoaders, type ListSources } from './list-sources'
import { buildTable, type ExportColumn } from './table'

type KontraktRow = Awaited<ReturnType<KontraktyService['exportRows']>>[number]
type ActivityRow = Awaited<ReturnType<ActivitiesService['exportRows']>>[number]

const person = <T extends { firstName: string; lastName: string }>(r: T) => `${r.lastName} ${r.firstName}`

const KONTRAKT_COLUMNS: ExportColumn<KontraktRow>[] = [
  { header: 'Numer', width: 14, value: (k) => k.number },
  { header: 'Wariant', width: 8, value: (k) => k.variant },
  { header: 'Osoba', width: 26, value: person },
  { header: 'PESEL', width: 14, value: (k) => k.pesel },
  { header: 'Zawarty', width: 12, value: (k) => formatDate(k.concludedOn) },
  { header: 'Obowiązuje do', width: 12, value: (k) => formatDate(k.endDate) },
  { header: 'Podpisany', width: 12, value: (k) => formatDate(k.signedAt) },
  { header: 'Pracownik socjalny', width: 22, value: (k) => k.socialWorker },
  { header: 'Cel główny', width: 40, value: (k) => k.mainGoal },
  { header: 'Aneksy', kind: 'number', width: 8, value: (k) => Number(k.aneksy ?? 0) },
  { header: 'Ostatnia ocena', width: 12, value: (k) => formatDate(k.lastEvaluation as string | null) },
  {
    header: 'Uczestnictwo',
    width: 24,
    value: (k) => `${formatDate(k.participationStart)}–${formatDate(k.participationEnd) || 'trwa'}`,
  },
]

function activityDetail(a: ActivityRow): string {
  const form = a.employmentForm ? EMPLOYMENT_FORMS[a.employmentForm as EmploymentForm] : ''
  return [a.topic, a.organization, a.projectName, form, a.benefitName].filter(Boolean).join(', ')
}

const ACTIVITY_COLUMNS: ExportColumn<ActivityRow>[] = [
  { header: 'Data', width: 12, value: (a) => formatDate(a.date) },
  { header: 'Do', width: 12, value: (a) => formatDate(a.endDate) },
  { header: 'Osoba', width: 26, value: person },
  { header: 'PESEL', width: 14, value: (a) => a.pesel },
  { header: 'Forma', width: 30, value: (a) => ACTIVITY_KINDS[a.kind as ActivityKind] ?? a.kind },
  { header: 'Szczegóły', width: 40, value: activityDetail },
  { header: 'Pracownik / prowadzący', width: 22, value: (a) => a.staffName ?? a.provider },
  { header: 'Uwagi', width: 30, value: (a) => a.notes },
]

const CLASS_COLUMNS: ExportColumn<GroupClassRow>[] = [
  { header: 'Data', width: 12, value: (c) => formatDate(c.heldOn) },
  { header: 'Temat', width: 40, value: (c) => c.topic },
  { header: 'Prowadzący', width: 22, value: (c) => c.leader },
  { header: 'Obecnych', kind: 'number', width: 10, value: (c) => c.attendeeCount },
]

export function kisListLoaders(sources: ListSources): ListLoaders<'kontrakty' | 'activities' | 'classes'> {
  const kis = () => wired(sources, 'kis')
  return {
    kontrakty: async ({ participantId }) => ({
      baseName: `kontrakty-${todayIso()}`,
      table: buildTable(
        'Kontrakty socjalne',
        KONTRAKT_COLUMNS,
        await kis().kontrakty.exportRows(participantId),
      ),
    }),
    activities: async ({ filter }) => ({
      baseName: `wsparcie-${todayIso()}`,
      table: buildTable('Wsparcie w KIS', ACTIVITY_COLUMNS, await kis().activities.exportRows(filter)),
    }),
    classes: async () => ({
      baseName: `zajecia-grupowe-${todayIso()}`,
      table: buildTable('Zajęcia grupowe', CLASS_COLUMNS, await kis().activities.listClasses()),
    }),
  }
}
