import { buildDocument, createDocumentBuilders, type DocumentSources } from '../printing/documents'
import type { PrintService } from '../printing/print.service'
import type { Handlers } from './handle'

export function documentHandlers(
  print: PrintService,
  sources: DocumentSources,
): Pick<Handlers, 'documents:preview' | 'documents:print' | 'documents:save'> {
  const builders = createDocumentBuilders(sources)
  return {
    'documents:preview': async (request) => print.preview(await buildDocument(builders, request)),
    'documents:print': async (request) => print.print(await buildDocument(builders, request)),
    'documents:save': async (request) => print.save(await buildDocument(builders, request)),
  }
}
