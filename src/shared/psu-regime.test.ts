import { describe, expect, it } from 'vitest'
import { formatBasisPoints, REGIMES, regimeFor } from './psu-regime'

describe('regimeFor', () => {
  it('puts porozumienia signed before 1 June 2025 under the old rules, from that day under the new act', () => {
    expect(regimeFor('2025-05-31')).toBe('stary')
    expect(regimeFor('2025-06-01')).toBe('nowy')
    expect(regimeFor('2018-01-15')).toBe('stary')
    expect(REGIMES.stary.legalBasis).toMatch(/art\. 73a.*Dz\.U\. 2017 poz\. 2447/)
    expect(REGIMES.nowy.legalBasis).toMatch(/20 marca 2025 r\. o rynku pracy.*Dz\.U\. 2025 poz\. 620/)
  })

  it('fixes 10 hours a week and 60 % of the minimum rate only for the old rules', () => {
    expect(REGIMES.stary).toMatchObject({
      weeklyCapMin: 600,
      maxRefundShareBp: 6000,
      refundBase: 'stawka_minimalna',
    })
    expect(REGIMES.nowy).toMatchObject({ weeklyCapMin: null, maxRefundShareBp: null, refundBase: null })
  })

  it('writes basis points as Polish percentages', () => {
    expect(formatBasisPoints(6000)).toBe('60%')
    expect(formatBasisPoints(5550)).toBe('55,5%')
    expect(formatBasisPoints(1)).toBe('0,01%')
  })
})
