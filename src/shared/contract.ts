// The one IPC contract: every channel's input and output schema. Main parses inputs with it,
// the renderer's types come from it, and the form validators are the same schemas.
import { z } from './zod-pl'
import type { Channel } from './channels'
import type { Result } from './result'
import {
  participantInput,
  participantListQuery,
  participantPage,
  participantRecord,
  recordId,
} from './participant.schema'
import { settingsSchema } from './settings.schema'
import {
  backupCreateResult,
  backupList,
  backupProgress,
  backupStatus,
  chooseRestoreFileResult,
  exportResult,
  restoreInput,
  restoreResult,
} from './backup.schema'
import { listExported, listExportRequest } from './exports.schema'
import {
  documentOutput,
  documentPreview,
  documentPrinted,
  documentRequest,
  documentSaved,
} from './documents.schema'
import {
  paymentDetailsInput,
  paymentDetailsRecord,
  payoutCancelInput,
  payoutListDetail,
  payoutListQuery,
  payoutListSummary,
  payoutMonthQuery,
  payoutMonthStatus,
  payoutPayInput,
  payoutUnpayInput,
  payoutSettingsSchema,
  payoutSources,
  payoutYear,
  payoutYearQuery,
  rateChangeInput,
  rateChangePreview,
} from './payouts.schema'
import {
  refundBoard,
  refundCancelInput,
  refundCandidates,
  refundCandidatesQuery,
  refundCreateInput,
  refundReceiveInput,
  refundRequestSummary,
} from './payouts-refunds.schema'
import { staffInput, staffList, staffListQuery, staffRecord } from './staff.schema'
import { officeSchema } from './office.schema'
import {
  closeParticipationInput,
  openParticipationInput,
  participationList,
  participationRecord,
  participationsOfPerson,
} from './participation.schema'
import {
  actionProgressInput,
  aneksInput,
  createKontraktInput,
  evaluationInput,
  kontraktList,
  kontraktRecord,
  kontraktyOfPerson,
  updateKontraktInput,
} from './kontrakt.schema'
import {
  activitiesOfPerson,
  activityInput,
  activityList,
  activityRecord,
  classCandidateList,
  classCandidatesQuery,
  groupClassInput,
  groupClassList,
  groupClassRecord,
} from './activity.schema'
import { personTimeline, timelineQuery } from './timeline.schema'
import { deadlinesBoard } from './start.schema'
import { psuContract } from './psu-contract'
import { reportsContract } from './reports-contract'
import { privacyContract } from './privacy-contract'
import { importsContract } from './imports.schema'

const noInput = z.undefined()
const byId = z.strictObject({ id: recordId })

export const appInfo = z.object({
  appVersion: z.string(),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
})

export const contract = {
  'app:info': { input: noInput, output: appInfo },
  'participants:list': { input: participantListQuery, output: participantPage },
  'participants:get': { input: byId, output: participantRecord },
  'participants:create': { input: participantInput, output: participantRecord },
  'participants:update': {
    input: z.strictObject({ id: recordId, data: participantInput }),
    output: participantRecord,
  },
  'participants:archive': { input: byId, output: participantRecord },
  'exports:list': { input: listExportRequest, output: listExported },
  'documents:preview': { input: documentRequest, output: documentPreview },
  'documents:print': { input: documentOutput, output: documentPrinted },
  'documents:save': { input: documentOutput, output: documentSaved },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsSchema, output: settingsSchema },
  'backup:status': { input: noInput, output: backupStatus },
  'backup:list': { input: noInput, output: backupList },
  'backup:progress': { input: noInput, output: backupProgress },
  'backup:create': { input: noInput, output: backupCreateResult },
  'backup:pick': { input: noInput, output: chooseRestoreFileResult },
  'backup:restore': { input: restoreInput, output: restoreResult },
  'backup:undo': { input: noInput, output: restoreResult },
  'backup:reveal': { input: noInput, output: z.undefined() },
  'backup:export': { input: noInput, output: exportResult },
  'staff:list': { input: staffListQuery, output: staffList },
  'staff:create': { input: staffInput, output: staffRecord },
  'staff:update': { input: z.strictObject({ id: recordId, data: staffInput }), output: staffRecord },
  'staff:delete': { input: byId, output: byId },
  'office:get': { input: noInput, output: officeSchema },
  'office:update': { input: officeSchema, output: officeSchema },
  'participations:list': { input: participationsOfPerson, output: participationList },
  'participations:open': { input: openParticipationInput, output: participationRecord },
  'participations:close': { input: closeParticipationInput, output: participationRecord },
  'kontrakty:list': { input: kontraktyOfPerson, output: kontraktList },
  'kontrakty:get': { input: byId, output: kontraktRecord },
  'kontrakty:create': { input: createKontraktInput, output: kontraktRecord },
  'kontrakty:update': { input: updateKontraktInput, output: kontraktRecord },
  'kontrakty:sign': { input: byId, output: kontraktRecord },
  'kontrakty:amend': { input: aneksInput, output: kontraktRecord },
  'kontrakty:evaluate': { input: evaluationInput, output: kontraktRecord },
  'kontrakty:progress': { input: actionProgressInput, output: kontraktRecord },
  'activities:list': { input: activitiesOfPerson, output: activityList },
  'activities:create': { input: activityInput, output: activityRecord },
  'activities:delete': { input: byId, output: byId },
  'classes:list': { input: noInput, output: groupClassList },
  'classes:get': { input: byId, output: groupClassRecord },
  'classes:save': { input: groupClassInput, output: groupClassRecord },
  'classes:candidates': { input: classCandidatesQuery, output: classCandidateList },
  'timeline:person': { input: timelineQuery, output: personTimeline },
  'start:board': { input: noInput, output: deadlinesBoard },
  'payouts:sources': { input: noInput, output: payoutSources },
  'payouts:month': { input: payoutMonthQuery, output: payoutMonthStatus },
  'payouts:list': { input: payoutListQuery, output: z.array(payoutListSummary) },
  'payouts:get': { input: byId, output: payoutListDetail },
  'payouts:compute': { input: payoutMonthQuery, output: payoutListDetail },
  'payouts:approve': { input: byId, output: payoutListDetail },
  'payouts:cancel': { input: payoutCancelInput, output: payoutListDetail },
  'payouts:pay': { input: payoutPayInput, output: payoutListDetail },
  'payouts:unpay': { input: payoutUnpayInput, output: payoutListDetail },
  'payouts:payment': { input: paymentDetailsInput, output: paymentDetailsRecord },
  'payouts:preview': { input: rateChangeInput, output: rateChangePreview },
  'payouts:year': { input: payoutYearQuery, output: payoutYear },
  'payouts:settings': { input: noInput, output: payoutSettingsSchema },
  'payouts:configure': { input: payoutSettingsSchema, output: payoutSettingsSchema },
  'refunds:board': { input: noInput, output: refundBoard },
  'refunds:candidates': { input: refundCandidatesQuery, output: refundCandidates },
  'refunds:create': { input: refundCreateInput, output: refundRequestSummary },
  'refunds:receive': { input: refundReceiveInput, output: refundRequestSummary },
  'refunds:cancel': { input: refundCancelInput, output: refundRequestSummary },
  ...psuContract,
  ...reportsContract,
  ...privacyContract,
  ...importsContract,
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>

type Contract = typeof contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = z.output<Contract[C]['output']>

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never
type Verb<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never

type Call<C extends Channel> =
  undefined extends Input<C>
    ? (input?: Input<C>) => Promise<Result<Output<C>>>
    : (input: Input<C>) => Promise<Result<Output<C>>>

/** window.api: `api.participants.list(query)` calls channel `participants:list`. */
export type Api = {
  [D in Domain<Channel>]: { [V in Verb<Channel, D>]: Call<Extract<Channel, `${D}:${V}`>> }
}
