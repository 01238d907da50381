// Which document to print: one variant per document kind, each naming the records it prints.
import { z } from './zod-pl'
import { recordId } from './participant.schema'

export const documentRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('karta-uczestnika'), participantId: recordId }),
])
export type DocumentRequest = z.output<typeof documentRequest>
export type DocumentKind = DocumentRequest['kind']

export const documentPreview = z.object({ pdfBase64: z.string(), fileName: z.string() })
export const documentPrinted = z.object({ printed: z.boolean() })
export const documentSaved = z.object({ path: z.string().nullable() })
