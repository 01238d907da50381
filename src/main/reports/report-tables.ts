// Both reports as tables (XLSX through src/main/exports, one sheet per table) and as editable text.
// Text, not DOCX or RTF: UTF-8 with a BOM and tab-separated tables pastes into Word or LibreOffice
// with Polish letters intact and turns into a table with "Convert text to table", with no library and
// no formatting fighting the office's own template.
import { formatDate } from '@shared/dates'
import { TARGET_GROUP_SHORT } from '@shared/eligibility'
import { ACTIVITY_KINDS } from '@shared/activity.schema'
import { formatGrosze } from '@shared/money'
import { pluralPl } from '@shared/text'
import {
  FIGURES,
  FUNDING_SOURCES,
  KIS_FIGURE_IDS,
  PSU_FIGURE_IDS,
  SHARE_RULE,
  STAFF_BASES,
  SUMMARY_FIGURES,
  SUMMARY_FIGURE_IDS,
  WOJEWODA_FIGURES,
  formatFigure,
  formatFte,
  formatPeriod,
  formatShare,
  formatWorkingTime,
  shareBase,
  type SummaryFigureId,
} from '@shared/reports'
import type { FundingRecord, PeriodSummary, SummaryReport, WojewodaReport } from '@shared/reports.schema'
import { GRANT_RULE, grantSettlementText, type GrantRecord } from '@shared/report-grants'
import { buildTable, type ExportColumn, type ExportTable } from '../exports/table'

export function figureOf(summary: PeriodSummary, id: SummaryFigureId): number {
  return summary.figures.find((f) => f.id === id)?.value ?? 0
}

/** "w tym kobiety" needs its parent in a column header: "Osoby, które uczestniczyły w KIS — w tym kobiety". */
export function figureHeader(id: SummaryFigureId): string {
  const def = FIGURES[id]
  if (!def.part) return def.label
  const parent = SUMMARY_FIGURE_IDS.slice(0, SUMMARY_FIGURE_IDS.indexOf(id))
    .reverse()
    .find((other) => !FIGURES[other].part)!
  return `${FIGURES[parent].label} — ${def.label}`
}

function shareText(summary: PeriodSummary, id: SummaryFigureId): string {
  const of = shareBase(id)
  return of ? formatShare(figureOf(summary, id), figureOf(summary, of)) : ''
}

const kindOf = (id: SummaryFigureId): ExportColumn<PeriodSummary>['kind'] => {
  const unit = SUMMARY_FIGURES[id].unit
  return unit === 'grosze' ? 'money' : unit === 'minuty' ? 'hours' : 'number'
}

function figureColumns(ids: readonly SummaryFigureId[]): ExportColumn<PeriodSummary>[] {
  const columns: ExportColumn<PeriodSummary>[] = [
    { header: 'Okres', width: 24, value: (s) => formatPeriod(s.from, s.to) },
  ]
  for (const id of ids) {
    columns.push({ header: figureHeader(id), kind: kindOf(id), width: 18, value: (s) => figureOf(s, id) })
    if (shareBase(id)) {
      columns.push({
        header: `${SUMMARY_FIGURES[id].label} — udział`,
        width: 12,
        value: (s) => shareText(s, id),
      })
    }
  }
  return columns
}

const FUNDING_COLUMNS: ExportColumn<FundingRecord>[] = [
  { header: 'Źródło', width: 34, value: (f) => FUNDING_SOURCES[f.source] },
  { header: 'Nazwa', width: 30, value: (f) => f.name },
  { header: 'Od miesiąca', width: 12, value: (f) => monthText(f.monthFrom) },
  { header: 'Do miesiąca', width: 12, value: (f) => monthText(f.monthTo) },
  { header: 'Kwota', kind: 'money', width: 16, value: (f) => f.amountGr },
  { header: 'Uwagi', width: 30, value: (f) => f.notes },
]

const GRANT_COLUMNS: ExportColumn<GrantRecord>[] = [
  { header: 'Rok', kind: 'number', width: 8, value: (g) => g.year },
  { header: 'Dotacja (kto udzielił)', width: 34, value: (g) => g.name },
  { header: 'Przyznano', kind: 'money', width: 16, value: (g) => g.grantedGr },
  { header: 'Wykorzystano', kind: 'money', width: 16, value: (g) => g.usedGr },
  { header: 'Zwrócono', kind: 'money', width: 16, value: (g) => g.returnedGr },
  { header: 'Rozliczenie', width: 40, value: (g) => grantSettlementText(g) },
  { header: 'Uwagi', width: 30, value: (g) => g.notes },
]

const monthText = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`

interface Definition {
  label: string
  definition: string
}
const DEFINITION_COLUMNS: ExportColumn<Definition>[] = [
  { header: 'Wskaźnik', width: 46, value: (d) => d.label },
  { header: 'Definicja (jak policzono)', width: 120, value: (d) => d.definition },
]

/** The yearly summary: the period first, then the same period in earlier years, one row each. */
export function summaryTables(report: SummaryReport): ExportTable[] {
  const periods = [report.current, ...report.previous]
  const types = [...new Set(periods.flatMap((p) => p.positionsByType.map((t) => t.positionType)))]
  const typeColumns: ExportColumn<string>[] = [
    { header: 'Rodzaj stanowiska PSU', width: 30, value: (t) => t },
    ...periods.map((p) => ({
      header: formatPeriod(p.from, p.to),
      kind: 'number' as const,
      width: 14,
      value: (t: string) => p.positionsByType.find((x) => x.positionType === t)?.positions ?? 0,
    })),
  ]
  return [
    buildTable('Zestawienie KIS', figureColumns(KIS_FIGURE_IDS), periods),
    buildTable('PSU', figureColumns(PSU_FIGURE_IDS), periods),
    buildTable('Stanowiska PSU wg rodzaju', typeColumns, types),
    buildTable('Źródła finansowania', FUNDING_COLUMNS, report.current.funding),
    buildTable('Definicje', DEFINITION_COLUMNS, [
      ...Object.values(SUMMARY_FIGURES).map((d) => ({ label: d.label, definition: d.definition })),
      { label: 'Udziały', definition: SHARE_RULE },
    ]),
  ]
}

interface Row {
  label: string
  participants: number
  reintegrated: number
  employedAfter: number
}

const EMPLOYED_AFTER = WOJEWODA_FIGURES['zatrudnieni-po-kis'].label

export function wojewodaTables(report: WojewodaReport): ExportTable[] {
  const groupRows: Row[] = [
    ...report.groups.map((g) => ({ label: TARGET_GROUP_SHORT[g.group], ...g })),
    { label: 'Ogółem (osoba liczona raz)', ...report.totals },
  ]
  const staffColumns: ExportColumn<WojewodaReport['staff'][number]>[] = [
    { header: 'Imię i nazwisko', width: 26, value: (s) => s.staffName },
    { header: 'Funkcja w KIS', width: 24, value: (s) => s.kisRole },
    { header: 'Podstawa zatrudnienia', width: 22, value: (s) => STAFF_BASES[s.basis] },
    { header: 'Wymiar czasu pracy', width: 24, value: (s) => formatWorkingTime(s.ftePermille, s.monthlyMin) },
    { header: 'Od', width: 12, value: (s) => formatDate(s.dateFrom) },
    { header: 'Do', width: 12, value: (s) => formatDate(s.dateTo) },
  ]
  const supportRows = [
    ...report.activities.map((a) => ({
      label: ACTIVITY_KINDS[a.kind],
      persons: a.persons,
      entries: a.entries,
    })),
    {
      label: 'przeprowadzone zajęcia grupowe (liczba zajęć)',
      persons: null,
      entries: report.groupClassesHeld,
    },
  ]
  const participants = report.totals.participants
  return [
    buildTable(
      'Grupy docelowe',
      [
        { header: 'Grupa docelowa (art. 1 ust. 2)', width: 34, value: (r: Row) => r.label },
        { header: 'Uczestnicy', kind: 'number', width: 12, value: (r: Row) => r.participants },
        {
          header: 'Reintegracja społeczna i zawodowa',
          kind: 'number',
          width: 18,
          value: (r: Row) => r.reintegrated,
        },
        { header: EMPLOYED_AFTER, kind: 'number', width: 18, value: (r: Row) => r.employedAfter },
      ],
      groupRows,
    ),
    buildTable('Kadra', staffColumns, report.staff),
    buildTable(
      'Formy wsparcia',
      [
        { header: 'Forma wsparcia', width: 44, value: (r: (typeof supportRows)[number]) => r.label },
        { header: 'Osoby', kind: 'number', width: 10, value: (r: (typeof supportRows)[number]) => r.persons },
        { header: 'Wpisy', kind: 'number', width: 10, value: (r: (typeof supportRows)[number]) => r.entries },
      ],
      supportRows,
    ),
    buildTable(
      'Efekty',
      [
        {
          header: 'Wskaźnik',
          width: 46,
          value: (e: WojewodaReport['effects'][number]) => figureHeader(e.id),
        },
        {
          header: 'Liczba',
          kind: 'number',
          width: 10,
          value: (e: WojewodaReport['effects'][number]) => e.value,
        },
        {
          header: 'Udział w liczbie uczestników',
          width: 14,
          value: (e: WojewodaReport['effects'][number]) =>
            shareBase(e.id) ? formatShare(e.value, participants) : '',
        },
      ],
      report.effects,
    ),
    buildTable('Źródła finansowania', FUNDING_COLUMNS, report.funding),
    buildTable('Dotacje', GRANT_COLUMNS, report.grants),
    buildTable('Definicje', DEFINITION_COLUMNS, [
      ...Object.values(WOJEWODA_FIGURES).map((d) => ({ label: d.label, definition: d.definition })),
      ...report.effects.map((e) => ({
        label: SUMMARY_FIGURES[e.id].label,
        definition: SUMMARY_FIGURES[e.id].definition,
      })),
      { label: 'Dotacje', definition: GRANT_RULE },
      { label: 'Udziały', definition: SHARE_RULE },
    ]),
  ]
}

const TAB = '\t'
const lines = (rows: readonly (readonly (string | number)[])[]) => rows.map((r) => r.join(TAB))

function fundingLines(funding: readonly FundingRecord[]): string[] {
  if (funding.length === 0) return ['(nie wpisano źródeł finansowania dla tego okresu)']
  return lines([
    ['Źródło', 'Nazwa', 'Od', 'Do', 'Kwota'],
    ...funding.map((f) => [
      FUNDING_SOURCES[f.source],
      f.name,
      monthText(f.monthFrom),
      monthText(f.monthTo),
      f.amountGr === null ? '' : formatGrosze(f.amountGr),
    ]),
  ])
}

/** Plain text for pasting into the office's own report: tab-separated tables, definitions at the end. */
export function summaryText(report: SummaryReport, officeName: string): string {
  const periods = [report.current, ...report.previous]
  const row = (id: SummaryFigureId) => [
    FIGURES[id].part ? `  ${FIGURES[id].label}` : FIGURES[id].label,
    ...periods.map((p) => formatFigure(SUMMARY_FIGURES[id].unit, figureOf(p, id))),
    shareText(report.current, id),
  ]
  const header = ['Wskaźnik', ...periods.map((p) => formatPeriod(p.from, p.to)), 'Udział']
  const out = [
    officeName,
    `Zestawienie działalności Klubu Integracji Społecznej — ${formatPeriod(report.current.from, report.current.to)}`,
    '',
    'KIS',
    ...lines([header, ...KIS_FIGURE_IDS.map(row)]),
    '',
    'Prace społecznie użyteczne (PSU)',
    ...lines([header, ...PSU_FIGURE_IDS.map(row)]),
    '',
    'Stanowiska PSU według rodzaju',
    ...(report.current.positionsByType.length === 0
      ? ['(brak)']
      : report.current.positionsByType.map((t) => `${t.positionType} ×${t.positions}`)),
    '',
    'Źródła finansowania',
    ...fundingLines(report.current.funding),
    '',
    'Jak policzono',
    ...Object.values(SUMMARY_FIGURES).map((d) => `${d.label}: ${d.definition}`),
    SHARE_RULE,
  ]
  return '\uFEFF' + out.join('\r\n') + '\r\n'
}

export function wojewodaText(report: WojewodaReport, officeName: string): string {
  const participants = report.totals.participants
  const out = [
    officeName,
    `Sprawozdanie z działalności Klubu Integracji Społecznej (art. 18a ust. 6 ustawy o zatrudnieniu socjalnym) — ${formatPeriod(report.from, report.to)}`,
    '',
    '1. Uczestnicy według grup docelowych',
    ...lines([
      ['Grupa docelowa', 'Uczestnicy', 'Reintegracja społeczna i zawodowa', EMPLOYED_AFTER],
      ...report.groups.map((g) => [
        TARGET_GROUP_SHORT[g.group],
        g.participants,
        g.reintegrated,
        g.employedAfter,
      ]),
      ['Ogółem (osoba liczona raz)', participants, report.totals.reintegrated, report.totals.employedAfter],
    ]),
    '',
    `2. Kadra: ${report.staffPersons} ${pluralPl(report.staffPersons, 'osoba', 'osoby', 'osób')}, łącznie ${formatFte(report.staffFtePermille)} (umowy o pracę, ostatni wymiar w okresie)`,
    ...(report.staff.length === 0
      ? ['(nie wpisano zatrudnienia kadry KIS — Sprawozdania → Dane do sprawozdań)']
      : lines([
          ['Imię i nazwisko', 'Funkcja w KIS', 'Podstawa zatrudnienia', 'Wymiar czasu pracy', 'Okres'],
          ...report.staff.map((s) => [
            s.staffName,
            s.kisRole,
            STAFF_BASES[s.basis],
            formatWorkingTime(s.ftePermille, s.monthlyMin),
            s.dateTo ? `${formatDate(s.dateFrom)}–${formatDate(s.dateTo)}` : `od ${formatDate(s.dateFrom)}`,
          ]),
        ])),
    '',
    '3. Formy wsparcia',
    ...lines([
      ['Forma wsparcia', 'Osoby', 'Wpisy'],
      ...report.activities.map((a) => [ACTIVITY_KINDS[a.kind], a.persons, a.entries]),
    ]),
    `Przeprowadzone zajęcia grupowe: ${report.groupClassesHeld}`,
    '',
    '4. Efekty',
    ...lines(
      report.effects.map((e) => [
        figureHeader(e.id),
        e.value,
        shareBase(e.id) ? formatShare(e.value, participants) : '',
      ]),
    ),
    '',
    '5. Źródła finansowania',
    ...fundingLines(report.funding),
    '',
    '6. Rozliczenie przyznanych dotacji (art. 18a ust. 6 pkt 4)',
    ...grantLines(report.grants),
    GRANT_RULE,
    '',
    'Jak policzono',
    ...[...Object.values(WOJEWODA_FIGURES), ...report.effects.map((e) => FIGURES[e.id])].map(
      (d) => `${d.label}: ${d.definition}`,
    ),
    SHARE_RULE,
  ]
  return '\uFEFF' + out.join('\r\n') + '\r\n'
}

const GRANT_HEADERS = ['Rok', 'Dotacja', 'Przyznano', 'Wykorzystano', 'Zwrócono', 'Rozliczenie']
const grantCells = (g: GrantRecord) => [
  String(g.year),
  g.name,
  formatGrosze(g.grantedGr),
  formatGrosze(g.usedGr),
  formatGrosze(g.returnedGr),
  grantSettlementText(g),
]

function grantLines(grants: readonly GrantRecord[]): string[] {
  if (grants.length === 0) return ['(nie wpisano dotacji za lata tego okresu)']
  return lines([GRANT_HEADERS, ...grants.map(grantCells)])
}

/** "2025" for a whole calendar year, else "2025-03-01_2025-08-31": for file names. */
export function periodSlug(from: string, to: string): string {
  const year = from.slice(0, 4)
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : `${from}_${to}`
}
