// The participants register: rules around the repository. No Electron here.
import type { Kysely } from 'kysely'
import type {
  ParticipantData,
  ParticipantFilter,
  ParticipantListQuery,
  ParticipantRow,
  ParticipantPage,
  ParticipantRecord,
} from '@shared/participant.schema'
import { PARTICIPANT_STATUS_LABELS } from '@shared/participant.schema'
import { formatDate } from '@shared/dates'
import { foldForSearch } from '@shared/text'
import type { Exclusion, TargetGroup } from '@shared/eligibility'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import * as repo from './participants.repo'
import type { StoredParticipant } from './participants.repo'
import * as bulk from './participants-bulk.repo'

export type ParticipantsService = ReturnType<typeof createParticipantsService>

export function createParticipantsService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  async function load(executor: Kysely<Database>, id: number): Promise<ParticipantRecord> {
    const row = await repo.findById(executor, id)
    if (!row) throw notFound(`uczestnik o numerze ${id}`)
    return toRecord(row, await repo.findCodes(executor, id))
  }

  async function refuseDuplicates(executor: Kysely<Database>, data: ParticipantData, selfId: number | null) {
    if (data.pesel) {
      const other = await repo.findByPesel(executor, data.pesel)
      if (other && other.id !== selfId) {
        const message = `Ten PESEL jest już w rejestrze: ${describe(other)}. Otwórz istniejący wpis zamiast dodawać nowy.`
        throw new DomainError('CONFLICT', message, { pesel: message })
      }
    }
    if (data.idDocument) {
      const other = await repo.findByIdDocument(executor, data.idDocument)
      if (other && other.id !== selfId) {
        const message = `Ten numer dokumentu jest już w rejestrze: ${describe(other)}.`
        throw new DomainError('CONFLICT', message, { idDocument: message })
      }
    }
  }

  return {
    list(query: ParticipantListQuery): Promise<ParticipantPage> {
      return repo.findPage(db, query)
    },

    listAll(filter: ParticipantFilter): Promise<ParticipantRow[]> {
      return repo.findAll(db, filter)
    },

    /** Special-category data (art. 9 RODO) of the given people, for an export that asks for it. */
    specialCategories(ids: readonly number[]) {
      return repo.findSpecialCategories(db, ids)
    },

    get(id: number): Promise<ParticipantRecord> {
      return load(db, id)
    },

    create(data: ParticipantData): Promise<ParticipantRecord> {
      return db.transaction().execute(async (trx) => {
        await refuseDuplicates(trx, data, null)
        const stamp = now().toISOString()
        const id = await repo.insert(trx, { ...toColumns(data), created_at: stamp, updated_at: stamp })
        await repo.replaceCodes(trx, id, data)
        return load(trx, id)
      })
    },

    update(id: number, data: ParticipantData): Promise<ParticipantRecord> {
      return db.transaction().execute(async (trx) => {
        const current = await repo.findById(trx, id)
        if (!current) throw notFound(`uczestnik o numerze ${id}`)
        if (current.anonymisedAt) {
          throw new DomainError(
            'CONFLICT',
            'Ta osoba została zanonimizowana — jej danych nie można już zmieniać.',
          )
        }
        await refuseDuplicates(trx, data, id)
        await repo.update(trx, id, { ...toColumns(data), updated_at: now().toISOString() })
        await repo.replaceCodes(trx, id, data)
        return load(trx, id)
      })
    },

    /** Keeps the register's status in step with KIS participation, inside the caller's transaction. */
    async followParticipation(
      executor: Kysely<Database>,
      id: number,
      status: 'aktywny' | 'zakonczony',
    ): Promise<void> {
      await repo.update(executor, id, { status, updated_at: now().toISOString() })
    },

    /** Stored people with these PESEL or document numbers, archived included (the import's lookup). */
    async findByIdentities(
      pesels: readonly string[],
      documents: readonly string[],
    ): Promise<ParticipantRecord[]> {
      const rows = await bulk.findByIdentities(db, pesels, documents)
      const codes = await bulk.findCodesOf(
        db,
        rows.map((r) => r.id),
      )
      return rows.map((r) => toRecord(r, codes.get(r.id) ?? { targetGroups: [], exclusions: [] }))
    },

    /**
     * The import's write inside the caller's transaction: new people in chunks, then the ticked updates.
     * A PESEL or document number already in the register, or twice in the batch, refuses the whole
     * batch — the caller's transaction rolls back and nothing is half-imported. Answers the new ids in
     * the order of `create`.
     */
    async importRows(
      executor: Kysely<Database>,
      batch: { create: readonly ParticipantData[]; update: readonly { id: number; data: ParticipantData }[] },
      afterChunk: (done: number) => Promise<void> = async () => undefined,
    ): Promise<number[]> {
      const identity = (p: { pesel: string | null; idDocument: string | null }) =>
        p.pesel ? `p:${p.pesel}` : `d:${p.idDocument}`
      const seen = new Set<string>()
      for (const data of batch.create) {
        const key = identity(data)
        if (seen.has(key)) {
          throw new DomainError(
            'CONFLICT',
            `${data.lastName} ${data.firstName} występuje w imporcie dwa razy.`,
          )
        }
        seen.add(key)
      }
      const taken = await bulk.findByIdentities(
        executor,
        batch.create.flatMap((d) => (d.pesel ? [d.pesel] : [])),
        batch.create.flatMap((d) => (d.idDocument ? [d.idDocument] : [])),
      )
      if (taken.length > 0) {
        throw new DomainError(
          'CONFLICT',
          `Ta osoba jest już w rejestrze: ${describe(taken[0]!)}. Import nie został zapisany — sprawdź plik ponownie.`,
        )
      }
      const stamp = now().toISOString()
      const inserted = await bulk.insertMany(
        executor,
        batch.create.map((d) => ({ ...toColumns(d), created_at: stamp, updated_at: stamp })),
        afterChunk,
      )
      const idOf = new Map(inserted.map((r) => [identity(r), r.id]))
      const ids = batch.create.map((d) => idOf.get(identity(d))!)
      await bulk.insertCodesMany(
        executor,
        batch.create.flatMap((d, i) =>
          d.targetGroups.map((target_group) => ({ participant_id: ids[i]!, target_group })),
        ),
        batch.create.flatMap((d, i) =>
          d.exclusions.map((exclusion) => ({ participant_id: ids[i]!, exclusion })),
        ),
      )
      for (const { id, data } of batch.update) {
        if (!(await repo.findById(executor, id))) throw notFound(`uczestnik o numerze ${id}`)
        await refuseDuplicates(executor, data, id)
        await repo.update(executor, id, { ...toColumns(data), updated_at: stamp })
        await repo.replaceCodes(executor, id, data)
      }
      return ids
    },

    /** Personal data is not deleted here: deletion follows the retention rules, later. */
    archive(id: number): Promise<ParticipantRecord> {
      return db.transaction().execute(async (trx) => {
        if (!(await repo.findById(trx, id))) throw notFound(`uczestnik o numerze ${id}`)
        await repo.update(trx, id, { status: 'archiwalny', updated_at: now().toISOString() })
        return load(trx, id)
      })
    },
  }
}

function describe(row: StoredParticipant): string {
  return `${row.firstName} ${row.lastName}, ur. ${formatDate(row.birthDate)} (nr ${row.id}, status: ${PARTICIPANT_STATUS_LABELS[row.status]})`
}

function toColumns(data: ParticipantData) {
  return {
    first_name: data.firstName,
    last_name: data.lastName,
    pesel: data.pesel,
    id_document: data.idDocument,
    birth_date: data.birthDate,
    sex: data.sex,
    address: data.address,
    phone: data.phone,
    email: data.email,
    admission_date: data.admissionDate,
    other_group_reason: data.otherGroupReason,
    therapy_completed: data.therapyCompleted ? 1 : 0,
    notes: data.notes,
    status: data.status,
    search_text: foldForSearch(
      [data.lastName, data.firstName, data.pesel ?? '', data.idDocument ?? ''].join(' '),
    ),
    sort_name: foldForSearch(`${data.lastName} ${data.firstName}`),
  } as const
}

function toRecord(
  row: StoredParticipant,
  codes: { targetGroups: string[]; exclusions: string[] },
): ParticipantRecord {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    pesel: row.pesel,
    idDocument: row.idDocument,
    birthDate: row.birthDate,
    sex: row.sex,
    address: row.address,
    phone: row.phone,
    email: row.email,
    admissionDate: row.admissionDate,
    targetGroups: codes.targetGroups as TargetGroup[],
    otherGroupReason: row.otherGroupReason,
    exclusions: codes.exclusions as Exclusion[],
    therapyCompleted: row.therapyCompleted === 1,
    notes: row.notes,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}
