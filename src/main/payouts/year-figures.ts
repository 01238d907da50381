// PSU figures of a year, per month of work and for the whole year: what the year view shows and the
// yearly report uses. Only approved or paid payout lists count (a projekt is a draft, a cancelled list
// is history); a refund belongs to the months of work its request covers.

export interface YearItem {
  /** YYYY-MM of the work. */
  month: string
  participantId: number
  positions: readonly { positionId: number; positionType: string }[]
  workedMin: number
  amountGr: number
  /** Paid to the person (the amount, once marked paid), else 0. */
  paidGr: number
  refundGr: number
  /** The refund request (not cancelled) the item's list is in, if any. */
  requestId: number | null
}

export interface YearRequest {
  id: number
  /** null until the refund was received. */
  receivedGr: number | null
}

export interface PsuFigures {
  persons: number
  positions: number
  workedMin: number
  amountGr: number
  paidGr: number
  refundDueGr: number
  refundRequestedGr: number
  refundReceivedGr: number
}

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

export function yearFigures(
  year: number,
  items: readonly YearItem[],
  requests: readonly YearRequest[],
): PsuYearFigures {
  const mine = items.filter((i) => i.month.startsWith(`${year}-`))
  const received = receivedByItem(items, requests)
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
  const types = new Map<string, Set<number>>()
  for (const item of mine) {
    for (const p of item.positions) {
      types.set(p.positionType, (types.get(p.positionType) ?? new Set()).add(p.positionId))
    }
  }
  return {
    year,
    months,
    total: figures(mine, received),
    positionsByType: [...types.entries()]
      .map(([positionType, ids]) => ({ positionType, positions: ids.size }))
      .sort((a, b) => b.positions - a.positions || a.positionType.localeCompare(b.positionType, 'pl')),
  }
}

function figures(items: readonly YearItem[], received: ReadonlyMap<YearItem, number>): PsuFigures {
  const sum = (f: (i: YearItem) => number) => items.reduce((acc, i) => acc + f(i), 0)
  return {
    persons: new Set(items.map((i) => i.participantId)).size,
    positions: new Set(items.flatMap((i) => i.positions.map((p) => p.positionId))).size,
    workedMin: sum((i) => i.workedMin),
    amountGr: sum((i) => i.amountGr),
    paidGr: sum((i) => i.paidGr),
    refundDueGr: sum((i) => i.refundGr),
    refundRequestedGr: sum((i) => (i.requestId === null ? 0 : i.refundGr)),
    refundReceivedGr: sum((i) => received.get(i) ?? 0),
  }
}

/**
 * The amount received for a request spread over its items in proportion to their refunds, so that
 * months (and years) add up to exactly what the PUP paid, even when it paid a different sum.
 */
function receivedByItem(items: readonly YearItem[], requests: readonly YearRequest[]): Map<YearItem, number> {
  const result = new Map<YearItem, number>()
  for (const request of requests) {
    if (request.receivedGr === null) continue
    const covered = items.filter((i) => i.requestId === request.id)
    const shares = allocateProportionally(
      request.receivedGr,
      covered.map((i) => i.refundGr),
    )
    covered.forEach((item, k) => result.set(item, shares[k]!))
  }
  return result
}

/** Splits a total in integer grosze by weights (largest remainder); equal weights if all are zero. */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return []
  const sum = weights.reduce((a, b) => a + b, 0)
  const w = sum === 0 ? weights.map(() => 1) : weights
  const wSum = sum === 0 ? weights.length : sum
  const exact = w.map((x) => (total * x) / wSum)
  const shares = exact.map(Math.floor)
  let left = total - shares.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    shares[i]! += 1
    left -= 1
  }
  return shares
}
