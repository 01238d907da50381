// 'psu-refundacja-otrzymana' of several periods in one pass. What the PUP paid for a request belongs to
// the person-months it covers: a request wholly in the period gives it all it received; one that also
// covers other months is split as receivedShares splits it for the drill-down (psu-figures.ts) — its
// person-months, in id order, are read only then, and are few.
import { sql, type Kysely } from 'kysely'
import { receivedShares } from '@shared/psu-figures'
import type { Database } from '../db/schema'
import {
  COUNTED_LISTS,
  countedList,
  literals,
  monthOf,
  PERIOD,
  withPeriods,
  type Period,
} from './reports.repo'

/** The received requests covering a list of period k, with how many of their lists fall in its months. */
const covering = sql`covering AS (
  SELECT t.k, q.id, q.received_gr AS receivedGr, COUNT(*) AS lists,
    SUM(l.month BETWEEN periods.month_from AND periods.month_to) AS mine
  FROM (SELECT DISTINCT k, rl.request_id FROM periods JOIN psu_payout_lists l ON ${countedList(PERIOD)}
    JOIN psu_refund_request_lists rl ON rl.list_id = l.id AND rl.active = 1) t
  JOIN periods USING (k)
  JOIN psu_refund_requests q ON q.id = t.request_id AND q.received_gr IS NOT NULL
  JOIN psu_refund_request_lists rl ON rl.request_id = q.id AND rl.active = 1
  JOIN psu_payout_lists l ON l.id = rl.list_id AND l.status IN (${literals(COUNTED_LISTS)})
  GROUP BY t.k, q.id)`

/** The refund received for each period, in grosze. */
export async function receivedByPeriod(db: Kysely<Database>, periods: readonly Period[]): Promise<number[]> {
  const start = sql`${withPeriods(periods)}, ${covering}`
  const { rows: requests } = await sql<{ k: number; id: number; receivedGr: number; whole: number }>`${start}
    SELECT k, id, receivedGr, mine = lists AS whole FROM covering`.execute(db)
  const totals = periods.map(() => 0)
  for (const r of requests) if (r.whole) totals[r.k]! += r.receivedGr
  const split = requests.filter((r) => !r.whole)
  if (split.length === 0) return totals
  // CROSS JOIN keeps SQLite from scanning every payout item first.
  const { rows: items } = await sql<{
    id: number
    refundGr: number
    requestId: number
    month: string
  }>`${start}
    SELECT DISTINCT i.id, i.refund_gr AS refundGr, c.id AS requestId, l.month FROM covering c
    CROSS JOIN psu_refund_request_lists rl ON rl.request_id = c.id AND rl.active = 1
    CROSS JOIN psu_payout_lists l ON l.id = rl.list_id AND l.status IN (${literals(COUNTED_LISTS)})
    CROSS JOIN psu_payout_items i ON i.list_id = l.id
    WHERE c.mine < c.lists ORDER BY i.id`.execute(db)
  const shares = receivedShares(items, split)
  for (const r of split) {
    const from = monthOf(periods[r.k]!.from)
    const to = monthOf(periods[r.k]!.to)
    for (const i of items)
      if (i.requestId === r.id && i.month >= from && i.month <= to) totals[r.k]! += shares.get(i.id)!
  }
  return totals
}
