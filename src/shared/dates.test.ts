import { describe, expect, it } from 'vitest'
import { badDateMessage, parsePolishDate } from './dates'

describe('typed dates', () => {
  it('reads DD.MM.RRRR, short forms and ISO, and nothing that is not in the calendar', () => {
    expect(parsePolishDate('5.3.2026')).toBe('2026-03-05')
    expect(parsePolishDate('2026-03-05')).toBe('2026-03-05')
    expect(parsePolishDate('31.02.2026')).toBeNull()
    expect(parsePolishDate('29.02.2028')).toBe('2028-02-29')
  })

  it('says why a typed date is refused, in words a person can act on', () => {
    expect(badDateMessage('31.02.2026')).toBe('Nie ma takiej daty: 31.02.2026 — luty 2026 ma 28 dni.')
    expect(badDateMessage('31.04.2026')).toBe('Nie ma takiej daty: 31.04.2026 — kwiecień 2026 ma 30 dni.')
    expect(badDateMessage('12.13.2026')).toBe('Nie ma takiej daty: 12.13.2026 — miesiąc musi być od 1 do 12.')
    expect(badDateMessage('5.3.26')).toBe('„5.3.26” to nie data — wpisz ją jako DD.MM.RRRR, np. 05.03.2026.')
    expect(badDateMessage('05.03.2026')).toBeNull()
    expect(badDateMessage('  ')).toBeNull()
  })
})
