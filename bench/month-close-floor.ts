// The SQL floor of month lock and month close: the same writes as the app's, by hand, with a few
// set-based statements each prepared once and reused, the same pure work (content hashes,
// computeMonth) and one transaction (bench/month-close.bench.ts).
import { groupBy } from '@shared/group-by'
import { lastDayOf } from '@shared/psu-calendar'
import type { AppDatabase } from '../src/main/db/connection'
import { computeMonth, type SheetInput } from '../src/main/payouts/month-close'
import { PAYOUT_NUMBER_PREFIX } from '../src/main/payouts/payout-lifecycle'
import { sheetContentHash, type HashedDay } from '../src/main/psu/sheet-content-hash'

type Sqlite = AppDatabase['sqlite']

/** The statements prepared once, on first use; multi-row inserts once per row count. */
function preparedOnce(sqlite: Sqlite) {
  const cache = new Map<string, ReturnType<Sqlite['prepare']>>()
  return (sql: string) => {
    let statement = cache.get(sql)
    if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)))
    return statement
  }
}

const rowsOf = (count: number, row: string) => Array.from({ length: count }, () => row).join(', ')

function inTransaction<T>(sql: ReturnType<typeof preparedOnce>, work: () => T): T {
  sql('BEGIN').run()
  try {
    const result = work()
    sql('COMMIT').run()
    return result
  } catch (error) {
    sql('ROLLBACK').run()
    throw error
  }
}

/** Locks the month's open sheets as lockMonth does: 7 statements. */
export function floorLock(sqlite: Sqlite, month: string, by: string, stamp: string) {
  const sql = preparedOnce(sqlite)
  const span = { month, first: `${month}-01`, last: lastDayOf(month), stamp }
  const inMonth = 'a.date_from <= @last AND a.date_to >= @first'
  return () =>
    inTransaction(sql, () => {
      sql(`INSERT INTO psu_timesheets (assignment_id, month, status, version, created_at, updated_at)
        SELECT a.id, @month, 'otwarty', 0, @stamp, @stamp FROM psu_assignments a JOIN participants p ON p.id = a.participant_id
        WHERE ${inMonth} AND NOT EXISTS (SELECT 1 FROM psu_timesheets t WHERE t.assignment_id = a.id AND t.month = @month)
        ORDER BY p.name_order, a.date_from, a.id`).run(span)
      const sheets = sql(`SELECT t.id, t.assignment_id AS assignmentId, t.version FROM psu_timesheets t
        JOIN psu_assignments a ON a.id = t.assignment_id JOIN participants p ON p.id = a.participant_id
        WHERE t.month = @month AND t.status = 'otwarty' AND ${inMonth}
        ORDER BY p.name_order, a.date_from, a.id`).all(span) as {
        id: number
        assignmentId: number
        version: number
      }[]
      const days = sql(`SELECT d.timesheet_id AS id, d.day, d.worked_min AS workedMin, d.absence
        FROM psu_timesheet_days d JOIN psu_timesheets t ON t.id = d.timesheet_id
        WHERE t.month = @month AND t.status = 'otwarty' ORDER BY d.day`).all(span) as (HashedDay & {
        id: number
      })[]
      const daysOf = groupBy(days, (d) => d.id)
      const log = sheets.flatMap((s) => [
        s.id,
        s.version + 1,
        sheetContentHash(s.assignmentId, month, daysOf.get(s.id) ?? []),
      ])
      sql(`INSERT INTO psu_timesheet_log (timesheet_id, action, at, by_name, reason, version, content_hash)
        VALUES ${rowsOf(sheets.length, `(?, 'zamkniecie', @stamp, @by, '', ?, ?)`)}`).run(log, { stamp, by })
      sql(`UPDATE psu_timesheets SET status = 'zamkniety', version = version + 1, locked_at = @stamp, updated_at = @stamp,
        locked_hash = (SELECT l.content_hash FROM psu_timesheet_log l WHERE l.timesheet_id = psu_timesheets.id ORDER BY l.id DESC LIMIT 1)
        WHERE month = @month AND status = 'otwarty' AND assignment_id IN (SELECT a.id FROM psu_assignments a WHERE ${inMonth})`).run(
        span,
      )
    })
}

/** Closes the porozumienie's locked month into a new list as compute does: 15 statements. */
export function floorClose(sqlite: Sqlite, porozumienieId: number, month: string, now: Date) {
  const sql = preparedOnce(sqlite)
  const stamp = now.toISOString()
  const key = { p: porozumienieId, month }
  const ofMonth = 'a.porozumienie_id = @p AND t.month = @month'
  return () =>
    inTransaction(sql, () => {
      sql(
        `SELECT id FROM psu_payout_lists WHERE porozumienie_id = @p AND month = @month AND status <> 'anulowana'`,
      ).get(key)
      const po = sql(
        'SELECT refund_base AS refundBase, refund_share_bp AS refundShareBp FROM psu_porozumienia WHERE id = ?',
      ).get(porozumienieId) as { refundBase: 'stawka_minimalna'; refundShareBp: number }
      const rates = sql(
        'SELECT valid_from AS validFrom, rate_gr AS rateGr FROM psu_porozumienie_rates WHERE porozumienie_id = ? ORDER BY valid_from',
      ).all(porozumienieId) as { validFrom: string; rateGr: number }[]
      const minimumRates = sql(
        'SELECT valid_from AS validFrom, rate_gr AS rateGr FROM psu_minimum_rates ORDER BY valid_from',
      ).all() as typeof rates
      const sheets =
        sql(`SELECT t.id AS timesheetId, t.version, t.status, a.id AS assignmentId, p.id AS participantId,
        p.first_name AS firstName, p.last_name AS lastName, pos.id AS positionId, ty.name AS positionType, w.name AS workplace
        FROM psu_timesheets t JOIN psu_assignments a ON a.id = t.assignment_id JOIN participants p ON p.id = a.participant_id
        JOIN psu_positions pos ON pos.id = a.position_id JOIN psu_position_types ty ON ty.id = pos.type_id
        JOIN psu_workplaces w ON w.id = pos.workplace_id WHERE ${ofMonth} ORDER BY t.id`).all(key) as Omit<
          SheetInput,
          'days'
        >[]
      const days =
        sql(`SELECT d.timesheet_id AS id, d.day, d.worked_min AS workedMin FROM psu_timesheet_days d
        JOIN psu_timesheets t ON t.id = d.timesheet_id JOIN psu_assignments a ON a.id = t.assignment_id
        WHERE ${ofMonth} ORDER BY d.day`).all(key) as { id: number; day: string; workedMin: number }[]
      const daysOf = groupBy(days, (d) => d.id)
      const { persons } = computeMonth({
        month,
        ...po,
        rates,
        minimumRates,
        sheets: sheets.map((s) => ({ ...s, days: daysOf.get(s.timesheetId) ?? [] })),
      })
      const payment = new Map(
        (
          sql(`SELECT participant_id AS id, payment_form AS form, account_iban AS iban FROM psu_payment_details
            WHERE participant_id IN (SELECT participant_id FROM psu_assignments WHERE porozumienie_id = ?)`).all(
            porozumienieId,
          ) as { id: number; form: string; iban: string | null }[]
        ).map((d) => [d.id, d]),
      )
      const year = now.getFullYear()
      const seq = sql('SELECT coalesce(max(seq), 0) + 1 FROM psu_payout_lists WHERE year = ?')
        .pluck()
        .get(year) as number
      const listId =
        sql(`INSERT INTO psu_payout_lists (year, seq, number, porozumienie_id, month, status, refund_base,
        refund_share_bp, computed_at, approved_at, approved_by, paid_at, cancelled_at, cancel_reason, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, 'projekt', ?, ?, ?, NULL, '', NULL, NULL, '', ?, ?) RETURNING id`)
          .pluck()
          .get(
            year,
            seq,
            `${PAYOUT_NUMBER_PREFIX}/${seq}/${year}`,
            porozumienieId,
            month,
            po.refundBase,
            po.refundShareBp,
            stamp,
            stamp,
            stamp,
          ) as number
      sql(`INSERT INTO psu_payout_list_sources (list_id, timesheet_id, version)
        SELECT @list, t.id, t.version FROM psu_timesheets t JOIN psu_assignments a ON a.id = t.assignment_id WHERE ${ofMonth}`).run(
        {
          ...key,
          list: listId,
        },
      )
      const items =
        sql(`INSERT INTO psu_payout_items (list_id, participant_id, first_name, last_name, worked_min, amount_gr,
        refund_gr, payment_form, account_iban, paid_on, paid_form)
        VALUES ${rowsOf(persons.length, '(?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)')} RETURNING id, participant_id`).all(
          persons.flatMap((p) => {
            const pay = payment.get(p.participantId)
            return [
              listId,
              p.participantId,
              p.firstName,
              p.lastName,
              p.workedMin,
              p.amountGr,
              p.refundGr,
              pay?.form ?? 'gotowka',
              pay?.iban ?? null,
            ]
          }),
        ) as { id: number; participant_id: number }[]
      const itemOf = new Map(items.map((i) => [i.participant_id, i.id]))
      const positions = persons.flatMap((p) =>
        p.positions.flatMap((x) => [
          itemOf.get(p.participantId),
          x.assignmentId,
          x.positionId,
          x.positionType,
          x.workplace,
          x.workedMin,
        ]),
      )
      sql(`INSERT INTO psu_payout_item_positions (item_id, assignment_id, position_id, position_type, workplace, worked_min)
        VALUES ${rowsOf(positions.length / 6, '(?, ?, ?, ?, ?, ?)')}`).run(positions)
      const parts = persons.flatMap((p) =>
        [
          ...p.rateParts.map((r) => ({ ...r, kind: 'swiadczenie' })),
          ...p.minimumParts.map((r) => ({ ...r, kind: 'minimalna' })),
        ].flatMap((r) => [itemOf.get(p.participantId), r.kind, r.validFrom, r.rateGr, r.minutes]),
      )
      sql(`INSERT INTO psu_payout_item_rates (item_id, kind, valid_from, rate_gr, minutes)
        VALUES ${rowsOf(parts.length / 5, '(?, ?, ?, ?, ?)')}`).run(parts)
    })
}
