// PSU data for the payout tests, written straight into the tables of migration 0003 (workplaces,
// positions, porozumienia with rate periods, assignments, timesheets) the way issue 5's screens leave
// them, so payouts are tested on exactly the rows they read.
import type { Kysely } from 'kysely'
import type { Database } from '../../src/main/db/schema'
import { createPayoutsService } from '../../src/main/payouts/payouts.service'
import { createPorozumieniaService } from '../../src/main/psu/porozumienia.service'
import { createRefundsService } from '../../src/main/refunds/refunds.service'
import { makePesel } from './pesel-factory'

type Db = Kysely<Database>
const STAMP = '2026-01-01T00:00:00.000Z'

let serial = 0

/** The payout and refund services wired as the handlers wire them, on one clock. */
export function createPayoutServices(db: Db, now: () => Date = () => new Date()) {
  const porozumienia = createPorozumieniaService(db, now)
  const payouts = createPayoutsService(db, { porozumienia }, now)
  const refunds = createRefundsService(db, { payouts, porozumienia }, now)
  return { porozumienia, payouts, refunds }
}

export async function addPerson(db: Db, firstName: string, lastName: string): Promise<number> {
  serial += 1
  const { id } = await db
    .insertInto('participants')
    .values({
      first_name: firstName,
      last_name: lastName,
      pesel: makePesel('1980-01-15', 'K', serial % 1000),
      id_document: null,
      birth_date: '1980-01-15',
      sex: 'K',
      address: '',
      phone: '',
      email: '',
      admission_date: '2025-01-02',
      other_group_reason: '',
      therapy_completed: 0,
      notes: '',
      status: 'aktywny',
      search_text: `${lastName} ${firstName}`.toLowerCase(),
      sort_name: `${lastName} ${firstName}`.toLowerCase(),
      created_at: STAMP,
      updated_at: STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** A position of a seeded type ('goniec doręczyciel', 'osoba sprzątająca'…) at a workplace made on first use. */
export async function addPosition(db: Db, workplace: string, typeName: string): Promise<number> {
  const type = await db
    .selectFrom('psu_position_types')
    .select('id')
    .where('name', '=', typeName)
    .executeTakeFirstOrThrow()
  const existing = await db
    .selectFrom('psu_workplaces')
    .select('id')
    .where('name', '=', workplace)
    .executeTakeFirst()
  const workplaceId =
    existing?.id ??
    (
      await db
        .insertInto('psu_workplaces')
        .values({
          name: workplace,
          name_key: workplace.toLowerCase(),
          address: '',
          contact: '',
          supervisor_name: '',
          supervisor_role: '',
          notes: '',
          archived: 0,
          created_at: STAMP,
          updated_at: STAMP,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  const { id } = await db
    .insertInto('psu_positions')
    .values({
      workplace_id: workplaceId,
      type_id: type.id,
      places: 5,
      description: '',
      archived: 0,
      created_at: STAMP,
      updated_at: STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export interface PorozumienieSpec {
  number: string
  signedOn: string
  periodFrom: string
  periodTo: string
  rates: { validFrom: string; rateGr: number }[]
  refundBase?: 'stawka_minimalna' | 'stawka_wyplacona'
  refundShareBp?: number
  refundDueDays?: number
}

/** An old-regime porozumienie for 2026 at 12,20 zł an hour, the tests' usual one. */
export const PSU_2026: PorozumienieSpec = {
  number: 'PSU/1/2026',
  signedOn: '2025-05-20',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  rates: [{ validFrom: '2026-01-01', rateGr: 1220 }],
}

export async function addPorozumienie(db: Db, spec: PorozumienieSpec): Promise<number> {
  const { id } = await db
    .insertInto('psu_porozumienia')
    .values({
      number: spec.number,
      number_key: spec.number.toLowerCase(),
      signed_on: spec.signedOn,
      period_from: spec.periodFrom,
      period_to: spec.periodTo,
      planned_persons: 10,
      planned_min: 100 * 60,
      monthly_limit_min: 40 * 60,
      weekly_limit_min: 10 * 60,
      refund_share_bp: spec.refundShareBp ?? 6000,
      refund_base: spec.refundBase ?? 'stawka_minimalna',
      refund_due_days: spec.refundDueDays ?? 30,
      notes: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const r of spec.rates) {
    await db
      .insertInto('psu_porozumienie_rates')
      .values({ porozumienie_id: id, valid_from: r.validFrom, rate_gr: r.rateGr })
      .execute()
  }
  return id
}

export async function addAssignment(
  db: Db,
  a: { participantId: number; positionId: number; porozumienieId: number; from: string; to: string },
): Promise<number> {
  const { id } = await db
    .insertInto('psu_assignments')
    .values({
      participant_id: a.participantId,
      position_id: a.positionId,
      porozumienie_id: a.porozumienieId,
      skierowanie_number: `SK/${a.participantId}/${a.from}`,
      skierowanie_date: a.from,
      date_from: a.from,
      date_to: a.to,
      end_reason: '',
      notes: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** An open sheet for the month with minutes per day ({ '2026-03-02': 240 }); lock it with setSheetStatus. */
export async function addSheet(
  db: Db,
  assignmentId: number,
  month: string,
  days: Record<string, number>,
): Promise<number> {
  const { id } = await db
    .insertInto('psu_timesheets')
    .values({
      assignment_id: assignmentId,
      month,
      status: 'otwarty',
      version: 0,
      locked_at: null,
      locked_hash: null,
      created_at: STAMP,
      updated_at: STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const [day, worked] of Object.entries(days)) {
    await db
      .insertInto('psu_timesheet_days')
      .values({ timesheet_id: id, day, worked_min: worked, absence: null })
      .execute()
  }
  return id
}

/** Locks or reopens a sheet as issue 5 does: the version grows by one each time. */
export async function setSheetStatus(
  db: Db,
  timesheetId: number,
  status: 'otwarty' | 'zamkniety',
): Promise<void> {
  await db
    .updateTable('psu_timesheets')
    .set((eb) => ({
      status,
      version: eb('version', '+', 1),
      locked_at: status === 'zamkniety' ? STAMP : null,
    }))
    .where('id', '=', timesheetId)
    .execute()
}

/** Sets one day's minutes on an open sheet. */
export async function setDay(db: Db, timesheetId: number, day: string, workedMin: number): Promise<void> {
  await db
    .insertInto('psu_timesheet_days')
    .values({ timesheet_id: timesheetId, day, worked_min: workedMin, absence: null })
    .onConflict((oc) => oc.columns(['timesheet_id', 'day']).doUpdateSet({ worked_min: workedMin }))
    .execute()
}

/** The same minutes on each of the given days. */
export function daysOf(dates: readonly string[], minutes: number): Record<string, number> {
  return Object.fromEntries(dates.map((d) => [d, minutes]))
}

/**
 * `people` people on up to ten positions of the porozumienie, each with an open sheet for the month:
 * ten four-hour days. Written in one transaction; returns the sheets' ids.
 */
export async function addWorkingMonth(
  db: Db,
  porozumienieId: number,
  month: string,
  people: number,
): Promise<number[]> {
  const work = daysOf(
    Array.from({ length: 10 }, (_, d) => `${month}-${String(2 + d * 2).padStart(2, '0')}`),
    240,
  )
  return db.transaction().execute(async (trx) => {
    const positions: number[] = []
    for (let i = 0; i < Math.min(people, 10); i++)
      positions.push(await addPosition(trx, `Miejsce ${i + 1}`, 'osoba sprzątająca'))
    const sheets: number[] = []
    for (let i = 0; i < people; i++) {
      const participantId = await addPerson(trx, `Imię${i}`, `Nazwisko${i}`)
      const assignment = await addAssignment(trx, {
        participantId,
        positionId: positions[i % positions.length]!,
        porozumienieId,
        from: `${month}-01`,
        to: `${month}-28`,
      })
      sheets.push(await addSheet(trx, assignment, month, work))
    }
    return sheets
  })
}
