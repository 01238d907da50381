// The reports' channels, spread into the one contract (contract.ts).
import { z } from './zod-pl'
import { recordId } from './participant.schema'
import { grantInput, grantRecord } from './report-grants'
import {
  chartsData,
  chartsQuery,
  drillDown,
  drillQuery,
  fundingInput,
  fundingRecord,
  qualityReport,
  reportExported,
  reportExportRequest,
  reportRange,
  staffEngagementInput,
  staffEngagementRecord,
  summaryQuery,
  summaryReport,
  wojewodaReport,
} from './reports.schema'

const byId = z.strictObject({ id: recordId })
const noInput = z.undefined()

export const reportsContract = {
  'reports:summary': { input: summaryQuery, output: summaryReport },
  'reports:wojewoda': { input: reportRange, output: wojewodaReport },
  'reports:drill': { input: drillQuery, output: drillDown },
  'reports:charts': { input: chartsQuery, output: chartsData },
  'reports:quality': { input: reportRange, output: qualityReport },
  'reports:export': { input: reportExportRequest, output: reportExported },
  'reports:staff': { input: noInput, output: z.array(staffEngagementRecord) },
  'reports:staffsave': { input: staffEngagementInput, output: staffEngagementRecord },
  'reports:staffremove': { input: byId, output: byId },
  'reports:funding': { input: noInput, output: z.array(fundingRecord) },
  'reports:fundingsave': { input: fundingInput, output: fundingRecord },
  'reports:fundingremove': { input: byId, output: byId },
  'reports:grants': { input: noInput, output: z.array(grantRecord) },
  'reports:grantsave': { input: grantInput, output: grantRecord },
  'reports:grantremove': { input: byId, output: byId },
} as const
