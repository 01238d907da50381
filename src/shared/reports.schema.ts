// The reports' inputs and outputs: the yearly activity summary, the report to the wojewoda, drill-downs
// to the people behind a figure, the data-quality check, charts, exports, and the data the reports
// need that no other screen keeps (KIS staff working time and basis, funding sources by months).
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { TARGET_GROUP_CODES } from './eligibility'
import { ACTIVITY_KIND_CODES } from './activity.schema'
import { recordId } from './participant.schema'
import { FIGURE_IDS, FUNDING_SOURCE_CODES, STAFF_BASIS_CODES, SUMMARY_FIGURE_IDS } from './reports'
import { isMonthKey } from './psu-calendar'
import { grantRecord } from './report-grants'

const date = (what: string) => z.string().max(10).refine(isRealDate, `Podaj ${what} w formacie DD.MM.RRRR.`)
const month = (what: string) => z.string().max(7).refine(isMonthKey, `Podaj ${what} (miesiąc i rok).`)

/** Twenty years at most: a longer period is a typing error, not a report. */
const MAX_SPAN_YEARS = 20

const rangeFields = { from: date('datę początkową'), to: date('datę końcową') }

interface IssueSink {
  addIssue(issue: { code: 'custom'; path: string[]; message: string }): void
}

function checkRange(v: { from: string; to: string }, ctx: IssueSink) {
  if (!isRealDate(v.from) || !isRealDate(v.to)) return
  if (v.to < v.from) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'Data końcowa nie może być wcześniejsza niż początkowa.',
    })
  } else if (Number(v.to.slice(0, 4)) - Number(v.from.slice(0, 4)) > MAX_SPAN_YEARS) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `Okres może obejmować najwyżej ${MAX_SPAN_YEARS} lat.`,
    })
  }
}

export const reportRange = z.strictObject(rangeFields).superRefine(checkRange)
export type ReportRange = z.output<typeof reportRange>

/** Up to ten earlier years shown beside the period (the same dates, whole years back). */
export const compareYears = z.number().int().min(0).max(10)

export const summaryQuery = z.strictObject({ ...rangeFields, compareYears }).superRefine(checkRange)
export type SummaryQuery = z.output<typeof summaryQuery>

export const figureValue = z.object({ id: z.enum(SUMMARY_FIGURE_IDS), value: z.number().int() })

export const fundingRecord = z.object({
  id: recordId,
  source: z.enum(FUNDING_SOURCE_CODES),
  name: z.string(),
  monthFrom: z.string(),
  monthTo: z.string(),
  amountGr: z.number().int().nullable(),
  notes: z.string(),
})
export type FundingRecord = z.infer<typeof fundingRecord>

export const positionsByType = z.array(z.object({ positionType: z.string(), positions: z.number().int() }))

export const periodSummary = z.object({
  from: z.string(),
  to: z.string(),
  figures: z.array(figureValue),
  positionsByType,
  /** Funding sources whose months overlap the period. */
  funding: z.array(fundingRecord),
})
export type PeriodSummary = z.infer<typeof periodSummary>

export const summaryReport = z.object({
  current: periodSummary,
  /** The same period in earlier years, the nearest first. */
  previous: z.array(periodSummary),
})
export type SummaryReport = z.infer<typeof summaryReport>

export const staffEngagementRecord = z.object({
  id: recordId,
  staffMemberId: recordId,
  staffName: z.string(),
  kisRole: z.string(),
  basis: z.enum(STAFF_BASIS_CODES),
  /** Fraction of a full-time post in thousandths (500 = ½ etatu); for an employment contract. */
  ftePermille: z.number().int().nullable(),
  /** Hours a month in minutes, where the basis states hours rather than a post. */
  monthlyMin: z.number().int().nullable(),
  dateFrom: z.string(),
  dateTo: z.string().nullable(),
  notes: z.string(),
})
export type StaffEngagementRecord = z.infer<typeof staffEngagementRecord>

const count = z.number().int().min(0)

export const wojewodaReport = z.object({
  from: z.string(),
  to: z.string(),
  groups: z.array(
    z.object({
      group: z.enum(TARGET_GROUP_CODES),
      participants: count,
      reintegrated: count,
      /** Art. 18a ust. 6 pkt 2 lit. b: of the reintegrated, work after the participation ended. */
      employedAfter: count,
    }),
  ),
  totals: z.object({ participants: count, reintegrated: count, employedAfter: count }),
  staff: z.array(staffEngagementRecord),
  staffPersons: count,
  /** Sum of the posts of the engagements in the period (umowa o pracę), thousandths. */
  staffFtePermille: count,
  activities: z.array(z.object({ kind: z.enum(ACTIVITY_KIND_CODES), persons: count, entries: count })),
  groupClassesHeld: count,
  /** Effects from the yearly summary: graduates, work, independence, broken kontrakty. */
  effects: z.array(figureValue),
  funding: z.array(fundingRecord),
  /** Art. 18a ust. 6 pkt 4: the grants for the period's years and their settlement. */
  grants: z.array(grantRecord),
})
export type WojewodaReport = z.infer<typeof wojewodaReport>

/** Where a row of a drill-down or of the data-quality check is fixed. */
export const recordLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), participantId: recordId }),
  z.object({ kind: z.literal('person-edit'), participantId: recordId }),
  z.object({ kind: z.literal('timesheet'), assignmentId: recordId, month: z.string() }),
  z.object({ kind: z.literal('payout-list'), listId: recordId }),
  z.object({ kind: z.literal('section'), section: z.enum(['classes', 'psu', 'payouts', 'reports-data']) }),
])
export type RecordLink = z.infer<typeof recordLink>

export const drillQuery = z
  .strictObject({
    ...rangeFields,
    figure: z.enum(FIGURE_IDS),
    /** The target group, activity kind or PSU position type of a keyed figure. */
    key: z.string().max(200).nullable(),
  })
  .superRefine(checkRange)
export type DrillQuery = z.output<typeof drillQuery>

export const drillRow = z.object({
  id: z.string(),
  name: z.string(),
  pesel: z.string().nullable(),
  /** Dates or months as the report shows them. */
  when: z.string(),
  detail: z.string(),
  /** Minutes or grosze for summed figures; null for counted ones. */
  value: z.number().int().nullable(),
  link: recordLink.nullable(),
})
export type DrillRow = z.infer<typeof drillRow>

export const drillDown = z.object({
  figure: z.enum(FIGURE_IDS),
  key: z.string().nullable(),
  title: z.string(),
  /** Equal to the figure: the number of rows, or the sum of their values. */
  total: z.number().int(),
  rows: z.array(drillRow),
})
export type DrillDown = z.infer<typeof drillDown>

export const QUALITY_CHECKS = {
  pesel: {
    label: 'PESEL niezgodny z datą urodzenia lub płcią',
    hint: 'Popraw PESEL, datę urodzenia albo płeć w danych uczestnika.',
  },
  'bez-kontraktu': {
    label: 'Uczestnictwa bez kontraktu socjalnego',
    hint: 'Kontrakt jest warunkiem uczestnictwa (art. 18) — sporządź go w widoku osoby.',
  },
  'dzialania-po-terminie': {
    label: 'Otwarte działania z kontraktu po terminie',
    hint: 'Oznacz działanie jako wykonane lub niewykonane albo zmień termin aneksem.',
  },
  'przydzialy-bez-kart': {
    label: 'Przydziały PSU bez karty ewidencji za miesiąc',
    hint: 'Wpisz godziny za miesiąc (albo nieobecności) w karcie ewidencji.',
  },
  'miesiace-bez-listy': {
    label: 'Zamknięte miesiące PSU bez listy wypłat',
    hint: 'Policz listę wypłat za miesiąc w „Wypłaty PSU”.',
  },
  'wyplaty-bez-wniosku': {
    label: 'Listy wypłat bez wniosku o refundację',
    hint: 'Złóż wniosek o refundację do PUP w „Wypłaty PSU” → Refundacje (po wypłacie listy).',
  },
} as const
export type QualityCheckId = keyof typeof QUALITY_CHECKS
export const QUALITY_CHECK_IDS = Object.keys(QUALITY_CHECKS) as [QualityCheckId, ...QualityCheckId[]]

export const qualityRow = z.object({
  id: z.string(),
  name: z.string(),
  detail: z.string(),
  link: recordLink,
})
export type QualityRow = z.infer<typeof qualityRow>

export const qualityReport = z.object({
  checks: z.array(z.object({ id: z.enum(QUALITY_CHECK_IDS), rows: z.array(qualityRow) })),
})
export type QualityReport = z.infer<typeof qualityReport>

export const chartsQuery = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  years: z.number().int().min(1).max(15),
})
export const chartsData = z.object({
  /** Calendar years, oldest first. */
  years: z.array(
    z.object({
      year: z.number().int(),
      participants: count,
      graduates: count,
      psuPaidGr: count,
      psuRefundRequestedGr: count,
      psuRefundReceivedGr: count,
    }),
  ),
  /** The chosen year month by month. */
  months: z.array(
    z.object({
      month: z.string(),
      psuPaidGr: count,
      psuRefundRequestedGr: count,
      psuRefundReceivedGr: count,
    }),
  ),
  positionsByType,
})
export type ChartsData = z.infer<typeof chartsData>

export const REPORT_KINDS = ['roczne', 'wojewoda'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

export const reportExportRequest = z
  .strictObject({
    ...rangeFields,
    report: z.enum(REPORT_KINDS),
    format: z.enum(['xlsx', 'txt']),
    compareYears,
  })
  .superRefine(checkRange)
export type ReportExportRequest = z.output<typeof reportExportRequest>
export const reportExported = z.object({ path: z.string().nullable() })

/** The yearly summary and the wojewoda report as printable documents (documents:* channels). */
export const reportDocumentRequests = [
  z.strictObject({ kind: z.literal('sprawozdanie-roczne'), ...rangeFields, compareYears }),
  z.strictObject({ kind: z.literal('sprawozdanie-wojewoda'), ...rangeFields }),
] as const

const text = (max: number, message: string) => z.string().trim().max(max, message)

export const staffEngagementInput = z
  .strictObject({
    id: recordId.nullable(),
    staffMemberId: z.number({ error: 'Wybierz pracownika.' }).int().positive('Wybierz pracownika.'),
    kisRole: z
      .string()
      .trim()
      .min(1, 'Podaj funkcję w KIS (np. koordynator, instruktor, psycholog).')
      .max(120, 'Funkcja może mieć najwyżej 120 znaków.'),
    basis: z.enum(STAFF_BASIS_CODES, { error: 'Wybierz podstawę zatrudnienia.' }),
    /** Part of a full-time post, e.g. 0.5. */
    fte: z
      .number({ error: 'Podaj wymiar etatu liczbą, np. 0,5.' })
      .min(0.001, 'Wymiar etatu musi być większy od zera.')
      .max(1, 'Wymiar etatu w KIS może wynosić najwyżej 1.')
      .nullable(),
    monthlyHours: z
      .number({ error: 'Podaj liczbę godzin miesięcznie.' })
      .min(0.5, 'Podaj co najmniej 0,5 godziny miesięcznie.')
      .max(744, 'Miesiąc ma najwyżej 744 godziny.')
      .refine((h) => Number.isInteger(h * 2), 'Godziny podaje się w pełnych lub połówkach.')
      .nullable(),
    dateFrom: date('datę początku zatrudnienia'),
    dateTo: z.string().max(10),
    notes: text(500, 'Uwagi mogą mieć najwyżej 500 znaków.'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (v.basis === 'umowa_o_prace' && v.fte === null)
      issue('fte', 'Przy umowie o pracę podaj wymiar etatu (np. 0,5).')
    if (v.fte === null && v.monthlyHours === null)
      issue('monthlyHours', 'Podaj wymiar etatu albo liczbę godzin miesięcznie.')
    if (v.dateTo !== '' && !isRealDate(v.dateTo)) issue('dateTo', 'Podaj datę końca w formacie DD.MM.RRRR.')
    else if (v.dateTo !== '' && isRealDate(v.dateFrom) && v.dateTo < v.dateFrom)
      issue('dateTo', 'Koniec zatrudnienia nie może być wcześniejszy niż początek.')
  })
  .transform((v) => ({
    id: v.id,
    staffMemberId: v.staffMemberId,
    kisRole: v.kisRole,
    basis: v.basis,
    ftePermille: v.fte === null ? null : Math.round(v.fte * 1000),
    monthlyMin: v.monthlyHours === null ? null : Math.round(v.monthlyHours * 60),
    dateFrom: v.dateFrom,
    dateTo: v.dateTo === '' ? null : v.dateTo,
    notes: v.notes,
  }))
export type StaffEngagementForm = z.input<typeof staffEngagementInput>
export type StaffEngagementData = z.output<typeof staffEngagementInput>

export const fundingInput = z
  .strictObject({
    id: recordId.nullable(),
    source: z.enum(FUNDING_SOURCE_CODES, { error: 'Wybierz źródło finansowania.' }),
    name: text(200, 'Nazwa może mieć najwyżej 200 znaków.'),
    monthFrom: month('pierwszy miesiąc'),
    monthTo: month('ostatni miesiąc'),
    /** Złoty as typed; null when the amount is not to be shown. */
    amount: z
      .number({ error: 'Podaj kwotę liczbą.' })
      .min(0, 'Kwota nie może być ujemna.')
      .max(100_000_000, 'Kwota jest nierealnie wysoka.')
      .refine(
        (a) => Math.abs(a * 100 - Math.round(a * 100)) < 1e-6,
        'Kwotę podaje się z dokładnością do grosza.',
      )
      .nullable(),
    notes: text(500, 'Uwagi mogą mieć najwyżej 500 znaków.'),
  })
  .superRefine((v, ctx) => {
    if (isMonthKey(v.monthFrom) && isMonthKey(v.monthTo) && v.monthTo < v.monthFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['monthTo'],
        message: 'Ostatni miesiąc nie może być wcześniejszy niż pierwszy.',
      })
    }
    if ((v.source === 'projekt_ue' || v.source === 'inne') && v.name === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: v.source === 'projekt_ue' ? 'Podaj nazwę projektu.' : 'Nazwij źródło finansowania.',
      })
    }
  })
  .transform((v) => ({
    id: v.id,
    source: v.source,
    name: v.name,
    monthFrom: v.monthFrom,
    monthTo: v.monthTo,
    amountGr: v.amount === null ? null : Math.round(v.amount * 100),
    notes: v.notes,
  }))
export type FundingForm = z.input<typeof fundingInput>
export type FundingData = z.output<typeof fundingInput>
