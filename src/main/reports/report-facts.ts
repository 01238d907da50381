// The records behind every figure of one period, with the people's names, for the drill-down and the
// charts (figures.ts lists and counts them); the summary and the wojewoda report count in SQL instead.
import type { Kysely } from 'kysely'
import { receivedShares } from '@shared/psu-figures'
import type { Database } from '../db/schema'
import type { ReportFacts } from './figures'
import * as data from './report-data.repo'
import * as repo from './reports.repo'

export async function loadFacts(db: Kysely<Database>, period: repo.Period): Promise<ReportFacts> {
  const [
    participations,
    activities,
    outcomes,
    groupRows,
    classes,
    items,
    positions,
    requestItems,
    engagements,
  ] = await Promise.all([
    repo.participationsInPeriod(db, period),
    repo.activitiesInPeriod(db, period),
    repo.outcomesOfEndedParticipations(db, period),
    repo.targetGroupsForPeriod(db, period),
    repo.groupClassesInPeriod(db, period),
    repo.payoutItemsInPeriod(db, period),
    repo.payoutPositionsInPeriod(db, period),
    repo.receivedRequestItems(db, period),
    data.engagementsInPeriod(db, period),
  ])
  const groups = new Map<number, string[]>()
  for (const g of groupRows)
    groups.set(g.participationId, [...(groups.get(g.participationId) ?? []), g.targetGroup])
  return {
    period,
    participations,
    activities,
    outcomes,
    groups,
    classes: classes.map((c) => ({ ...c, attendees: Number(c.attendees) })),
    items,
    positions,
    received: receivedShares(requestItems, requestsOf(requestItems)),
    engagements,
  }
}

/** The received requests behind the rows (each request once, with what the PUP paid). */
function requestsOf(rows: readonly repo.RequestItemFact[]): { id: number; receivedGr: number | null }[] {
  const byId = new Map(rows.map((r) => [r.requestId, r.receivedGr]))
  return [...byId.entries()].map(([id, receivedGr]) => ({ id, receivedGr }))
}
