// The board of refunds the PUP owes: overdue first (longest overdue on top), then the rest still owed by
// due date, then received (latest first), then cancelled. Received amounts that differ are flagged.
import { daysBetween } from '@shared/kis-periods'

export interface BoardRequest {
  id: number
  requestedOn: string
  dueOn: string
  requestedGr: number
  status: 'zlozony' | 'otrzymany' | 'anulowany'
  receivedOn: string | null
  receivedGr: number | null
}

export interface BoardFlags {
  /** Days past the due date while still owed; 0 otherwise. */
  overdueDays: number
  /** received − requested when it differs, else null. */
  differenceGr: number | null
}

export function boardFlags(r: BoardRequest, today: string): BoardFlags {
  const overdueDays = r.status === 'zlozony' && today > r.dueOn ? daysBetween(r.dueOn, today) : 0
  const differenceGr =
    r.status === 'otrzymany' && r.receivedGr !== null && r.receivedGr !== r.requestedGr
      ? r.receivedGr - r.requestedGr
      : null
  return { overdueDays, differenceGr }
}

const RANK = { zlozony: 0, otrzymany: 1, anulowany: 2 } as const

export function sortBoard<T extends BoardRequest>(requests: readonly T[], today: string): T[] {
  return [...requests].sort((a, b) => {
    if (a.status !== b.status) return RANK[a.status] - RANK[b.status]
    if (a.status === 'zlozony') {
      const overdue = boardFlags(b, today).overdueDays - boardFlags(a, today).overdueDays
      return overdue || a.dueOn.localeCompare(b.dueOn) || a.id - b.id
    }
    if (a.status === 'otrzymany') return (b.receivedOn ?? '').localeCompare(a.receivedOn ?? '') || b.id - a.id
    return b.requestedOn.localeCompare(a.requestedOn) || b.id - a.id
  })
}
