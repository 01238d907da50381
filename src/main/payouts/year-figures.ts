// PSU figures of a year, per month of work and for the whole year: what the year view shows. Only
// approved or paid payout lists count (a projekt is a draft, a cancelled list is history); a refund
// belongs to the months of work its request covers. Each figure's definition is @shared/psu-figures,
// the one the reports use.
import { positionsByType, psuTotals, receivedShares, type PsuAmount, type PsuItem } from '@shared/psu-figures'

export interface YearItem extends PsuItem {
  positions: readonly { positionId: number; positionType: string }[]
}

export interface YearRequest {
  id: number
  /** null until the refund was received. */
  receivedGr: number | null
}

export type PsuFigures = Record<PsuAmount, number> & { persons: number; positions: number }

export interface PsuMonthFigures extends PsuFigures {
  month: string
}

export interface PsuYearFigures {
  year: number
  months: PsuMonthFigures[]
  /** Persons and positions counted once in the year, not summed over months. */
  total: PsuFigures
  /** Distinct positions that had hours in the year, by type ("osoba sprzątająca ×11"). */
  positionsByType: { positionType: string; positions: number }[]
}

/** `items` are the year's items and every other item of their refund requests (for the split). */
export function yearFigures(
  year: number,
  items: readonly YearItem[],
  requests: readonly YearRequest[],
): PsuYearFigures {
  const mine = items.filter((i) => i.month.startsWith(`${year}-`))
  const received = receivedShares(items, requests)
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`
    return {
      month,
      ...figures(
        mine.filter((item) => item.month === month),
        received,
      ),
    }
  })
  return {
    year,
    months,
    total: figures(mine, received),
    positionsByType: positionsByType(mine.flatMap((i) => i.positions)),
  }
}

function figures(items: readonly YearItem[], received: ReadonlyMap<number, number>): PsuFigures {
  return {
    persons: new Set(items.map((i) => i.participantId)).size,
    positions: new Set(items.flatMap((i) => i.positions.map((p) => p.positionId))).size,
    ...psuTotals(items, received),
  }
}
