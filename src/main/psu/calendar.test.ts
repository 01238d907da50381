import { describe, expect, it } from 'vitest'
import { holidayOn, monthCalendar, publicHolidays } from './calendar'

describe('Polish public holidays', () => {
  it('has 13 holidays in 2024 and 14 from 2025, when 24 December became one', async () => {
    expect((await publicHolidays(2024)).size).toBe(13)
    expect((await publicHolidays(2025)).size).toBe(14)
    expect((await publicHolidays(2026)).size).toBe(14)
    expect(await holidayOn('2024-12-24')).toBeNull()
    expect(await holidayOn('2025-12-24')).toBe('Wigilia Bożego Narodzenia')
    expect(await holidayOn('2026-12-24')).toBe('Wigilia Bożego Narodzenia')
  })

  it('moves Easter, Pentecost and Corpus Christi with the year', async () => {
    expect(await holidayOn('2024-03-31')).toBe('Niedziela Wielkanocna')
    expect(await holidayOn('2024-04-01')).toBe('Drugi dzień Wielkanocy')
    expect(await holidayOn('2025-04-20')).toBe('Niedziela Wielkanocna')
    expect(await holidayOn('2025-04-21')).toBe('Drugi dzień Wielkanocy')
    expect(await holidayOn('2026-04-06')).toBe('Drugi dzień Wielkanocy')
    expect(await holidayOn('2024-05-30')).toBe('Boże Ciało')
    expect(await holidayOn('2025-06-19')).toBe('Boże Ciało')
    expect(await holidayOn('2026-06-04')).toBe('Boże Ciało')
    expect(await holidayOn('2025-06-08')).toBe('Zielone Świątki')
    // Maundy Thursday, Good Friday and 2 May are not public holidays.
    expect(await holidayOn('2025-04-17')).toBeNull()
    expect(await holidayOn('2025-04-18')).toBeNull()
    expect(await holidayOn('2025-05-02')).toBeNull()
  })

  it('lists the fixed holidays of the statute', async () => {
    const fixed = ['01-01', '01-06', '05-01', '05-03', '08-15', '11-01', '11-11', '12-25', '12-26']
    for (const day of fixed) expect(await holidayOn(`2026-${day}`), day).not.toBeNull()
  })
})

describe('monthCalendar', () => {
  it('greys weekends and holidays: April 2025 with Easter Monday', async () => {
    const april = await monthCalendar('2025-04')
    expect(april).toHaveLength(30)
    expect(april[0]).toEqual({ date: '2025-04-01', weekday: 2, holiday: null, dayOff: false })
    const easterMonday = april.find((d) => d.date === '2025-04-21')!
    expect(easterMonday).toMatchObject({ weekday: 1, dayOff: true, holiday: 'Drugi dzień Wielkanocy' })
    // Eight weekend days (Easter Sunday is one of them) and Easter Monday.
    expect(april.filter((d) => d.dayOff)).toHaveLength(8 + 1)
  })

  it('counts working days in December 2024 and December 2025 differently (24 December)', async () => {
    const working = async (m: string) => (await monthCalendar(m)).filter((d) => !d.dayOff).length
    expect((await monthCalendar('2024-12')).find((d) => d.date === '2024-12-24')).toMatchObject({
      dayOff: false,
    })
    expect((await monthCalendar('2025-12')).find((d) => d.date === '2025-12-24')).toMatchObject({
      dayOff: true,
    })
    expect(await working('2024-12')).toBe(20)
    expect(await working('2025-12')).toBe(20)
    expect(await working('2026-06')).toBe(21)
  })

  it('has 29 days in February of a leap year', async () => {
    expect(await monthCalendar('2024-02')).toHaveLength(29)
    expect(await monthCalendar('2026-02')).toHaveLength(28)
  })
})
