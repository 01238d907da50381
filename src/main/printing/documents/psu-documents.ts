// Builders of the PSU documents: timesheets for a month (blank or filled, all or chosen), the needs plan,
// and a porozumienie's terms.
import type { DocumentRequest } from '@shared/documents.schema'
import { formatDate, todayIso } from '@shared/dates'
import { formatMonth } from '@shared/psu-calendar'
import { DomainError } from '../../errors'
import type { SettingsService } from '../../settings/settings.service'
import type { PsuServices } from '../../psu/psu-services'
import { monthCalendar } from '../../psu/calendar'
import type { PrintableDocument } from '../document-shell'
import { renderKartaEwidencjiGodzin } from './karta-ewidencji-godzin'
import { renderPlanPotrzebPsu } from './plan-potrzeb-psu'
import { renderPorozumieniePsu } from './porozumienie-psu'

type PsuKind = 'psu-karty' | 'psu-plan' | 'porozumienie-psu'
type PsuBuilders = {
  [K in PsuKind]: (request: Extract<DocumentRequest, { kind: K }>) => Promise<PrintableDocument>
}

export function psuDocumentBuilders(s: {
  settings: SettingsService
  psu: PsuServices
  now: () => Date
}): PsuBuilders {
  return {
    'psu-karty': async ({ month, order, filled, assignmentIds }) => {
      const sheets = await s.psu.timesheets.forPrint(month, order, assignmentIds)
      if (sheets.length === 0) {
        throw new DomainError(
          'CONFLICT',
          `W miesiącu ${formatMonth(month)} nie ma przydziałów — nie ma czego drukować.`,
        )
      }
      const psuSettings = await s.psu.plan.settings()
      return renderKartaEwidencjiGodzin({
        officeName: (await s.settings.get()).officeName,
        month,
        days: await monthCalendar(month),
        sheets,
        filled,
        peselTail: psuSettings.sheetPesel === 'koncowka',
        single: assignmentIds !== null && assignmentIds.length === 1,
      })
    },
    'psu-plan': async ({ year }) =>
      renderPlanPotrzebPsu({
        officeName: (await s.settings.get()).officeName,
        coordinatorName: (await s.psu.plan.settings()).coordinatorName,
        plan: await s.psu.plan.get(year),
        printedAt: formatDate(todayIso(s.now())),
      }),
    'porozumienie-psu': async ({ porozumienieId }) =>
      renderPorozumieniePsu({
        officeName: (await s.settings.get()).officeName,
        porozumienie: await s.psu.porozumienia.get(porozumienieId),
        printedAt: formatDate(todayIso(s.now())),
      }),
  }
}
