// Small helpers of the payouts screens: month choices of a porozumienie, money typed in złoty, colours.
import { formatMonth } from '@shared/psu-calendar'
import type { PayoutStatus, PorozumienieOption } from '@shared/payouts.schema'
import type { RefundStatus } from '@shared/payouts-refunds.schema'

export const STATUS_COLORS: Record<PayoutStatus, string> = {
  projekt: 'blue',
  zatwierdzona: 'teal',
  wyplacona: 'green',
  anulowana: 'gray',
}

export const REFUND_COLORS: Record<RefundStatus, string> = {
  zlozony: 'blue',
  otrzymany: 'green',
  anulowany: 'gray',
}

/** Every month of the porozumienie's period, newest first, as Select options ("marzec 2026"). */
export function monthOptions(p: PorozumienieOption): { value: string; label: string }[] {
  const months: string[] = []
  let [y, m] = p.periodFrom.slice(0, 7).split('-').map(Number) as [number, number]
  const last = p.periodTo.slice(0, 7)
  for (let key = p.periodFrom.slice(0, 7); key <= last;) {
    months.push(key)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
    key = `${y}-${String(m).padStart(2, '0')}`
  }
  return months.reverse().map((value) => ({ value, label: formatMonth(value) }))
}

/** The month payouts are usually made for: the previous one (paid in arrears), if the porozumienie has it. */
export function defaultMonth(p: PorozumienieOption, today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
  const options = monthOptions(p).map((o) => o.value)
  return options.includes(previous) ? previous : (options[options.length - 1] ?? previous)
}

/** 1234.56 typed in złoty → 123456 grosze; null for an empty field. */
export function zlotyToGrosze(value: number | string): number | null {
  if (value === '' || value === null) return null
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'))
  return Number.isFinite(n) ? Math.round(n * 100) : null
}

/** The refusal for an amount typed in złoty, or null when it is a non-negative sum in grosze. */
export function amountFieldError(grosze: number | null): string | null {
  if (grosze === null) return 'Podaj kwotę.'
  if (grosze < 0) return 'Kwota nie może być ujemna.'
  return null
}
