// Old regime (art. 73a ustawy o promocji zatrudnienia): the hourly benefit may not be lower than the
// minimum, which changes every 1 June. A rate is checked on every day of the term, so a rate set in
// January that the June change overtakes is caught, not only the day the rate starts (issue 12).
import { addDays } from './kis-periods'
import { periodOn } from './psu-porozumienia.schema'

export interface RateFrom {
  validFrom: string
  rateGr: number
}

export interface MinimumRateFrom extends RateFrom {
  confidence: 'V' | 'S' | 'U'
}

/** A stretch of the term where the porozumienie's rate is below the minimum in force. */
export interface BelowMinimum {
  from: string
  to: string
  rateGr: number
  minimumGr: number
  minimumFrom: string
  confidence: 'V' | 'S' | 'U'
}

/** Every stretch of [from, to] in which the rate in force is below the minimum in force. */
export function belowMinimum(
  term: { from: string; to: string },
  rates: readonly RateFrom[],
  minimumRates: readonly MinimumRateFrom[],
): BelowMinimum[] {
  const starts = [
    ...new Set([
      term.from,
      ...[...rates, ...minimumRates].map((r) => r.validFrom).filter((d) => d > term.from && d <= term.to),
    ]),
  ].sort()
  const found: BelowMinimum[] = []
  starts.forEach((start, i) => {
    const rate = periodOn(rates, start)
    const minimum = periodOn(minimumRates, start)
    if (!rate || !minimum || rate.rateGr >= minimum.rateGr) return
    const end = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : term.to
    const last = found.at(-1)
    if (
      last &&
      last.rateGr === rate.rateGr &&
      last.minimumFrom === minimum.validFrom &&
      addDays(last.to, 1) === start
    ) {
      last.to = end
      return
    }
    found.push({
      from: start,
      to: end,
      rateGr: rate.rateGr,
      minimumGr: minimum.rateGr,
      minimumFrom: minimum.validFrom,
      confidence: minimum.confidence,
    })
  })
  return found
}
