import { describe, expect, it } from 'vitest'
import { DEFAULT_BACKUP_RETENTION } from '@shared/backup.schema'
import { backupsToKeep } from './retention'

/** One backup a day at 18:00 local time, for `days` days ending on `last`. */
function daily(last: Date, days: number) {
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(last.getFullYear(), last.getMonth(), last.getDate() - i, 18)
    return { path: `b-${i}`, createdAt: d.toISOString() }
  })
}

describe('backupsToKeep', () => {
  it('keeps the newest of each of the last 7 days, 4 ISO weeks and 12 months', () => {
    // Sunday 2026-03-29: the last 7 days are 23–29 March (Mon–Sun, one ISO week).
    const backups = daily(new Date(2026, 2, 29), 400)
    const keep = backupsToKeep(backups, DEFAULT_BACKUP_RETENTION)
    const kept = backups.filter((b) => keep.has(b.path)).map((b) => new Date(b.createdAt).toDateString())
    expect(kept.slice(0, 7)).toEqual(
      daily(new Date(2026, 2, 29), 7).map((b) => new Date(b.createdAt).toDateString()),
    )
    // Weeks: the Sundays 22, 15 and 8 March beside this week's 29 March.
    expect(kept).toEqual(expect.arrayContaining(['Sun Mar 22 2026', 'Sun Mar 15 2026', 'Sun Mar 08 2026']))
    // Months: the last day of each earlier month, back to April 2025.
    expect(kept).toEqual(expect.arrayContaining(['Sat Feb 28 2026', 'Wed Dec 31 2025', 'Wed Apr 30 2025']))
    expect(kept).not.toContain('Mon Mar 31 2025')
    expect(keep.size).toBe(7 + 3 + 11)
  })

  it('always keeps the newest, even with every count at zero', () => {
    const backups = daily(new Date(2026, 0, 10), 5)
    expect([...backupsToKeep(backups, { daily: 0, weekly: 0, monthly: 0 })]).toEqual(['b-0'])
  })

  it('counts days that have backups, not calendar days (a holiday gap loses nothing)', () => {
    const before = daily(new Date(2026, 0, 5), 3).map((b) => ({ ...b, path: `early-${b.path}` }))
    const backups = [...daily(new Date(2026, 0, 20), 3), ...before]
    const keep = backupsToKeep(backups, { daily: 5, weekly: 0, monthly: 0 })
    expect(keep.size).toBe(5)
  })

  it('keeps only the newest of several backups made the same day', () => {
    const day = [9, 12, 17].map((h) => ({ path: `h${h}`, createdAt: new Date(2026, 4, 4, h).toISOString() }))
    expect([...backupsToKeep(day, { daily: 7, weekly: 4, monthly: 12 })]).toEqual(['h17'])
  })
})
