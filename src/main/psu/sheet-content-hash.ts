// The content stamp of a locked sheet (its log's content_hash): a payout list can tell the locked
// months apart by it. Pure, so month lock can stamp many sheets from one read of their days.
import { createHash } from 'node:crypto'

export interface HashedDay {
  day: string
  workedMin: number
  absence: string | null
}

/** SHA-256 of the assignment, the month and the days in date order. */
export function sheetContentHash(assignmentId: number, month: string, days: readonly HashedDay[]): string {
  const lines = days.map((d) => `${d.day};${d.workedMin};${d.absence ?? ''}`)
  return createHash('sha256')
    .update([`przydzial:${assignmentId}`, `miesiac:${month}`, ...lines].join('\n'))
    .digest('hex')
}
