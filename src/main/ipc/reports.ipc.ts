// The reports' channels, each a thin call into the reports service (or the report file export).
import type { Handlers } from './handle'
import type { ReportsService } from '../reports/reports.service'
import type { createReportExporter } from '../reports/report-export'

type ReportChannels = Extract<keyof Handlers, `reports:${string}`>

export function reportHandlers(
  reports: ReportsService,
  exporter: ReturnType<typeof createReportExporter>,
): Pick<Handlers, ReportChannels> {
  return {
    'reports:summary': (query) => reports.summary(query),
    'reports:wojewoda': (range) => reports.wojewoda(range),
    'reports:drill': (query) => reports.drill(query),
    'reports:charts': (query) => reports.charts(query),
    'reports:quality': (range) => reports.quality(range),
    'reports:export': (request) => exporter.export(request),
    'reports:staff': () => reports.listStaff(),
    'reports:staffsave': (data) => reports.saveStaff(data),
    'reports:staffremove': ({ id }) => reports.removeStaff(id),
    'reports:funding': () => reports.listFunding(),
    'reports:fundingsave': (data) => reports.saveFunding(data),
    'reports:fundingremove': ({ id }) => reports.removeFunding(id),
    'reports:grants': () => reports.listGrants(),
    'reports:grantsave': (data) => reports.saveGrant(data),
    'reports:grantremove': ({ id }) => reports.removeGrant(id),
  }
}
