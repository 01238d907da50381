import { describe, expect, it } from 'vitest'
import {
  amountDueGr,
  divideHalfUp,
  minimumRateRefundGr,
  paidAmountRefundGr,
  type RatedMinutes,
} from './amounts'

/** An independent half-up: floor((2a + b) / 2b) in BigInt. */
function halfUpBig(a: bigint, b: bigint): number {
  return Number((2n * a + b) / (2n * b))
}

describe('amountDueGr', () => {
  it('multiplies hours by the rate: 40 h at 12,20 zł is 488,00 zł', () => {
    expect(amountDueGr([{ minutes: 40 * 60, rateGr: 1220 }])).toBe(48_800)
  })

  it('rounds half-up once per person-month, not per part', () => {
    // 1 min at 0,30 zł = 0,5 gr → 1 gr; two such parts: 1 gr in total, not 2.
    expect(amountDueGr([{ minutes: 1, rateGr: 30 }])).toBe(1)
    expect(
      amountDueGr([
        { minutes: 1, rateGr: 30 },
        { minutes: 1, rateGr: 30 },
      ]),
    ).toBe(1)
    // 0,49 gr rounds down, 0,5 gr rounds up.
    expect(amountDueGr([{ minutes: 1, rateGr: 29 }])).toBe(0)
    expect(amountDueGr([{ minutes: 30, rateGr: 1 }])).toBe(1)
  })

  it('sums a rate change in the middle of the month before rounding', () => {
    // 20 h 30 min at 10,90 zł and 19 h 30 min at 12,20 zł.
    const parts = [
      { minutes: 1230, rateGr: 1090 },
      { minutes: 1170, rateGr: 1220 },
    ]
    expect(amountDueGr(parts)).toBe(halfUpBig(1230n * 1090n + 1170n * 1220n, 60n))
    expect(amountDueGr(parts)).toBe(46_135)
  })

  it('agrees with an independent BigInt calculation on 2 000 random person-months', () => {
    let seed = 42
    const next = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % max
    for (let i = 0; i < 2000; i++) {
      const parts: RatedMinutes[] = Array.from({ length: 1 + next(3) }, () => ({
        minutes: next(60 * 60),
        rateGr: 500 + next(3000),
      }))
      const sum = parts.reduce((acc, p) => acc + BigInt(p.minutes) * BigInt(p.rateGr), 0n)
      expect(amountDueGr(parts)).toBe(halfUpBig(sum, 60n))
    }
  })

  it('refuses fractions and negative values', () => {
    expect(() => amountDueGr([{ minutes: 1.5, rateGr: 100 }])).toThrow(RangeError)
    expect(() => amountDueGr([{ minutes: 60, rateGr: -1 }])).toThrow(RangeError)
  })
})

describe('paidAmountRefundGr', () => {
  it('takes a share of the amount paid when a new-regime porozumienie says so', () => {
    expect(paidAmountRefundGr(48_801, 5000)).toBe(24_401)
    expect(paidAmountRefundGr(48_800, 0)).toBe(0)
  })

  it('refuses a share above 100 %', () => {
    expect(() => paidAmountRefundGr(100, 10_001)).toThrow(/100%/)
  })
})

describe('divideHalfUp', () => {
  it('rounds exact halves up and everything else to the nearest', () => {
    expect(divideHalfUp(5, 10)).toBe(1)
    expect(divideHalfUp(4, 10)).toBe(0)
    expect(divideHalfUp(15, 10)).toBe(2)
    expect(divideHalfUp(0, 7)).toBe(0)
    expect(() => divideHalfUp(1, 0)).toThrow(RangeError)
  })
})

describe('minimumRateRefundGr', () => {
  it('refunds 60 % of the minimum rate for the hours worked in the old regime', () => {
    // 40 h × 12,20 zł × 60 % = 292,80 zł
    expect(minimumRateRefundGr([{ minutes: 40 * 60, rateGr: 1220 }], 48_800, 6000)).toBe(29_280)
  })

  it('never refunds more than was paid', () => {
    expect(minimumRateRefundGr([{ minutes: 40 * 60, rateGr: 1220 }], 10_000, 6000)).toBe(10_000)
    expect(minimumRateRefundGr([{ minutes: 60, rateGr: 1220 }], 0, 6000)).toBe(0)
  })

  it('rounds half-up once', () => {
    // 1 min × 12,20 zł × 60 % = 0,122 zł = 12,2 gr → 12 gr; 5 min → 61 gr.
    expect(minimumRateRefundGr([{ minutes: 1, rateGr: 1220 }], 1000, 6000)).toBe(12)
    expect(minimumRateRefundGr([{ minutes: 5, rateGr: 1220 }], 1000, 6000)).toBe(61)
  })

  it('sums the parts at each minimum rate before rounding, and caps at the amount paid', () => {
    // 60 % × (90 min × 10,90 zł + 90 min × 12,20 zł) / 60 = 20,79 zł
    const parts = [
      { minutes: 90, rateGr: 1090 },
      { minutes: 90, rateGr: 1220 },
    ]
    expect(minimumRateRefundGr(parts, 10_000, 6000)).toBe(2079)
    expect(minimumRateRefundGr(parts, 2000, 6000)).toBe(2000)
  })

  it('refuses a share above 100 %', () => {
    expect(() => minimumRateRefundGr([{ minutes: 60, rateGr: 1220 }], 100, 10_001)).toThrow(/100%/)
  })
})
