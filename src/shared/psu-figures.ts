// What each PSU figure counts, defined once for the payouts year view and the reports: one record per
// person-month on an approved or paid payout list; the refund received for a request is spread over
// its person-months in proportion to their refunds, so months and years add up to what the PUP paid.

/** A person-month on a counted payout list. */
export interface PsuItem {
  /** The payout item's id. */
  id: number
  /** YYYY-MM of the work. */
  month: string
  participantId: number
  workedMin: number
  amountGr: number
  /** The day it was paid, null until then. */
  paidOn: string | null
  refundGr: number
  /** The refund request (not cancelled) the item's list is in, if any. */
  requestId: number | null
}

/** The summed PSU figures: each item's contribution (received comes from the split, by item id). */
export const PSU_AMOUNTS = {
  workedMin: (i: PsuItem) => i.workedMin,
  amountGr: (i: PsuItem) => i.amountGr,
  paidGr: (i: PsuItem) => (i.paidOn ? i.amountGr : 0),
  refundDueGr: (i: PsuItem) => i.refundGr,
  refundRequestedGr: (i: PsuItem) => (i.requestId === null ? 0 : i.refundGr),
  refundReceivedGr: (i: PsuItem, received: ReadonlyMap<number, number>) => received.get(i.id) ?? 0,
} as const
export type PsuAmount = keyof typeof PSU_AMOUNTS

export function psuTotals(
  items: readonly PsuItem[],
  received: ReadonlyMap<number, number>,
): Record<PsuAmount, number> {
  const sum = (f: (i: PsuItem, r: ReadonlyMap<number, number>) => number) =>
    items.reduce((acc, i) => acc + f(i, received), 0)
  return {
    workedMin: sum(PSU_AMOUNTS.workedMin),
    amountGr: sum(PSU_AMOUNTS.amountGr),
    paidGr: sum(PSU_AMOUNTS.paidGr),
    refundDueGr: sum(PSU_AMOUNTS.refundDueGr),
    refundRequestedGr: sum(PSU_AMOUNTS.refundRequestedGr),
    refundReceivedGr: sum(PSU_AMOUNTS.refundReceivedGr),
  }
}

/**
 * Each item's share of the refund received for its request (item id → grosze). `items` are every item
 * of the requests, also of months outside the period asked about, in id order; requests not yet
 * received give nothing.
 */
export function receivedShares(
  items: readonly { id: number; refundGr: number; requestId: number | null }[],
  requests: readonly { id: number; receivedGr: number | null }[],
): Map<number, number> {
  const shares = new Map<number, number>()
  for (const request of requests) {
    if (request.receivedGr === null) continue
    const covered = items.filter((i) => i.requestId === request.id)
    const split = allocateProportionally(
      request.receivedGr,
      covered.map((i) => i.refundGr),
    )
    covered.forEach((item, k) => shares.set(item.id, split[k]!))
  }
  return shares
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

/** Distinct positions that had hours, by type ("osoba sprzątająca ×11"), most first. */
export function positionsByType(
  positions: readonly { positionId: number; positionType: string }[],
): { positionType: string; positions: number }[] {
  const types = new Map<string, Set<number>>()
  for (const p of positions)
    types.set(p.positionType, (types.get(p.positionType) ?? new Set()).add(p.positionId))
  return [...types.entries()]
    .map(([positionType, ids]) => ({ positionType, positions: ids.size }))
    .sort((a, b) => b.positions - a.positions || a.positionType.localeCompare(b.positionType, 'pl'))
}
