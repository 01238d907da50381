// Builders of the PSU payout documents: load through the services, render with the templates.
import type { DocumentRequest } from '@shared/documents.schema'
import type { KisServices } from '../../app/kis-services'
import type { PayoutsService } from '../../payouts/payouts.service'
import type { RefundsService } from '../../refunds/refunds.service'
import type { PrintableDocument } from '../document-shell'
import { renderListaWyplat } from './lista-wyplat'
import { renderWniosekRefundacja } from './wniosek-refundacja'

type PayoutKind = 'lista-wyplat' | 'wniosek-refundacja'
type PayoutBuilders = {
  [K in PayoutKind]: (request: Extract<DocumentRequest, { kind: K }>) => Promise<PrintableDocument>
}

export function payoutDocumentBuilders(s: {
  kis: KisServices
  payouts: PayoutsService
  refunds: RefundsService
  now: () => Date
}): PayoutBuilders {
  return {
    'lista-wyplat': async ({ listId, copy }) =>
      renderListaWyplat({
        office: await s.kis.office.get(),
        list: await s.payouts.get(listId),
        settings: await s.payouts.settings(),
        printedAt: s.now(),
        copy,
      }),
    'wniosek-refundacja': async ({ requestId }) =>
      renderWniosekRefundacja({
        office: await s.kis.office.get(),
        statement: await s.refunds.statement(requestId),
        settings: await s.payouts.settings(),
      }),
  }
}
