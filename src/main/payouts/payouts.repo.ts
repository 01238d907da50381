// SQL for payout lists. Reads a month's timesheets (migration 0003) read-only and joins the porozumienie's
// number; writes only the payout tables of migration 0005. Porozumienia and rates come from their service.
import type { Kysely, Selectable } from 'kysely'
import { compareBinary } from '@shared/text'
import { camelRow, camelRows, type CamelRow } from '../db/camel-rows'
import { insertRows } from '../db/many-rows'
import type {
  Database,
  PsuPayoutItemPositionsTable,
  PsuPayoutItemRatesTable,
  PsuPayoutItemsTable,
  PsuPayoutListsTable,
} from '../db/schema'
import type { PersonMonth, RatePart, SheetStamp } from './month-close'

type Db = Kysely<Database>
export type PayoutListRow = CamelRow<Selectable<PsuPayoutListsTable>> & {
  porozumienieNumber: string
  signedOn: string
}

export async function participantExists(db: Db, participantId: number): Promise<boolean> {
  const row = await db
    .selectFrom('participants')
    .select('id')
    .where('id', '=', participantId)
    .executeTakeFirst()
  return row !== undefined
}

export async function paymentDetails(db: Db, participantIds: readonly number[]) {
  if (participantIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_payment_details')
      .selectAll()
      .where('participant_id', 'in', participantIds)
      .execute(),
  )
}

export async function upsertPaymentDetails(
  db: Db,
  row: {
    participant_id: number
    payment_form: 'gotowka' | 'przelew'
    account_iban: string | null
    updated_at: string
  },
): Promise<void> {
  await db
    .insertInto('psu_payment_details')
    .values(row)
    .onConflict((oc) =>
      oc.column('participant_id').doUpdateSet({
        payment_form: row.payment_form,
        account_iban: row.account_iban,
        updated_at: row.updated_at,
      }),
    )
    .execute()
}

function listsQuery(db: Db) {
  return db
    .selectFrom('psu_payout_lists as l')
    .innerJoin('psu_porozumienia as po', 'po.id', 'l.porozumienie_id')
    .selectAll('l')
    .select(['po.number as porozumienieNumber', 'po.signed_on as signedOn'])
}

export async function findList(db: Db, id: number): Promise<PayoutListRow | undefined> {
  const row = await listsQuery(db).where('l.id', '=', id).executeTakeFirst()
  return row && camelRow(row)
}

export async function findLists(
  db: Db,
  filter: { year: number | null; porozumienieId: number | null },
): Promise<PayoutListRow[]> {
  let q = listsQuery(db)
  if (filter.year !== null) q = q.where('l.month', 'like', `${filter.year}-%`)
  if (filter.porozumienieId !== null) q = q.where('l.porozumienie_id', '=', filter.porozumienieId)
  return camelRows(await q.orderBy('l.month', 'desc').orderBy('po.number').orderBy('l.id', 'desc').execute())
}

export async function findActiveList(
  db: Db,
  porozumienieId: number,
  month: string,
): Promise<PayoutListRow | undefined> {
  const row = await listsQuery(db)
    .where('l.porozumienie_id', '=', porozumienieId)
    .where('l.month', '=', month)
    .where('l.status', '!=', 'anulowana')
    .executeTakeFirst()
  return row && camelRow(row)
}

export async function activeLists(db: Db, porozumienieId: number | null): Promise<PayoutListRow[]> {
  let q = listsQuery(db).where('l.status', '!=', 'anulowana')
  if (porozumienieId !== null) q = q.where('l.porozumienie_id', '=', porozumienieId)
  return camelRows(await q.orderBy('l.month').execute())
}

export async function nextSeq(db: Db, year: number) {
  const row = await db
    .selectFrom('psu_payout_lists')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('year', '=', year)
    .executeTakeFirst()
  return Number(row?.last ?? 0) + 1
}

export async function insertList(db: Db, row: Omit<Selectable<PsuPayoutListsTable>, 'id'>): Promise<number> {
  const { id } = await db.insertInto('psu_payout_lists').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateList(db: Db, id: number, patch: Partial<Selectable<PsuPayoutListsTable>>) {
  await db.updateTable('psu_payout_lists').set(patch).where('id', '=', id).execute()
}

/** Removes a projekt's computed content before it is computed again (never used on other statuses). */
export async function clearListContent(db: Db, listId: number): Promise<void> {
  const items = db.selectFrom('psu_payout_items').select('id').where('list_id', '=', listId)
  await db.deleteFrom('psu_payout_item_rates').where('item_id', 'in', items).execute()
  await db.deleteFrom('psu_payout_item_positions').where('item_id', 'in', items).execute()
  await db.deleteFrom('psu_payout_items').where('list_id', '=', listId).execute()
  await db.deleteFrom('psu_payout_list_sources').where('list_id', '=', listId).execute()
}

const ITEM_COLUMNS = [
  'list_id',
  'participant_id',
  'first_name',
  'last_name',
  'worked_min',
  'amount_gr',
  'refund_gr',
  'payment_form',
  'account_iban',
  'paid_on',
  'paid_form',
] as const
const POSITION_COLUMNS = [
  'item_id',
  'assignment_id',
  'position_id',
  'position_type',
  'workplace',
  'worked_min',
] as const
const RATE_COLUMNS = ['item_id', 'kind', 'valid_from', 'rate_gr', 'minutes'] as const

/** A list's rows as stored, in the order the list's reads give them (listItems, itemPositions, itemRates). */
export interface StoredContent {
  items: Awaited<ReturnType<typeof listItems>>
  positions: Awaited<ReturnType<typeof itemPositions>>
  rates: Awaited<ReturnType<typeof itemRates>>
}

/**
 * The computed list in multi-row inserts, four statements for up to 500 people (db/many-rows.ts);
 * answers the rows as SQLite stored them, so the list's detail need not read them back.
 */
export async function insertListContent(
  db: Db,
  listId: number,
  persons: readonly PersonMonth[],
  sources: readonly SheetStamp[],
  payment: ReadonlyMap<number, { form: 'gotowka' | 'przelew'; iban: string | null }>,
): Promise<StoredContent> {
  const sourceRows = sources.map((s) => ({
    list_id: listId,
    timesheet_id: s.timesheetId,
    version: s.version,
  }))
  await insertRows(db, 'psu_payout_list_sources', ['list_id', 'timesheet_id', 'version'], sourceRows)
  const items: Omit<Selectable<PsuPayoutItemsTable>, 'id'>[] = persons.map((p) => {
    const pay = payment.get(p.participantId) ?? { form: 'gotowka', iban: null }
    return {
      list_id: listId,
      participant_id: p.participantId,
      first_name: p.firstName,
      last_name: p.lastName,
      worked_min: p.workedMin,
      amount_gr: p.amountGr,
      refund_gr: p.refundGr,
      payment_form: pay.form,
      account_iban: pay.iban,
      paid_on: null,
      paid_form: null,
    }
  })
  // RETURNING comes in no set order: sorted as the reads order them. One item per person on the list
  // (unique), so items are matched by participant.
  const stored = camelRows(await insertRows(db, 'psu_payout_items', ITEM_COLUMNS, items, true)).sort(
    (a, b) => a.id - b.id,
  )
  const itemOf = new Map(stored.map((row) => [row.participantId, row.id]))
  const positions: Selectable<PsuPayoutItemPositionsTable>[] = persons.flatMap((p) =>
    p.positions.map((pos) => ({
      item_id: itemOf.get(p.participantId)!,
      assignment_id: pos.assignmentId,
      position_id: pos.positionId,
      position_type: pos.positionType,
      workplace: pos.workplace,
      worked_min: pos.workedMin,
    })),
  )
  const storedPositions = camelRows(
    await insertRows(db, 'psu_payout_item_positions', POSITION_COLUMNS, positions, true),
  ).sort((a, b) => a.assignmentId - b.assignmentId)
  const rates: Selectable<PsuPayoutItemRatesTable>[] = persons.flatMap((p) => {
    const part = (kind: 'swiadczenie' | 'minimalna') => (r: RatePart) => ({
      item_id: itemOf.get(p.participantId)!,
      kind,
      valid_from: r.validFrom,
      rate_gr: r.rateGr,
      minutes: r.minutes,
    })
    return [...p.rateParts.map(part('swiadczenie')), ...p.minimumParts.map(part('minimalna'))]
  })
  const storedRates = camelRows(
    await insertRows(db, 'psu_payout_item_rates', RATE_COLUMNS, rates, true),
  ).sort((a, b) => compareBinary(a.validFrom, b.validFrom))
  return { items: stored, positions: storedPositions, rates: storedRates }
}

export async function listSources(db: Db, listIds: readonly number[]) {
  if (listIds.length === 0) return []
  return db
    .selectFrom('psu_payout_list_sources')
    .select(['list_id as listId', 'timesheet_id as timesheetId', 'version'])
    .where('list_id', 'in', listIds)
    .execute()
}

export async function listItems(db: Db, listIds: readonly number[]) {
  if (listIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_payout_items')
      .selectAll()
      .where('list_id', 'in', listIds)
      .orderBy('id')
      .execute(),
  )
}

/** The items of the lists, by a subquery: the same statement for a list of 3 people or 300. */
function itemsOf(db: Db, listIds: readonly number[]) {
  return db.selectFrom('psu_payout_items').select('id').where('list_id', 'in', listIds)
}

export async function itemPositions(db: Db, listIds: readonly number[]) {
  if (listIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_payout_item_positions')
      .selectAll()
      .where('item_id', 'in', itemsOf(db, listIds))
      .orderBy('assignment_id')
      .execute(),
  )
}

/** PESEL of the listed people and skierowanie numbers of their assignments, for the printed list. */
export async function itemIdentifiers(db: Db, listIds: readonly number[]) {
  if (listIds.length === 0) return { pesels: [], skierowania: [] }
  const pesels = await db
    .selectFrom('psu_payout_items as i')
    .innerJoin('participants as p', 'p.id', 'i.participant_id')
    .select(['i.id as itemId', 'p.pesel'])
    .where('i.list_id', 'in', listIds)
    .execute()
  const skierowania = await db
    .selectFrom('psu_payout_item_positions as ip')
    .innerJoin('psu_assignments as a', 'a.id', 'ip.assignment_id')
    .select(['ip.item_id as itemId', 'ip.assignment_id as assignmentId', 'a.skierowanie_number as number'])
    .where('ip.item_id', 'in', itemsOf(db, listIds))
    .execute()
  return { pesels, skierowania }
}

export async function itemRates(db: Db, listIds: readonly number[]) {
  if (listIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_payout_item_rates')
      .selectAll()
      .where('item_id', 'in', itemsOf(db, listIds))
      .orderBy('valid_from')
      .execute(),
  )
}

export async function markItemsPaid(
  db: Db,
  itemIds: readonly number[],
  paidOn: string,
  form: 'gotowka' | 'przelew' | null,
): Promise<void> {
  for (const id of itemIds) {
    await db
      .updateTable('psu_payout_items')
      .set((eb) => ({ paid_on: paidOn, paid_form: form ?? eb.ref('payment_form') }))
      .where('id', '=', id)
      .execute()
  }
}

export async function markItemUnpaid(db: Db, itemId: number): Promise<void> {
  await db
    .updateTable('psu_payout_items')
    .set({ paid_on: null, paid_form: null })
    .where('id', '=', itemId)
    .execute()
}

/** The person's unpaid rows on lists not yet cancelled take the new payment form and account. */
export async function updateUnpaidPayment(
  db: Db,
  participantId: number,
  form: 'gotowka' | 'przelew',
  iban: string | null,
): Promise<void> {
  await db
    .updateTable('psu_payout_items')
    .set({ payment_form: form, account_iban: iban })
    .where('participant_id', '=', participantId)
    .where('paid_on', 'is', null)
    .where('list_id', 'in', (eb) =>
      eb.selectFrom('psu_payout_lists').select('id').where('status', 'in', ['projekt', 'zatwierdzona']),
    )
    .execute()
}

/** Active refund requests (not cancelled) holding the lists, by list id. */
export async function activeRequestsOf(db: Db, listIds: readonly number[]) {
  if (listIds.length === 0) return []
  return db
    .selectFrom('psu_refund_request_lists as rl')
    .innerJoin('psu_refund_requests as r', 'r.id', 'rl.request_id')
    .select(['rl.list_id as listId', 'r.id', 'r.number', 'r.status', 'r.received_gr as receivedGr'])
    .where('rl.active', '=', 1)
    .where('rl.list_id', 'in', listIds)
    .execute()
}

export async function payoutSettings(db: Db) {
  return camelRow(
    await db.selectFrom('psu_payout_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow(),
  )
}

export async function updatePayoutSettings(
  db: Db,
  patch: Omit<Database['psu_payout_settings'], 'id'>,
): Promise<void> {
  await db.updateTable('psu_payout_settings').set(patch).where('id', '=', 1).execute()
}

/** Approved or paid lists whose month is in the year, plus every list sharing a refund request with them. */
export async function yearLists(db: Db, year: number) {
  const inYear = db
    .selectFrom('psu_payout_lists')
    .select('id')
    .where('status', 'in', ['zatwierdzona', 'wyplacona'])
    .where('month', 'like', `${year}-%`)
  const requests = db
    .selectFrom('psu_refund_request_lists')
    .select('request_id')
    .where('active', '=', 1)
    .where('list_id', 'in', inYear)
  return db
    .selectFrom('psu_payout_lists as l')
    .leftJoin('psu_refund_request_lists as rl', (join) =>
      join.onRef('rl.list_id', '=', 'l.id').on('rl.active', '=', 1),
    )
    .select(['l.id', 'l.month', 'rl.request_id as requestId'])
    .where('l.status', 'in', ['zatwierdzona', 'wyplacona'])
    .where((eb) =>
      eb.or([
        eb('l.month', 'like', `${year}-%`),
        eb(
          'l.id',
          'in',
          eb
            .selectFrom('psu_refund_request_lists')
            .select('list_id')
            .where('active', '=', 1)
            .where('request_id', 'in', requests),
        ),
      ]),
    )
    .execute()
}

export async function requestReceipts(db: Db, requestIds: readonly number[]) {
  if (requestIds.length === 0) return []
  return db
    .selectFrom('psu_refund_requests')
    .select(['id', 'received_gr as receivedGr'])
    .where('id', 'in', requestIds)
    .execute()
}
