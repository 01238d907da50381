// SQL for the data-quality check: records that would make a report figure wrong, read-only.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { countedListsInMonths, monthOf, type Period } from './reports.repo'

type Db = Kysely<Database>

export function participantsWithPesel(db: Db) {
  return db
    .selectFrom('participants')
    .select([
      'id',
      'first_name as firstName',
      'last_name as lastName',
      'pesel',
      'birth_date as birthDate',
      'sex',
    ])
    .where('pesel', 'is not', null)
    .orderBy('name_order')
    .execute()
}

export function participationsWithoutKontrakt(db: Db, p: Period) {
  return db
    .selectFrom('participations as p')
    .innerJoin('participants as r', 'r.id', 'p.participant_id')
    .leftJoin('kontrakty as k', 'k.participation_id', 'p.id')
    .select([
      'p.id',
      'p.participant_id as participantId',
      'p.start_date as startDate',
      'p.end_date as endDate',
      'r.first_name as firstName',
      'r.last_name as lastName',
    ])
    .where('k.id', 'is', null)
    .where('p.start_date', '<=', p.to)
    .where((eb) => eb.or([eb('p.end_date', 'is', null), eb('p.end_date', '>=', p.from)]))
    .orderBy('r.name_order')
    .orderBy('p.start_date')
    .execute()
}

export function assignmentsInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('psu_assignments as a')
    .innerJoin('participants as r', 'r.id', 'a.participant_id')
    .innerJoin('psu_positions as pos', 'pos.id', 'a.position_id')
    .innerJoin('psu_position_types as t', 't.id', 'pos.type_id')
    .innerJoin('psu_workplaces as w', 'w.id', 'pos.workplace_id')
    .select([
      'a.id',
      'a.participant_id as participantId',
      'a.date_from as dateFrom',
      'a.date_to as dateTo',
      'r.first_name as firstName',
      'r.last_name as lastName',
      't.name as positionType',
      'w.name as workplace',
    ])
    .where('a.date_from', '<=', p.to)
    .where('a.date_to', '>=', p.from)
    .orderBy('r.name_order')
    .orderBy('a.date_from')
    .execute()
}

/** Sheets of the period's months that have at least one day entered (hours or an absence). */
export function filledSheetsInPeriod(db: Db, p: Period) {
  return db
    .selectFrom('psu_timesheets as t')
    .select(['t.assignment_id as assignmentId', 't.month'])
    .where('t.month', '>=', monthOf(p.from))
    .where('t.month', '<=', monthOf(p.to))
    .where((eb) =>
      eb.exists(
        eb.selectFrom('psu_timesheet_days as d').select('d.day').whereRef('d.timesheet_id', '=', 't.id'),
      ),
    )
    .execute()
}

/** Porozumienie-months with locked hours and no payout list that is not cancelled. */
export function lockedMonthsWithoutList(db: Db, p: Period) {
  return db
    .selectFrom('psu_timesheets as t')
    .innerJoin('psu_assignments as a', 'a.id', 't.assignment_id')
    .innerJoin('psu_porozumienia as z', 'z.id', 'a.porozumienie_id')
    .innerJoin('psu_timesheet_days as d', 'd.timesheet_id', 't.id')
    .select([
      'a.porozumienie_id as porozumienieId',
      'z.number as porozumienieNumber',
      't.month',
      (eb) => eb.fn.count<number>(eb.fn('distinct', ['a.participant_id'])).as('persons'),
      (eb) => eb.fn.sum<number>('d.worked_min').as('workedMin'),
    ])
    .where('t.status', '=', 'zamkniety')
    .where('t.month', '>=', monthOf(p.from))
    .where('t.month', '<=', monthOf(p.to))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('psu_payout_lists as l')
            .select('l.id')
            .whereRef('l.porozumienie_id', '=', 'a.porozumienie_id')
            .whereRef('l.month', '=', 't.month')
            .where('l.status', '<>', 'anulowana'),
        ),
      ),
    )
    .groupBy(['a.porozumienie_id', 't.month'])
    .having((eb) => eb.fn.sum('d.worked_min'), '>', 0)
    .orderBy('t.month')
    .orderBy('z.number')
    .execute()
}

/** Approved or paid lists of the period's months with a refund to claim and no refund request. */
export function listsWithoutRefundRequest(db: Db, p: Period) {
  return db
    .selectFrom('psu_payout_lists as l')
    .innerJoin('psu_porozumienia as z', 'z.id', 'l.porozumienie_id')
    .innerJoin('psu_payout_items as i', 'i.list_id', 'l.id')
    .select([
      'l.id',
      'l.number',
      'l.month',
      'l.status',
      'z.number as porozumienieNumber',
      (eb) => eb.fn.sum<number>('i.refund_gr').as('refundGr'),
    ])
    .where('l.id', 'in', countedListsInMonths(db, p))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('psu_refund_request_lists as rl')
            .select('rl.list_id')
            .whereRef('rl.list_id', '=', 'l.id')
            .where('rl.active', '=', 1),
        ),
      ),
    )
    .groupBy('l.id')
    .having((eb) => eb.fn.sum('i.refund_gr'), '>', 0)
    .orderBy('l.month')
    .orderBy('l.number')
    .execute()
}
