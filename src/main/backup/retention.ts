// Which automatic backups to keep: the newest one of each of the last N days, weeks and months that
// have a backup (like restic's --keep-daily/weekly/monthly), and always the newest of all.
import type { BackupRetention } from '@shared/backup.schema'

export interface Dated {
  path: string
  createdAt: string
}

/** The paths to keep; the rest of `backups` may be deleted. Local calendar days, ISO weeks. */
export function backupsToKeep(backups: readonly Dated[], policy: BackupRetention): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  if (newestFirst[0]) keep.add(newestFirst[0].path)
  const buckets: [number, (d: Date) => string][] = [
    [policy.daily, dayKey],
    [policy.weekly, weekKey],
    [policy.monthly, monthKey],
  ]
  for (const [count, keyOf] of buckets) {
    const seen = new Set<string>()
    for (const backup of newestFirst) {
      if (seen.size >= count) break
      const key = keyOf(new Date(backup.createdAt))
      if (seen.has(key)) continue
      seen.add(key)
      keep.add(backup.path)
    }
  }
  return keep
}

const pad = (n: number) => String(n).padStart(2, '0')

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`
}

/** ISO 8601 week (Monday first; week 1 holds the first Thursday), as Polish calendars count. */
function weekKey(d: Date): string {
  const day = new Date(d.getFullYear(), d.getMonth(), d.getDate())
  const weekday = (day.getDay() + 6) % 7
  day.setDate(day.getDate() - weekday + 3)
  const weekYear = day.getFullYear()
  const firstThursday = new Date(weekYear, 0, 4)
  firstThursday.setDate(firstThursday.getDate() - ((firstThursday.getDay() + 6) % 7) + 3)
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / (7 * 24 * 3600 * 1000))
  return `${weekYear}-W${pad(week)}`
}
