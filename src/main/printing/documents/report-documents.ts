// Builders of the report documents: the yearly KIS summary and the report to the wojewoda.
import type { DocumentRequest } from '@shared/documents.schema'
import { formatDate, todayIso } from '@shared/dates'
import type { KisServices } from '../../app/kis-services'
import type { ReportsService } from '../../reports/reports.service'
import type { SettingsService } from '../../settings/settings.service'
import type { PrintableDocument } from '../document-shell'
import { renderSprawozdanieWojewoda } from './sprawozdanie-wojewoda'
import { renderZestawienieRoczneKis } from './zestawienie-roczne-kis'

type ReportKind = 'sprawozdanie-roczne' | 'sprawozdanie-wojewoda'
type ReportBuilders = {
  [K in ReportKind]: (request: Extract<DocumentRequest, { kind: K }>) => Promise<PrintableDocument>
}

export function reportDocumentBuilders(s: {
  settings: SettingsService
  kis: Pick<KisServices, 'office'>
  reports: ReportsService
  now: () => Date
}): ReportBuilders {
  return {
    'sprawozdanie-roczne': async ({ from, to, compareYears }) =>
      renderZestawienieRoczneKis({
        officeName: (await s.settings.get()).officeName,
        report: await s.reports.summary({ from, to, compareYears }),
        printedAt: formatDate(todayIso(s.now())),
      }),
    'sprawozdanie-wojewoda': async ({ from, to }) =>
      renderSprawozdanieWojewoda({
        office: await s.kis.office.get(),
        report: await s.reports.wojewoda({ from, to }),
        printedAt: formatDate(todayIso(s.now())),
      }),
  }
}
