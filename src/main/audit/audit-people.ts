// Who a print or an export concerns, found from the record ids of its request (reads only).
// Whole-register lists name no one individually: their entry says how many rows left the app.
import type { Kysely } from 'kysely'
import type { DocumentRequest } from '@shared/documents.schema'
import type { ListExportRequest } from '@shared/exports.schema'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

const ids = (rows: { pid: number }[]) => [...new Set(rows.map((r) => r.pid))].sort((a, b) => a - b)

function ofParticipation(db: Db, participationId: number) {
  return db.selectFrom('participations').select('participant_id as pid').where('id', '=', participationId)
}

function ofKontrakt(db: Db, kontraktId: number) {
  return db
    .selectFrom('kontrakty as k')
    .innerJoin('participations as p', 'p.id', 'k.participation_id')
    .select('p.participant_id as pid')
    .where('k.id', '=', kontraktId)
}

function ofPayoutList(db: Db, listId: number) {
  return db.selectFrom('psu_payout_items').select('participant_id as pid').where('list_id', '=', listId)
}

function ofRefundRequest(db: Db, requestId: number) {
  return db
    .selectFrom('psu_refund_request_lists as rl')
    .innerJoin('psu_payout_items as i', 'i.list_id', 'rl.list_id')
    .select('i.participant_id as pid')
    .where('rl.request_id', '=', requestId)
    .where('rl.active', '=', 1)
}

export async function peopleOfDocument(db: Db, r: DocumentRequest): Promise<number[]> {
  switch (r.kind) {
    case 'karta-uczestnika':
      return [r.participantId]
    case 'zaswiadczenie-kis':
      return ids(await ofParticipation(db, r.participationId).execute())
    case 'kontrakt-socjalny':
      return ids(await ofKontrakt(db, r.kontraktId).execute())
    case 'kontrakt-aneks':
    case 'kontrakt-ocena': {
      const table = r.kind === 'kontrakt-aneks' ? 'kontrakt_aneksy' : 'kontrakt_evaluations'
      const id = r.kind === 'kontrakt-aneks' ? r.aneksId : r.evaluationId
      const row = await db.selectFrom(table).select('kontrakt_id').where('id', '=', id).executeTakeFirst()
      return row ? ids(await ofKontrakt(db, row.kontrakt_id).execute()) : []
    }
    case 'lista-wyplat':
      return ids(await ofPayoutList(db, r.listId).execute())
    case 'wniosek-refundacja':
      return ids(await ofRefundRequest(db, r.requestId).execute())
    case 'psu-karty': {
      const monthStart = `${r.month}-01`
      const monthEnd = `${r.month}-31`
      let query = db.selectFrom('psu_assignments').select('participant_id as pid')
      query = r.assignmentIds
        ? query.where('id', 'in', r.assignmentIds)
        : query.where('date_from', '<=', monthEnd).where('date_to', '>=', monthStart)
      return ids(await query.execute())
    }
    default:
      // Reports, the PSU needs plan and the recovery code concern no one by name.
      return []
  }
}

export async function peopleOfList(db: Db, r: ListExportRequest): Promise<number[]> {
  switch (r.list) {
    case 'payout-list':
    case 'payout-bank':
      return ids(await ofPayoutList(db, r.listId).execute())
    case 'refund-statement':
      return ids(await ofRefundRequest(db, r.requestId).execute())
    case 'kontrakty':
      return r.participantId === null ? [] : [r.participantId]
    case 'activities':
      return r.filter.participantId === null ? [] : [r.filter.participantId]
    default:
      return []
  }
}
