import { describe, expect, it } from 'vitest'
import { belowMinimum } from './psu-minimum'

const MINIMUM = [
  { validFrom: '2022-06-01', rateGr: 950, confidence: 'U' as const },
  { validFrom: '2023-06-01', rateGr: 1090, confidence: 'S' as const },
]

describe('rate below the minimum (art. 73a ustawy o promocji zatrudnienia; minimum valorised each 1 June)', () => {
  it('catches a rate the 1 June change overtakes inside the term, not only on the day the rate starts', () => {
    const found = belowMinimum(
      { from: '2023-01-01', to: '2023-12-31' },
      [{ validFrom: '2023-01-01', rateGr: 1000 }],
      MINIMUM,
    )
    expect(found).toEqual([
      {
        from: '2023-06-01',
        to: '2023-12-31',
        rateGr: 1000,
        minimumGr: 1090,
        minimumFrom: '2023-06-01',
        confidence: 'S',
      },
    ])
  })

  it('ends the stretch where the porozumienie raises the rate, and finds nothing for a rate at the minimum', () => {
    const rates = [
      { validFrom: '2023-01-01', rateGr: 1000 },
      { validFrom: '2023-09-01', rateGr: 1090 },
    ]
    expect(belowMinimum({ from: '2023-01-01', to: '2023-12-31' }, rates, MINIMUM)).toMatchObject([
      { from: '2023-06-01', to: '2023-08-31' },
    ])
    expect(
      belowMinimum(
        { from: '2023-06-01', to: '2023-12-31' },
        [{ validFrom: '2023-06-01', rateGr: 1090 }],
        MINIMUM,
      ),
    ).toEqual([])
  })

  it('reports a rate below the minimum from the first day, and ignores a change after the term', () => {
    const found = belowMinimum(
      { from: '2022-07-01', to: '2023-05-31' },
      [{ validFrom: '2022-07-01', rateGr: 900 }],
      MINIMUM,
    )
    expect(found).toEqual([
      {
        from: '2022-07-01',
        to: '2023-05-31',
        rateGr: 900,
        minimumGr: 950,
        minimumFrom: '2022-06-01',
        confidence: 'U',
      },
    ])
  })
})
