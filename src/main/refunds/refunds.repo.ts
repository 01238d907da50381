// SQL for refund requests to the PUP. The payout lists they cover are read from the payout tables.
import type { Kysely, Selectable } from 'kysely'
import { camelRow, camelRows, type CamelRow } from '../db/camel-rows'
import type { Database, PsuRefundRequestsTable } from '../db/schema'

type Db = Kysely<Database>
export type RefundRequestRow = CamelRow<Selectable<PsuRefundRequestsTable> & { porozumienie_number: string }>

function requests(db: Db) {
  return db
    .selectFrom('psu_refund_requests as r')
    .innerJoin('psu_porozumienia as po', 'po.id', 'r.porozumienie_id')
    .selectAll('r')
    .select('po.number as porozumienie_number')
}

export async function findRequest(db: Db, id: number): Promise<RefundRequestRow | undefined> {
  return camelRow(await requests(db).where('r.id', '=', id).executeTakeFirst())
}

export async function allRequests(db: Db): Promise<RefundRequestRow[]> {
  return camelRows(await requests(db).orderBy('r.id').execute())
}

/** The lists of requests, with the link's state (a cancelled request keeps its lists as history). */
export async function requestLists(db: Db, requestIds: readonly number[]) {
  if (requestIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_refund_request_lists as rl')
      .innerJoin('psu_payout_lists as l', 'l.id', 'rl.list_id')
      .select(['rl.request_id', 'rl.active', 'l.id', 'l.number', 'l.month', 'l.status', 'l.paid_at'])
      .where('rl.request_id', 'in', requestIds)
      .orderBy('l.month')
      .execute(),
  )
}

export async function nextSeq(db: Db, year: number): Promise<number> {
  const row = await db
    .selectFrom('psu_refund_requests')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('year', '=', year)
    .executeTakeFirst()
  return Number(row?.last ?? 0) + 1
}

export async function insertRequest(
  db: Db,
  row: Omit<Selectable<PsuRefundRequestsTable>, 'id'>,
): Promise<number> {
  const { id } = await db
    .insertInto('psu_refund_requests')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function linkLists(db: Db, requestId: number, listIds: readonly number[]): Promise<void> {
  for (const listId of listIds) {
    await db
      .insertInto('psu_refund_request_lists')
      .values({ request_id: requestId, list_id: listId, active: 1 })
      .execute()
  }
}

export async function releaseLists(db: Db, requestId: number): Promise<void> {
  await db
    .updateTable('psu_refund_request_lists')
    .set({ active: 0 })
    .where('request_id', '=', requestId)
    .execute()
}

export async function updateRequest(db: Db, id: number, patch: Partial<Selectable<PsuRefundRequestsTable>>) {
  await db.updateTable('psu_refund_requests').set(patch).where('id', '=', id).execute()
}

/** The people of the lists, for the zestawienie: one row per person and list. */
export async function statementRows(db: Db, listIds: readonly number[]) {
  if (listIds.length === 0) return []
  return camelRows(
    await db
      .selectFrom('psu_payout_items as i')
      .innerJoin('psu_payout_lists as l', 'l.id', 'i.list_id')
      .innerJoin('participants as p', 'p.id', 'i.participant_id')
      .select([
        'l.id as listId',
        'l.number as listNumber',
        'l.month',
        'i.participant_id as participantId',
        'i.first_name as firstName',
        'i.last_name as lastName',
        'p.pesel',
        'i.worked_min as workedMin',
        'i.amount_gr as amountGr',
        'i.refund_gr as refundGr',
        'i.paid_on as paidOn',
      ])
      .where('i.list_id', 'in', listIds)
      .execute(),
  )
}
