import { describe, expect, it } from 'vitest'
import { amountInWords } from './amount-in-words'

describe('amountInWords', () => {
  it.each([
    [1, 'zero złotych 01/100'],
    [100, 'jeden złoty 00/100'],
    [200, 'dwa złote 00/100'],
    [500, 'pięć złotych 00/100'],
    [1200, 'dwanaście złotych 00/100'],
    [2100, 'dwadzieścia jeden złotych 00/100'],
    [2200, 'dwadzieścia dwa złote 00/100'],
    [10_100, 'sto jeden złotych 00/100'],
    [100_000, 'tysiąc złotych 00/100'],
    [200_000, 'dwa tysiące złotych 00/100'],
    [500_000, 'pięć tysięcy złotych 00/100'],
    [1_234_567, 'dwanaście tysięcy trzysta czterdzieści pięć złotych 67/100'],
    [123_456, 'tysiąc dwieście trzydzieści cztery złote 56/100'],
    [100_000_000, 'milion złotych 00/100'],
  ])('%i gr → %s', (grosze, words) => {
    expect(amountInWords(grosze)).toBe(words)
  })

  it('refuses negative and fractional amounts', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError)
    expect(() => amountInWords(1.5)).toThrow(RangeError)
  })
})
