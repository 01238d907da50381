// PSU money rules (DOMAIN.md §4–5). All amounts are integer grosze, all hours integer minutes.

/** Minutes worked at one hourly rate: the parts of a person-month split by rate changes. */
export interface RatedMinutes {
  minutes: number
  rateGr: number
}

/**
 * Amount due for a person-month: Σ minutes × rate / 60, rounded half-up to the grosz ONCE for the
 * whole person-month (not per day or per rate period), in exact integer arithmetic.
 */
export function amountDueGr(parts: readonly RatedMinutes[]): number {
  let sixtieths = 0
  for (const { minutes, rateGr } of parts) {
    assertNonNegativeInteger(minutes, 'minutes')
    assertNonNegativeInteger(rateGr, 'rateGr')
    sixtieths += minutes * rateGr
  }
  return divideHalfUp(sixtieths, 60)
}

/** New-regime refund as a porozumienie may state it: a share of the amount paid (60 % = 6000 bp), half-up. */
export function paidAmountRefundGr(paidGr: number, shareBp: number): number {
  assertNonNegativeInteger(paidGr, 'paidGr')
  assertShare(shareBp)
  return divideHalfUp(paidGr * shareBp, 10_000)
}

/**
 * Old-regime refund: share × Σ minutes × minimum rate in force on each day (the rate may change within
 * the month, on 1 June), rounded half-up once for the person-month, never more than what was paid.
 */
export function minimumRateRefundGr(parts: readonly RatedMinutes[], paidGr: number, shareBp: number): number {
  assertNonNegativeInteger(paidGr, 'paidGr')
  assertShare(shareBp)
  let scaled = 0
  for (const { minutes, rateGr } of parts) {
    assertNonNegativeInteger(minutes, 'minutes')
    assertNonNegativeInteger(rateGr, 'minimumRateGr')
    scaled += minutes * rateGr * shareBp
  }
  return Math.min(divideHalfUp(scaled, 60 * 10_000), paidGr)
}

/** a / b rounded half-up, for non-negative integers, exactly. */
export function divideHalfUp(a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 0 || b <= 0) {
    throw new RangeError(`Nieprawidłowe dzielenie kwot: ${a} / ${b}`)
  }
  const quotient = Math.floor(a / b)
  return (a % b) * 2 >= b ? quotient + 1 : quotient
}

function assertShare(shareBp: number): void {
  assertNonNegativeInteger(shareBp, 'shareBp')
  if (shareBp > 10_000) throw new RangeError('Udział refundacji nie może przekraczać 100%.')
}

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} musi być nieujemną liczbą całkowitą: ${value}`)
}
