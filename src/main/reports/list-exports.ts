// The list exports of the KIS, PSU and payout screens: which service loads each list with the screen's
// filters, and its columns. Target groups stay out of every list (special-category data, RODO art. 9).
import type { ListExportRequest } from '@shared/exports.schema'
import { formatDate, todayIso } from '@shared/dates'
import { ACTIVITY_KINDS, type ActivityKind } from '@shared/activity.schema'
import { EMPLOYMENT_FORMS, type EmploymentForm } from '@shared/participation.schema'
import { PAYOUT_STATUS_LABELS, type PayoutListSummary } from '@shared/payouts.schema'
import { REFUND_STATUS_LABELS, type RefundRequestSummary } from '@shared/payouts-refunds.schema'
import { formatMonth } from '@shared/psu-calendar'
import type { AssignmentRecord } from '@shared/psu-assignments.schema'
import { TIMESHEET_STATUS_LABELS, type MonthView } from '@shared/psu-timesheets.schema'
import type { GroupClassRow } from '@shared/activity.schema'
import { buildTable, type ExportColumn, type ExportTable } from '../exports/table'
import type { KisServices } from '../app/kis-services'
import type { PsuServices } from '../psu/psu-services'
import type { PayoutsService } from '../payouts/payouts.service'
import type { RefundsService } from '../refunds/refunds.service'
import type { ReportsService } from './reports.service'

type ReportListName =
  'kontrakty' | 'activities' | 'classes' | 'assignments' | 'timesheets' | 'payouts' | 'refunds'
type Loaders = {
  [L in ReportListName]: (
    request: Extract<ListExportRequest, { list: L }>,
  ) => Promise<{ baseName: string; table: ExportTable }>
}

export interface ReportListSources {
  kis?: KisServices
  psu?: PsuServices
  payouts?: PayoutsService
  refunds?: RefundsService
  reports?: ReportsService
}

type KontraktRow = Awaited<ReturnType<ReportsService['exportKontrakty']>>[number]
type ActivityRow = Awaited<ReturnType<ReportsService['exportActivities']>>[number]
type SheetRow = MonthView['sheets'][number]

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

const PAYOUT_COLUMNS: ExportColumn<PayoutListSummary>[] = [
  { header: 'Numer', width: 14, value: (l) => l.number },
  { header: 'Miesiąc', width: 16, value: (l) => formatMonth(l.month) },
  { header: 'Porozumienie', width: 16, value: (l) => l.porozumienieNumber },
  { header: 'Status', width: 14, value: (l) => PAYOUT_STATUS_LABELS[l.status] },
  { header: 'Osoby', kind: 'number', width: 8, value: (l) => l.persons },
  { header: 'Wypłacono osobom', kind: 'number', width: 10, value: (l) => l.paidPersons },
  { header: 'Godziny', kind: 'hours', width: 10, value: (l) => l.workedMin },
  { header: 'Kwota', kind: 'money', width: 14, value: (l) => l.amountGr },
  { header: 'Refundacja', kind: 'money', width: 14, value: (l) => l.refundGr },
  { header: 'Nieaktualna', width: 30, value: (l) => (l.stale ? l.staleReasons.join(' ') : '') },
  { header: 'Wniosek o refundację', width: 16, value: (l) => l.refundRequestNumber },
]

const REFUND_COLUMNS: ExportColumn<RefundRequestSummary>[] = [
  { header: 'Numer', width: 14, value: (r) => r.number },
  { header: 'Porozumienie', width: 16, value: (r) => r.porozumienieNumber },
  { header: 'Miesiące', width: 30, value: (r) => r.months.map(formatMonth).join(', ') },
  { header: 'Data wniosku', width: 12, value: (r) => formatDate(r.requestedOn) },
  { header: 'Termin', width: 12, value: (r) => formatDate(r.dueOn) },
  { header: 'Wnioskowano', kind: 'money', width: 14, value: (r) => r.requestedGr },
  { header: 'Status', width: 12, value: (r) => REFUND_STATUS_LABELS[r.status] },
  { header: 'Data wpływu', width: 12, value: (r) => formatDate(r.receivedOn) },
  { header: 'Otrzymano', kind: 'money', width: 14, value: (r) => r.receivedGr },
  { header: 'Różnica', kind: 'money', width: 12, value: (r) => r.differenceGr },
  { header: 'Dni po terminie', kind: 'number', width: 10, value: (r) => r.overdueDays },
]

export function reportListLoaders(sources: ReportListSources): Loaders {
  const need = <K extends keyof ReportListSources>(key: K): NonNullable<ReportListSources[K]> => {
    const service = sources[key]
    if (!service) throw new Error(`The ${key} service is not wired into this list export.`)
    return service
  }
  return {
    kontrakty: async ({ participantId }) => ({
      baseName: `kontrakty-${todayIso()}`,
      table: buildTable(
        'Kontrakty socjalne',
        KONTRAKT_COLUMNS,
        await need('reports').exportKontrakty(participantId),
      ),
    }),
    activities: async ({ filter }) => ({
      baseName: `wsparcie-${todayIso()}`,
      table: buildTable('Wsparcie w KIS', ACTIVITY_COLUMNS, await need('reports').exportActivities(filter)),
    }),
    classes: async () => ({
      baseName: `zajecia-grupowe-${todayIso()}`,
      table: buildTable('Zajęcia grupowe', CLASS_COLUMNS, await need('kis').activities.listClasses()),
    }),
    assignments: async ({ query }) => ({
      baseName: `przydzialy-psu-${todayIso()}`,
      table: buildTable('Przydziały PSU', ASSIGNMENT_COLUMNS, await need('psu').assignments.list(query)),
    }),
    timesheets: async ({ month }) => ({
      baseName: `karty-psu-${month}`,
      table: buildTable(
        `Karty PSU ${month}`,
        SHEET_COLUMNS,
        (await need('psu').timesheets.month(month, 'miejsce')).sheets,
      ),
    }),
    payouts: async ({ query }) => ({
      baseName: `listy-wyplat-${query.year ?? 'wszystkie'}`,
      table: buildTable('Listy wypłat', PAYOUT_COLUMNS, await need('payouts').list(query)),
    }),
    refunds: async () => ({
      baseName: `wnioski-o-refundacje-${todayIso()}`,
      table: buildTable('Wnioski o refundację', REFUND_COLUMNS, (await need('refunds').board()).requests),
    }),
  }
}
