// Whether a stored payout list still matches its month: every source timesheet at the version it was
// computed from, no sheet added since, and the same amounts under today's rates.
import { formatGrosze } from '@shared/money'
import { pluralPl } from '@shared/text'
import type { SheetStamp } from './month-close'

export interface CurrentSheet extends SheetStamp {
  status: 'otwarty' | 'zamkniety'
  /** "Kowalski Jan (goniec doręczyciel)" — who the sheet belongs to, for the message. */
  label: string
}

/** Polish reasons why the sheets no longer match the stamps; empty when they all do. */
export function sheetChanges(stored: readonly SheetStamp[], current: readonly CurrentSheet[]): string[] {
  const reasons: string[] = []
  const now = new Map(current.map((s) => [s.timesheetId, s]))
  const known = new Set(stored.map((s) => s.timesheetId))
  for (const stamp of stored) {
    const sheet = now.get(stamp.timesheetId)
    if (!sheet) reasons.push(`Karta nr ${stamp.timesheetId} nie należy już do tego miesiąca.`)
    else if (sheet.status === 'otwarty')
      reasons.push(`Karta: ${sheet.label} została ponownie otwarta po policzeniu listy.`)
    else if (sheet.version !== stamp.version)
      reasons.push(`Karta: ${sheet.label} była ponownie otwarta i zamknięta po policzeniu listy.`)
  }
  for (const sheet of current) {
    if (known.has(sheet.timesheetId)) continue
    reasons.push(
      sheet.status === 'zamkniety'
        ? `Nowa zamknięta karta: ${sheet.label}.`
        : `Nowa karta (jeszcze otwarta): ${sheet.label}.`,
    )
  }
  return reasons
}

export interface PersonAmounts {
  participantId: number
  name: string
  amountGr: number
  refundGr: number
}

export interface AmountChange {
  participantId: number
  name: string
  /** null: the person was not on the list before / would not be on it after. */
  oldAmountGr: number | null
  newAmountGr: number | null
  oldRefundGr: number | null
  newRefundGr: number | null
}

/** People whose amount or refund differs between two computations of the same month. */
export function amountChanges(
  before: readonly PersonAmounts[],
  after: readonly PersonAmounts[],
): AmountChange[] {
  const next = new Map(after.map((p) => [p.participantId, p]))
  const changes: AmountChange[] = []
  for (const old of before) {
    const now = next.get(old.participantId)
    next.delete(old.participantId)
    if (now && now.amountGr === old.amountGr && now.refundGr === old.refundGr) continue
    changes.push({
      participantId: old.participantId,
      name: old.name,
      oldAmountGr: old.amountGr,
      newAmountGr: now?.amountGr ?? null,
      oldRefundGr: old.refundGr,
      newRefundGr: now?.refundGr ?? null,
    })
  }
  for (const now of next.values()) {
    changes.push({
      participantId: now.participantId,
      name: now.name,
      oldAmountGr: null,
      newAmountGr: now.amountGr,
      oldRefundGr: null,
      newRefundGr: now.refundGr,
    })
  }
  return changes
}

/** "Inne kwoty przy obecnych stawkach: Kowalski Jan 488,00 zł → 500,00 zł." */
export function describeAmountChanges(changes: readonly AmountChange[]): string {
  const count = `${changes.length} ${pluralPl(changes.length, 'osoby', 'osób', 'osób')}`
  const shown = changes
    .slice(0, 3)
    .map((c) => `${c.name} ${money(c.oldAmountGr)} → ${money(c.newAmountGr)}`)
    .join('; ')
  return `Przy obecnych stawkach kwoty różnią się u ${count}: ${shown}${changes.length > 3 ? '; …' : ''}.`
}

function money(gr: number | null): string {
  return gr === null ? '—' : formatGrosze(gr)
}
