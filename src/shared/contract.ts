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
import { listExported, listExportRequest } from './exports.schema'
import { documentPreview, documentPrinted, documentRequest, documentSaved } from './documents.schema'

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
  'documents:print': { input: documentRequest, output: documentPrinted },
  'documents:save': { input: documentRequest, output: documentSaved },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsSchema, output: settingsSchema },
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
