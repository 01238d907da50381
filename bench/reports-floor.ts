// The SQL floor of the yearly summary and of the report to the wojewoda: the least work that gives the
// same numbers — hand-written aggregates on statements prepared once, one period at a time, no query
// builder, no rows of people. reports.bench.ts checks that it agrees with the app, figure by figure.
import { ACTIVITY_KIND_CODES } from '@shared/activity.schema'
import type { AppDatabase } from '../src/main/db/connection'
import { KIND_FIGURES } from '../src/main/reports/figures'

type Sqlite = AppDatabase['sqlite']
type Values = Record<string, number>

const IN_PERIOD = `p.start_date <= @to AND (p.end_date IS NULL OR p.end_date >= @from)`
const ENDED = `p.end_date BETWEEN @from AND @to`
const REINTEGRATED = `${ENDED} AND p.end_reason IN ('ukonczenie', 'zatrudnienie')`
const JOB_AFTER = `a.kind = 'zatrudnienie' AND a.activity_date > p.end_date AND ${REINTEGRATED}`
// Every kind, so that the (kind, activity_date) index serves the period's dates.
const KINDS = ACTIVITY_KIND_CODES.map((k) => `'${k}'`).join(', ')
const COUNTED = `l.status IN ('zatwierdzona', 'wyplacona') AND l.month BETWEEN @monthFrom AND @monthTo`

const SQL = {
  participations: `SELECT COUNT(DISTINCT p.participant_id) AS uczestnicy,
      COUNT(DISTINCT CASE WHEN r.sex = 'K' THEN p.participant_id END) AS kobiety,
      COUNT(DISTINCT CASE WHEN r.sex = 'M' THEN p.participant_id END) AS mezczyzni,
      COUNT(DISTINCT CASE WHEN ${ENDED} AND p.end_date >= date(p.start_date, '+6 months', 'floor')
        THEN p.participant_id END) AS absolwenci,
      COUNT(CASE WHEN ${ENDED} AND p.end_reason = 'przerwanie_kontrakt' THEN 1 END) AS przerwane,
      COUNT(DISTINCT CASE WHEN ${REINTEGRATED} THEN p.participant_id END) AS reintegracja
    FROM participations p JOIN participants r ON r.id = p.participant_id WHERE ${IN_PERIOD}`,
  groups: `SELECT g.target_group AS key, COUNT(DISTINCT p.participant_id) AS participants,
      COUNT(DISTINCT CASE WHEN ${REINTEGRATED} THEN p.participant_id END) AS reintegrated
    FROM participations p JOIN participation_target_groups g ON g.participation_id = p.id
    WHERE ${IN_PERIOD} GROUP BY g.target_group`,
  kinds: `SELECT a.kind AS key, COUNT(DISTINCT a.participant_id) AS persons, COUNT(*) AS entries,
      COUNT(DISTINCT CASE WHEN a.employment_form = 'umowa_o_prace' THEN a.participant_id END) AS uop,
      COUNT(DISTINCT CASE WHEN a.employment_form = 'umowa_cywilnoprawna' THEN a.participant_id END) AS ucp
    FROM activities a WHERE (a.kind IN (${KINDS}) AND a.activity_date BETWEEN @from AND @to)
      OR (a.kind IN ('staz', 'projekt_ue') AND a.activity_date < @from
        AND COALESCE(a.end_date, a.activity_date) >= @from)
    GROUP BY a.kind`,
  outcomes: `SELECT COUNT(DISTINCT a.participant_id) AS usamodzielnieni,
      COUNT(DISTINCT CASE WHEN a.kind = 'zatrudnienie' THEN a.participant_id END) AS praca,
      COUNT(DISTINCT CASE WHEN ${JOB_AFTER} THEN a.participant_id END) AS po
    FROM activities a JOIN participations p ON p.id = a.participation_id
    WHERE a.kind IN ('zatrudnienie', 'swiadczenie_zus') AND a.activity_date <= @to AND ${ENDED}`,
  groupJobsAfter: `SELECT g.target_group AS key, COUNT(DISTINCT a.participant_id) AS n
    FROM activities a JOIN participations p ON p.id = a.participation_id
    JOIN participation_target_groups g ON g.participation_id = p.id
    WHERE a.activity_date <= @to AND ${JOB_AFTER} GROUP BY g.target_group`,
  classes: `SELECT COUNT(*) FROM group_classes WHERE held_on BETWEEN @from AND @to`,
  psu: `SELECT COUNT(DISTINCT i.participant_id) AS osoby, COALESCE(SUM(i.worked_min), 0) AS godziny,
      COALESCE(SUM(i.amount_gr), 0) AS naliczone,
      COALESCE(SUM(CASE WHEN i.paid_on IS NOT NULL THEN i.amount_gr END), 0) AS wyplacone,
      COALESCE(SUM(i.refund_gr), 0) AS nalezna,
      COALESCE(SUM(CASE WHEN rl.request_id IS NOT NULL THEN i.refund_gr END), 0) AS wnioskowana
    FROM psu_payout_lists l JOIN psu_payout_items i ON i.list_id = l.id
    LEFT JOIN psu_refund_request_lists rl ON rl.list_id = l.id AND rl.active = 1 WHERE ${COUNTED}`,
  positions: `SELECT DISTINCT ip.position_id AS id, ip.position_type AS type
    FROM psu_payout_lists l JOIN psu_payout_items i ON i.list_id = l.id
    JOIN psu_payout_item_positions ip ON ip.item_id = i.id WHERE ${COUNTED} AND ip.worked_min > 0`,
  // Requests wholly in the period give all they received; one that also covers other months is
  // split by largest remainder, in integers (allocateProportionally in psu-figures.ts).
  received: `WITH requests AS (SELECT q.id, q.received_gr AS total, COUNT(*) AS lists,
          SUM(l.month BETWEEN @monthFrom AND @monthTo) AS mine
        FROM psu_refund_requests q JOIN psu_refund_request_lists rl ON rl.request_id = q.id AND rl.active = 1
        JOIN psu_payout_lists l ON l.id = rl.list_id AND l.status IN ('zatwierdzona', 'wyplacona')
        WHERE q.received_gr IS NOT NULL AND q.id IN (SELECT rl.request_id FROM psu_refund_request_lists rl
          JOIN psu_payout_lists l ON l.id = rl.list_id WHERE rl.active = 1 AND ${COUNTED})
        GROUP BY q.id),
      items AS (SELECT i.id, r.id AS request, r.total, l.month BETWEEN @monthFrom AND @monthTo AS mine,
          i.refund_gr AS w, SUM(i.refund_gr) OVER (PARTITION BY r.id) AS ws, COUNT(*) OVER (PARTITION BY r.id) AS n
        FROM requests r CROSS JOIN psu_refund_request_lists rl ON rl.request_id = r.id AND rl.active = 1
        CROSS JOIN psu_payout_lists l ON l.id = rl.list_id AND l.status IN ('zatwierdzona', 'wyplacona')
        CROSS JOIN psu_payout_items i ON i.list_id = l.id WHERE r.mine < r.lists),
      split AS (SELECT *, CASE WHEN ws = 0 THEN total ELSE total * w END AS tw,
          CASE WHEN ws = 0 THEN n ELSE ws END AS d FROM items),
      ranked AS (SELECT mine, tw / d AS base, total - SUM(tw / d) OVER (PARTITION BY request) AS spare,
          ROW_NUMBER() OVER (PARTITION BY request ORDER BY tw % d DESC, id) AS place FROM split)
    SELECT (SELECT COALESCE(SUM(total), 0) FROM requests WHERE mine = lists)
      + (SELECT COALESCE(SUM(base + (place <= spare)), 0) FROM ranked WHERE mine)`,
  funding: `SELECT id, source, name, month_from, month_to, amount_gr, notes FROM report_funding_sources
    WHERE month_from <= @monthTo AND month_to >= @monthFrom ORDER BY month_from, id`,
  staff: `SELECT e.id, e.staff_member_id, s.full_name, e.kis_role, e.basis, e.fte_permille, e.monthly_min,
      e.date_from, e.date_to, e.notes
    FROM kis_staff_engagements e JOIN staff_members s ON s.id = e.staff_member_id
    WHERE e.date_from <= @to AND (e.date_to IS NULL OR e.date_to >= @from) ORDER BY s.full_name, e.date_from`,
  grants: `SELECT id, year, name, granted_gr, used_gr, returned_gr, notes FROM report_grants
    WHERE year BETWEEN @yearFrom AND @yearTo ORDER BY year, id`,
}

export function createFloor(sqlite: Sqlite) {
  const statements = Object.fromEntries(
    Object.entries(SQL).map(([name, text]) => [name, sqlite.prepare(text)]),
  ) as Record<keyof typeof SQL, ReturnType<Sqlite['prepare']>>
  const params = (p: { from: string; to: string }) => ({
    ...p,
    monthFrom: p.from.slice(0, 7),
    monthTo: p.to.slice(0, 7),
    yearFrom: Number(p.from.slice(0, 4)),
    yearTo: Number(p.to.slice(0, 4)),
  })
  const one = (name: keyof typeof SQL, p: object) => statements[name].get(p) as Values
  const scalar = (name: 'classes' | 'received', p: object) => statements[name].pluck().get(p) as number
  const keyed = (name: keyof typeof SQL, p: object) =>
    new Map((statements[name].all(p) as (Values & { key: string })[]).map((r) => [r.key, r]))

  /** The effects: graduates, jobs, the independent and broken kontrakty. */
  function effects(kis: Values, kinds: Map<string, Values>, outcomes: Values): Values {
    return {
      absolwenci: kis.absolwenci!,
      zatrudnieni: kinds.get('zatrudnienie')?.persons ?? 0,
      'zatrudnieni-umowa-o-prace': kinds.get('zatrudnienie')?.uop ?? 0,
      'zatrudnieni-cywilnoprawna': kinds.get('zatrudnienie')?.ucp ?? 0,
      usamodzielnieni: outcomes.usamodzielnieni!,
      'usamodzielnieni-praca': outcomes.praca!,
      'usamodzielnieni-zus': outcomes.usamodzielnieni! - outcomes.praca!,
      'przerwane-kontrakty': kis.przerwane!,
    }
  }

  /** The figures of SUMMARY_FIGURES, by id, with the positions by type and the funding rows. */
  function summary(period: { from: string; to: string }) {
    const p = params(period)
    const kis = one('participations', p)
    const kinds = keyed('kinds', p)
    const psu = one('psu', p)
    const positions = statements.positions.all(p) as { id: number; type: string }[]
    const types = new Map<string, number>()
    for (const { type } of positions) types.set(type, (types.get(type) ?? 0) + 1)
    const persons = (kind: string) => kinds.get(kind)?.persons ?? 0
    const figures: Values = {
      uczestnicy: kis.uczestnicy!,
      kobiety: kis.kobiety!,
      mezczyzni: kis.mezczyzni!,
      ...effects(kis, kinds, one('outcomes', p)),
      ...Object.fromEntries(Object.entries(KIND_FIGURES).map(([id, kind]) => [id, persons(kind)])),
      'zajecia-grupowe': scalar('classes', p),
      'psu-osoby': psu.osoby!,
      'psu-stanowiska': new Set(positions.map((r) => r.id)).size,
      'psu-godziny': psu.godziny!,
      'psu-naliczone': psu.naliczone!,
      'psu-wyplacone': psu.wyplacone!,
      'psu-refundacja-nalezna': psu.nalezna!,
      'psu-refundacja-wnioskowana': psu.wnioskowana!,
      'psu-refundacja-otrzymana': scalar('received', p),
    }
    const positionsByType = [...types]
      .map(([positionType, positions]) => ({ positionType, positions }))
      .sort((a, b) => b.positions - a.positions || a.positionType.localeCompare(b.positionType, 'pl'))
    return { figures, positionsByType, funding: statements.funding.all(p) }
  }

  /** The wojewoda report's numbers: by target group, totals, staff, support by kind, effects. */
  function wojewoda(
    period: { from: string; to: string },
    groups: readonly string[],
    kinds: readonly string[],
  ) {
    const p = params(period)
    const kis = one('participations', p)
    const byGroup = keyed('groups', p)
    const jobsAfter = keyed('groupJobsAfter', p)
    const byKind = keyed('kinds', p)
    const outcomes = one('outcomes', p)
    const staff = statements.staff.all(p) as {
      staff_member_id: number
      fte_permille: number | null
      date_from: string
    }[]
    const posts = new Map<number, (typeof staff)[number]>()
    for (const e of staff) {
      const seen = posts.get(e.staff_member_id)
      if (!seen || e.date_from > seen.date_from) posts.set(e.staff_member_id, e)
    }
    return {
      groups: groups.map((group) => [
        byGroup.get(group)?.participants ?? 0,
        byGroup.get(group)?.reintegrated ?? 0,
        jobsAfter.get(group)?.n ?? 0,
      ]),
      totals: [kis.uczestnicy, kis.reintegracja, outcomes.po],
      staff,
      staffPersons: posts.size,
      staffFtePermille: [...posts.values()].reduce((sum, e) => sum + (e.fte_permille ?? 0), 0),
      activities: kinds.map((kind) => [byKind.get(kind)?.persons ?? 0, byKind.get(kind)?.entries ?? 0]),
      groupClassesHeld: scalar('classes', p),
      effects: effects(kis, byKind, outcomes),
      funding: statements.funding.all(p),
      grants: statements.grants.all(p),
    }
  }

  return { summary, wojewoda }
}
