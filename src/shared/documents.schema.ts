// Which document to print: one variant per document kind, each naming the records it prints.
import { z } from './zod-pl'
import { recordId } from './participant.schema'
import { psuSheetsRequest } from './psu-timesheets.schema'
import { psuPlanRequest } from './psu-plan.schema'
import { reportDocumentRequests } from './reports.schema'
import { RECOVERY_CODE } from './lock.schema'

export const documentRequest = z.discriminatedUnion('kind', [
  /** `copy`: the copy attached to a refund request, certified "za zgodność z oryginałem". */
  z.strictObject({ kind: z.literal('lista-wyplat'), listId: recordId, copy: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('wniosek-refundacja'), requestId: recordId }),
  z.strictObject({ kind: z.literal('porozumienie-psu'), porozumienieId: recordId }),
  z.strictObject({ kind: z.literal('karta-uczestnika'), participantId: recordId }),
  z.strictObject({ kind: z.literal('kontrakt-socjalny'), kontraktId: recordId }),
  z.strictObject({ kind: z.literal('kontrakt-aneks'), aneksId: recordId }),
  z.strictObject({ kind: z.literal('kontrakt-ocena'), evaluationId: recordId }),
  z.strictObject({ kind: z.literal('zaswiadczenie-kis'), participationId: recordId }),
  z.strictObject({
    kind: z.literal('kod-odzyskiwania'),
    code: z.string().regex(RECOVERY_CODE, 'To nie jest kod odzyskiwania.'),
  }),
  psuSheetsRequest,
  psuPlanRequest,
  ...reportDocumentRequests,
])
export type DocumentRequest = z.output<typeof documentRequest>
export type DocumentKind = DocumentRequest['kind']

/** `previewToken` names the PDF main kept from the last preview: save and print reuse it. */
export const documentPreview = z.object({
  pdfBase64: z.string(),
  fileName: z.string(),
  previewToken: z.uuid(),
})
/** Print or save: a document built afresh, or the one just previewed (its bytes, not rendered again). */
export const documentOutput = z.union([documentRequest, z.strictObject({ previewToken: z.uuid() })])
export type DocumentOutput = z.output<typeof documentOutput>
export const documentPrinted = z.object({ printed: z.boolean() })
export const documentSaved = z.object({ path: z.string().nullable() })
