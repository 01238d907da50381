// Hours are stored as integer minutes; people type and read them as hours: "4", "3,5", "3.5", "3:30".

export const MINUTES_PER_DAY_MAX = 24 * 60
export const MINUTE_STEP = 30

export type HoursParse = { ok: true; minutes: number } | { ok: false; message: string }

/** Reads what a person types in an hours cell. An empty cell is 0 minutes. */
export function parseHours(text: string): HoursParse {
  const t = text.trim().replace(/\s+/g, '')
  if (t === '') return { ok: true, minutes: 0 }
  let minutes: number
  const clock = /^(\d{1,2}):(\d{2})$/.exec(t)
  if (clock) {
    minutes = Number(clock[1]) * 60 + Number(clock[2])
    if (Number(clock[2]) >= 60)
      return { ok: false, message: `„${text.trim()}” nie jest poprawną liczbą godzin.` }
  } else if (/^\d{1,2}([.,]\d{0,2})?$/.test(t)) {
    // "4," is what a cell holds halfway through typing "4,5": read it as 4.
    minutes = Math.round(Number(t.replace(',', '.').replace(/\.$/, '')) * 60)
  } else {
    return { ok: false, message: `„${text.trim()}” nie jest liczbą godzin — wpisz np. 4 albo 3,5.` }
  }
  const problem = checkDayMinutes(minutes)
  return problem ? { ok: false, message: problem } : { ok: true, minutes }
}

/** Why minutes cannot stand for one day, or null when they can. */
export function checkDayMinutes(minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY_MAX) {
    return 'Liczba godzin w dniu musi wynosić od 0 do 24.'
  }
  if (minutes % MINUTE_STEP !== 0) return 'Godziny wpisuje się w pełnych godzinach lub połówkach (np. 3,5).'
  return null
}

/** 210 → "3,5", 240 → "4", 0 → "0". */
export function formatHours(minutes: number): string {
  const hours = minutes / 60
  if (Number.isInteger(hours)) return String(hours)
  return String(Math.round(hours * 100) / 100).replace('.', ',')
}

/** 210 → "3,5 h". */
export function formatHoursUnit(minutes: number): string {
  return `${formatHours(minutes)} h`
}
