import type { DocumentOutput } from '@shared/documents.schema'
import { buildDocument, createDocumentBuilders, type DocumentSources } from '../printing/documents'
import type { PrintService, PrintSource } from '../printing/print.service'
import type { Handlers } from './handle'

export function documentHandlers(
  print: PrintService,
  sources: DocumentSources,
): Pick<Handlers, 'documents:preview' | 'documents:print' | 'documents:save'> {
  const builders = createDocumentBuilders(sources)
  const source = async (output: DocumentOutput): Promise<PrintSource> =>
    'previewToken' in output ? output : buildDocument(builders, output)
  return {
    'documents:preview': async (request) => print.preview(await buildDocument(builders, request)),
    'documents:print': async (output) => print.print(await source(output)),
    'documents:save': async (output) => print.save(await source(output)),
  }
}
