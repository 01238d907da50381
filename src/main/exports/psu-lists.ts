// The PSU screens' lists: assignments and a month's timesheets.
import { formatDate, todayIso } from '@shared/dates'
import type { AssignmentRecord } from '@shared/psu-assignments.schema'
import { TIMESHEET_STATUS_LABELS, type MonthView } from '@shared/psu-timesheets.schema'
import { wired, type ListLoaders, type ListSources } from './list-sources'
import { buildTable, type ExportColumn } from './table'

type SheetRow = MonthView['sheets'][number]

const ASSIGNMENT_COLUMNS: ExportColumn<AssignmentRecord>[] = [
  { header: 'Osoba', width: 26, value: (a) => a.participantName },
  { header: 'Stanowisko', width: 24, value: (a) => a.positionName },
  { header: 'Miejsce pracy', width: 26, value: (a) => a.workplaceName },
  { header: 'Porozumienie', width: 16, value: (a) => a.porozumienieNumber },
  { header: 'Skierowanie nr', width: 16, value: (a) => a.skierowanieNumber },
  { header: 'Skierowanie z dnia', width: 12, value: (a) => formatDate(a.skierowanieDate) },
  { header: 'Od', width: 12, value: (a) => formatDate(a.dateFrom) },
  { header: 'Do', width: 12, value: (a) => formatDate(a.dateTo) },
  { header: 'Przyczyna zakończenia', width: 24, value: (a) => a.endReason },
  { header: 'Dni z wpisami', kind: 'number', width: 10, value: (a) => a.recordedDays },
]

const SHEET_COLUMNS: ExportColumn<SheetRow>[] = [
  { header: 'Osoba', width: 26, value: (s) => s.participantName },
  { header: 'Miejsce pracy', width: 26, value: (s) => s.workplaceName },
  { header: 'Stanowisko', width: 24, value: (s) => s.positionName },
  { header: 'Porozumienie', width: 16, value: (s) => s.porozumienieNumber },
  {
    header: 'Dni przydziału w miesiącu',
    width: 22,
    value: (s) => `${formatDate(s.activeFrom)}–${formatDate(s.activeTo)}`,
  },
  { header: 'Status', width: 12, value: (s) => TIMESHEET_STATUS_LABELS[s.status] },
  {
    header: 'Godziny',
    kind: 'hours',
    width: 10,
    value: (s) => s.entries.reduce((sum, e) => sum + e.minutes, 0),
  },
  {
    header: 'Dni nieobecności',
    kind: 'number',
    width: 12,
    value: (s) => s.entries.filter((e) => e.absence).length,
  },
]

export function psuListLoaders(sources: ListSources): ListLoaders<'assignments' | 'timesheets'> {
  const psu = () => wired(sources, 'psu')
  return {
    assignments: async ({ query }) => ({
      baseName: `przydzialy-psu-${todayIso()}`,
      table: buildTable('Przydziały PSU', ASSIGNMENT_COLUMNS, await psu().assignments.list(query)),
    }),
    timesheets: async ({ month }) => ({
      baseName: `karty-psu-${month}`,
      table: buildTable(
        `Karty PSU ${month}`,
        SHEET_COLUMNS,
        (await psu().timesheets.month(month, 'miejsce')).sheets,
      ),
    }),
  }
}
