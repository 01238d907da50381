// The figures of the yearly summary and of the report to the wojewoda as SQL aggregates, for several
// periods in one pass (a summary with its earlier years): every query joins the list of periods and
// groups by its index k, and only counts and sums leave the database — no names, no PESEL. Each
// aggregate is named by its figure id and applies the rule figures.ts applies to the records of the
// drill-down; which records belong to a period is shared with those (reports.repo.ts), and
// figure-queries.test.ts checks that both give the same numbers.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import { positionsByType } from '@shared/psu-figures'
import type { FigureId } from '@shared/reports'
import type { Database } from '../db/schema'
import { KIND_FIGURES, REINTEGRATION_REASONS } from './figures'
import { receivedByPeriod } from './received-figure'
import {
  activityInPeriod,
  classInPeriod,
  countedList,
  endedInPeriod,
  literals,
  outcomeOfEndedParticipation,
  participationInPeriod,
  PERIOD,
  withPeriods,
  type Period,
} from './reports.repo'

type Db = Kysely<Database>
type Sql = RawBuilder<unknown>

/** Distinct people among the records that meet `condition`. */
const personsWhere = (condition: Sql, person: Sql = sql`p.participant_id`) =>
  sql`COUNT(DISTINCT CASE WHEN ${condition} THEN ${person} END)`
const activityPersons = sql`COUNT(DISTINCT a.participant_id)`
const activityPersonsWhere = (condition: Sql) => personsWhere(condition, sql`a.participant_id`)
const working = activityPersonsWhere(sql`a.kind = 'zatrudnienie'`)

const reintegrated = sql`${endedInPeriod(PERIOD)} AND p.end_reason IN (${literals(REINTEGRATION_REASONS)})`
/** Art. 18a ust. 6 pkt 2 lit. b (jobsAfterReintegration): work dated after a reintegrated participation. */
const jobAfter = sql`a.kind = 'zatrudnienie' AND a.activity_date > p.end_date AND ${reintegrated}`

/** One query: its records (FROM, with `periods`), an optional grouping key, and figures by id. */
interface Aggregate {
  from: Sql
  key?: Sql
  figures: Partial<Record<FigureId, Sql>>
}

const LOADS = {
  // The participations with a day in the period; a person counts once.
  participations: aggregate({
    from: sql`periods JOIN participations p ON ${participationInPeriod(PERIOD)}
      JOIN participants r ON r.id = p.participant_id`,
    figures: {
      uczestnicy: sql`COUNT(DISTINCT p.participant_id)`,
      kobiety: personsWhere(sql`r.sex = 'K'`),
      mezczyzni: personsWhere(sql`r.sex = 'M'`),
      // isGraduate (kis-periods.ts): 'floor' puts 31.08 + 6 months on the last day of February.
      absolwenci: personsWhere(
        sql`${endedInPeriod(PERIOD)} AND p.end_date >= date(p.start_date, '+6 months', 'floor')`,
      ),
      // Participations, not people.
      'przerwane-kontrakty': sql`COUNT(CASE WHEN ${endedInPeriod(PERIOD)}
        AND p.end_reason = 'przerwanie_kontrakt' THEN 1 END)`,
      reintegracja: personsWhere(reintegrated),
    },
  }),
  targetGroups: aggregate({
    from: sql`periods JOIN participations p ON ${participationInPeriod(PERIOD)}
      JOIN participation_target_groups g ON g.participation_id = p.id`,
    key: sql`g.target_group`,
    figures: {
      'grupa-uczestnicy': sql`COUNT(DISTINCT p.participant_id)`,
      'grupa-reintegracja': personsWhere(reintegrated),
    },
  }),
  // Persons per kind also give the summary's KIND_FIGURES.
  support: aggregate({
    from: sql`periods JOIN activities a ON ${activityInPeriod(PERIOD)}`,
    key: sql`a.kind`,
    figures: { 'wsparcie-osoby': activityPersons, 'wsparcie-wpisy': sql`COUNT(*)` },
  }),
  // Work dated in the period, during the participation or after it.
  jobs: aggregate({
    from: sql`periods JOIN activities a ON a.kind = 'zatrudnienie' AND ${activityInPeriod(PERIOD)}`,
    figures: {
      zatrudnieni: activityPersons,
      'zatrudnieni-umowa-o-prace': activityPersonsWhere(sql`a.employment_form = 'umowa_o_prace'`),
      'zatrudnieni-cywilnoprawna': activityPersonsWhere(sql`a.employment_form = 'umowa_cywilnoprawna'`),
    },
  }),
  // Work and ZUS benefits of the participations that ended in the period: the independent.
  outcomes: aggregate({
    from: sql`periods JOIN activities a JOIN participations p ON p.id = a.participation_id
      AND ${outcomeOfEndedParticipation(PERIOD)}`,
    figures: {
      usamodzielnieni: activityPersons,
      'usamodzielnieni-praca': working,
      // The rest of the independent: a ZUS benefit and no recorded job.
      'usamodzielnieni-zus': sql`${activityPersons} - ${working}`,
      'zatrudnieni-po-kis': activityPersonsWhere(jobAfter),
    },
  }),
  groupOutcomes: aggregate({
    from: sql`periods JOIN activities a JOIN participations p ON p.id = a.participation_id
      AND ${outcomeOfEndedParticipation(PERIOD)} AND ${jobAfter}
      JOIN participation_target_groups g ON g.participation_id = p.id`,
    key: sql`g.target_group`,
    figures: { 'grupa-zatrudnieni-po-kis': activityPersons },
  }),
  classes: aggregate({
    from: sql`periods JOIN group_classes c ON ${classInPeriod(PERIOD)}`,
    figures: { 'zajecia-grupowe': sql`COUNT(*)` },
  }),
  // PSU_AMOUNTS (psu-figures.ts): one record per person-month on a counted payout list.
  payouts: aggregate({
    from: sql`periods JOIN psu_payout_lists l ON ${countedList(PERIOD)}
      JOIN psu_payout_items i ON i.list_id = l.id
      LEFT JOIN psu_refund_request_lists rl ON rl.list_id = l.id AND rl.active = 1`,
    figures: {
      'psu-osoby': sql`COUNT(DISTINCT i.participant_id)`,
      'psu-godziny': sql`SUM(i.worked_min)`,
      'psu-naliczone': sql`SUM(i.amount_gr)`,
      'psu-wyplacone': sql`SUM(CASE WHEN i.paid_on IS NOT NULL THEN i.amount_gr ELSE 0 END)`,
      'psu-refundacja-nalezna': sql`SUM(i.refund_gr)`,
      'psu-refundacja-wnioskowana': sql`SUM(CASE WHEN rl.request_id IS NOT NULL THEN i.refund_gr ELSE 0 END)`,
    },
  }),
  positions,
  async received(db: Db, periods: readonly Period[], found: Found[]) {
    const totals = await receivedByPeriod(db, periods)
    totals.forEach((total, k) => found[k]!.values.set('psu-refundacja-otrzymana', total))
  },
}
export type FigureSource = keyof typeof LOADS

export const SUMMARY_SOURCES: readonly FigureSource[] = [
  'participations',
  'support',
  'jobs',
  'outcomes',
  'classes',
  'payouts',
  'positions',
  'received',
]
export const WOJEWODA_SOURCES: readonly FigureSource[] = [
  'participations',
  'targetGroups',
  'support',
  'jobs',
  'outcomes',
  'groupOutcomes',
  'classes',
]

/** The figures of each period from the given sources, every source one query over all the periods. */
export async function figureValues(
  db: Db,
  periods: readonly Period[],
  sources: readonly FigureSource[],
): Promise<FigureValues[]> {
  const found: Found[] = periods.map(() => ({ values: new Map(), positionsByType: [] }))
  await Promise.all(sources.map((source) => LOADS[source](db, periods, found)))
  return found.map(({ values, positionsByType }) => ({
    positionsByType,
    value(id, key) {
      const kind = KIND_FIGURES[id as keyof typeof KIND_FIGURES]
      return values.get(kind ? label('wsparcie-osoby', kind) : label(id, key)) ?? 0
    },
  }))
}

/** One period's figures: a value by figure id (and key), and the PSU positions by type. */
export interface FigureValues {
  value(id: FigureId, key?: string | null): number
  positionsByType: { positionType: string; positions: number }[]
}

interface Found {
  values: Map<string, number>
  positionsByType: FigureValues['positionsByType']
}

const label = (id: string, key: string | null | undefined) => (key ? `${id} ${key}` : id)

type Load = (db: Db, periods: readonly Period[], found: Found[]) => Promise<void>

function aggregate({ from, key, figures }: Aggregate): Load {
  const columns = sql.join(Object.entries(figures).map(([id, e]) => sql`${e} AS ${sql.id(id)}`))
  const [selectKey, groupKey] = key ? [sql`, ${key} AS group_key`, sql`, group_key`] : [sql``, sql``]
  return async (db, periods, found) => {
    const { rows } = await sql<
      { k: number; group_key?: string } & Record<string, number>
    >`${withPeriods(periods)}
      SELECT k${selectKey}, ${columns} FROM ${from} GROUP BY k${groupKey}`.execute(db)
    for (const { k, group_key, ...values } of rows)
      for (const [id, value] of Object.entries(values)) found[k]!.values.set(label(id, group_key), value)
  }
}

/** Distinct positions with hours, by type: 'psu-stanowiska', its split and positionsByType. */
async function positions(db: Db, periods: readonly Period[], found: Found[]): Promise<void> {
  const { rows } = await sql<{ k: number; positionId: number; positionType: string }>`${withPeriods(periods)}
    SELECT DISTINCT k, ip.position_id AS positionId, ip.position_type AS positionType
    FROM periods JOIN psu_payout_lists l ON ${countedList(PERIOD)} JOIN psu_payout_items i ON i.list_id = l.id
    JOIN psu_payout_item_positions ip ON ip.item_id = i.id AND ip.worked_min > 0`.execute(db)
  found.forEach((f, k) => {
    const mine = rows.filter((r) => r.k === k)
    f.positionsByType = positionsByType(mine)
    f.values.set('psu-stanowiska', new Set(mine.map((r) => r.positionId)).size)
    for (const t of f.positionsByType)
      f.values.set(label('psu-stanowiska-rodzaj', t.positionType), t.positions)
  })
}
