// Kontrakty socjalne: drafted, signed, then changed only by an aneks (kept as history with the terms
// before and after), monitored by action statuses and evaluated per goal.
import type { Kysely } from 'kysely'
import { formatDate, todayIso } from '@shared/dates'
import {
  FAMILY_ONLY_IN_A,
  isActionOverdue,
  type ActionStatus,
  type EvaluationData,
  type KontraktData,
  type KontraktRecord,
} from '@shared/kontrakt.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { ParticipationsService } from '../participations/participations.service'
import type { OfficeService } from '../settings/office.service'
import type { StaffService } from '../settings/staff.service'
import { describeChanges, type KontraktTerms } from './kontrakt-changes'
import { nextKontraktNumber } from './kontrakt-number'
import { kontraktRecord, loadKontrakt as load } from './kontrakt-record'
import { columnsOf, writeTerms } from './kontrakt-terms'
import * as repo from './kontrakty.repo'

export type KontraktyService = ReturnType<typeof createKontraktyService>

export interface KontraktyDeps {
  participations: ParticipationsService
  staff: StaffService
  office: OfficeService
}

type Db = Kysely<Database>

export function createKontraktyService(db: Db, deps: KontraktyDeps, now: () => Date = () => new Date()) {
  async function requireWorker(trx: Db, data: KontraktData, current: number | null): Promise<void> {
    // A worker who left may stay on an existing kontrakt; a newly chosen one must be active.
    if (data.socialWorkerId !== current)
      await deps.staff.requireActive(trx, data.socialWorkerId, 'socialWorkerId')
  }

  async function allocateNumber(trx: Db, prefix: string, concludedOn: string) {
    const year = Number(concludedOn.slice(0, 4))
    return nextKontraktNumber(prefix, concludedOn, [{ year, seq: await repo.maxSequence(trx, year) }])
  }

  /**
   * Variant B has no family members as parties (DOMAIN.md §3): the schema refuses them at the channel,
   * and so does the service, for every way terms are written — a new kontrakt, a draft's edit, an aneks.
   */
  function refuseFamilyOnB(data: KontraktData): void {
    if (data.variant === 'B' && data.familyMembers.length > 0)
      throw new DomainError('INVALID_INPUT', FAMILY_ONLY_IN_A, { 'data.familyMembers': FAMILY_ONLY_IN_A })
  }

  function refuseSigned(row: repo.KontraktRow): void {
    if (row.signedAt) {
      throw new DomainError(
        'CONFLICT',
        `Kontrakt nr ${row.number} jest podpisany — nie można go zmienić bezpośrednio. Zmiany wprowadź aneksem.`,
      )
    }
  }

  async function requireRow(executor: Db, id: number): Promise<repo.KontraktRow> {
    const row = await repo.findById(executor, id)
    if (!row) throw notFound(`kontrakt socjalny o numerze ${id}`)
    return row
  }

  return {
    get(id: number): Promise<KontraktRecord> {
      return load(db, id)
    },

    async listForParticipant(participantId: number): Promise<KontraktRecord[]> {
      const rows = await repo.findByParticipant(db, participantId)
      const records: KontraktRecord[] = []
      for (const row of rows) records.push(await kontraktRecord(db, row))
      return records
    },

    async findForParticipation(participationId: number): Promise<KontraktRecord | null> {
      const row = await repo.findByParticipation(db, participationId)
      return row ? kontraktRecord(db, row) : null
    },

    async getByAneks(
      aneksId: number,
    ): Promise<{ kontrakt: KontraktRecord; aneks: KontraktRecord['aneksy'][number] }> {
      const aneks = await repo.findAneks(db, aneksId)
      if (!aneks) throw notFound(`aneks o numerze ${aneksId}`)
      const kontrakt = await load(db, aneks.kontraktId)
      return { kontrakt, aneks: kontrakt.aneksy.find((a) => a.id === aneksId)! }
    },

    async getByEvaluation(
      evaluationId: number,
    ): Promise<{ kontrakt: KontraktRecord; evaluation: KontraktRecord['evaluations'][number] }> {
      const evaluation = await repo.findEvaluation(db, evaluationId)
      if (!evaluation) throw notFound(`ocena kontraktu o numerze ${evaluationId}`)
      const kontrakt = await load(db, evaluation.kontraktId)
      return { kontrakt, evaluation: kontrakt.evaluations.find((e) => e.id === evaluationId)! }
    },

    async create(participationId: number, data: KontraktData): Promise<KontraktRecord> {
      refuseFamilyOnB(data)
      const participation = await deps.participations.get(participationId)
      const { kontraktPrefix } = await deps.office.get()
      return db.transaction().execute(async (trx) => {
        if (participation.endDate) {
          throw new DomainError(
            'CONFLICT',
            `To uczestnictwo zakończono ${formatDate(participation.endDate)} — nie można zawrzeć do niego kontraktu.`,
          )
        }
        const existing = await repo.findByParticipation(trx, participationId)
        if (existing) {
          throw new DomainError(
            'CONFLICT',
            `To uczestnictwo ma już kontrakt socjalny nr ${existing.number}. Otwórz go zamiast tworzyć nowy.`,
          )
        }
        await requireWorker(trx, data, null)
        const number = await allocateNumber(trx, kontraktPrefix, data.concludedOn)
        const stamp = now().toISOString()
        const id = await repo.insert(trx, {
          participation_id: participationId,
          number: number.number,
          number_year: number.year,
          number_seq: number.seq,
          ...columnsOf(data),
          signed_at: null,
          created_at: stamp,
          updated_at: stamp,
        })
        await writeTerms(trx, id, data)
        return load(trx, id)
      })
    },

    async update(id: number, data: KontraktData): Promise<KontraktRecord> {
      refuseFamilyOnB(data)
      const { kontraktPrefix } = await deps.office.get()
      return db.transaction().execute(async (trx) => {
        const row = await requireRow(trx, id)
        refuseSigned(row)
        await requireWorker(trx, data, row.socialWorkerId)
        const renumber =
          data.concludedOn.slice(0, 4) !== row.concludedOn.slice(0, 4)
            ? await allocateNumber(trx, kontraktPrefix, data.concludedOn)
            : null
        await repo.update(trx, id, {
          ...columnsOf(data),
          ...(renumber && { number: renumber.number, number_year: renumber.year, number_seq: renumber.seq }),
          updated_at: now().toISOString(),
        })
        await writeTerms(trx, id, data)
        return load(trx, id)
      })
    },

    sign(id: number): Promise<KontraktRecord> {
      return db.transaction().execute(async (trx) => {
        const row = await requireRow(trx, id)
        if (row.signedAt) throw new DomainError('CONFLICT', `Kontrakt nr ${row.number} jest już podpisany.`)
        if (row.concludedOn > todayIso(now())) {
          throw new DomainError(
            'INVALID_INPUT',
            `Data zawarcia kontraktu (${formatDate(row.concludedOn)}) jest w przyszłości — oznacz go jako podpisany w dniu podpisania.`,
          )
        }
        const stamp = now().toISOString()
        await repo.update(trx, id, { signed_at: stamp, updated_at: stamp })
        return load(trx, id)
      })
    },

    amend(input: {
      id: number
      aneksDate: string
      description: string
      data: KontraktData
    }): Promise<KontraktRecord> {
      const { id, aneksDate, description, data } = input
      return db.transaction().execute(async (trx) => {
        const row = await requireRow(trx, id)
        if (!row.signedAt) {
          throw new DomainError(
            'CONFLICT',
            `Kontrakt nr ${row.number} nie jest jeszcze podpisany — popraw go bezpośrednio, bez aneksu.`,
          )
        }
        if (row.participationEndDate) {
          throw new DomainError(
            'CONFLICT',
            `Uczestnictwo zakończono ${formatDate(row.participationEndDate)} — kontraktu nie można już zmieniać aneksem.`,
          )
        }
        const fieldError = (field: string, message: string) =>
          new DomainError('INVALID_INPUT', message, { [field]: message })
        if (data.variant !== row.variant)
          throw fieldError('data.variant', 'Aneks nie zmienia wariantu kontraktu.')
        if (data.concludedOn !== row.concludedOn)
          throw fieldError('data.concludedOn', 'Aneks nie zmienia daty zawarcia kontraktu.')
        refuseFamilyOnB(data)
        if (aneksDate < row.concludedOn) {
          throw fieldError(
            'aneksDate',
            `Aneks nie może mieć daty wcześniejszej niż zawarcie kontraktu (${formatDate(row.concludedOn)}).`,
          )
        }
        const before = await kontraktRecord(trx, row)
        const previous = before.aneksy.at(-1)
        if (previous && aneksDate < previous.aneksDate) {
          throw fieldError(
            'aneksDate',
            `Aneks nie może mieć daty wcześniejszej niż poprzedni aneks nr ${previous.number} (${formatDate(previous.aneksDate)}).`,
          )
        }
        await requireWorker(trx, data, row.socialWorkerId)
        await repo.update(trx, id, { ...columnsOf(data), updated_at: now().toISOString() })
        await writeTerms(trx, id, data)
        const after = await load(trx, id)
        const changes = describeChanges(termsOf(before), termsOf(after))
        if (changes.length === 0) {
          throw new DomainError(
            'INVALID_INPUT',
            'Aneks nic nie zmienia w kontrakcie — wprowadź zmiany w treści albo zamknij formularz.',
          )
        }
        await repo.insertAneks(trx, {
          kontrakt_id: id,
          number: (previous?.number ?? 0) + 1,
          aneks_date: aneksDate,
          description,
          changes_json: JSON.stringify(changes),
          before_json: JSON.stringify(termsOf(before)),
          after_json: JSON.stringify(termsOf(after)),
          created_at: now().toISOString(),
        })
        return load(trx, id)
      })
    },

    evaluate(input: EvaluationData): Promise<KontraktRecord> {
      return db.transaction().execute(async (trx) => {
        const row = await requireRow(trx, input.id)
        if (!row.signedAt) {
          throw new DomainError(
            'CONFLICT',
            `Kontrakt nr ${row.number} nie jest podpisany — ocenia się realizację zawartego kontraktu.`,
          )
        }
        if (input.evaluatedOn < row.concludedOn) {
          const message = `Ocena nie może mieć daty wcześniejszej niż zawarcie kontraktu (${formatDate(row.concludedOn)}).`
          throw new DomainError('INVALID_INPUT', message, { evaluatedOn: message })
        }
        const goals = await repo.findGoals(trx, row.id)
        const given = input.goals.map((g) => g.goalId)
        if (
          given.length !== goals.length ||
          new Set(given).size !== given.length ||
          !goals.every((g) => given.includes(g.id))
        ) {
          throw new DomainError(
            'CONFLICT',
            'Cele kontraktu zmieniły się — zamknij formularz oceny i otwórz go ponownie.',
          )
        }
        await repo.insertEvaluation(
          trx,
          {
            kontrakt_id: row.id,
            evaluated_on: input.evaluatedOn,
            summary: input.summary,
            created_at: now().toISOString(),
          },
          input.goals.map((g) => ({
            goal_id: g.goalId,
            goal_text: goals.find((goal) => goal.id === g.goalId)!.text,
            achievement: g.achievement,
            comment: g.comment,
          })),
        )
        return load(trx, row.id)
      })
    },

    /** Monitoring, not a change of terms: an action's status may change on a signed kontrakt. */
    progress(actionId: number, status: ActionStatus): Promise<KontraktRecord> {
      return db.transaction().execute(async (trx) => {
        const action = await repo.findAction(trx, actionId)
        if (!action) throw notFound(`działanie kontraktu o numerze ${actionId}`)
        await repo.updateAction(trx, actionId, { status })
        await repo.update(trx, action.kontraktId, { updated_at: now().toISOString() })
        return load(trx, action.kontraktId)
      })
    },

    /** Open actions of signed kontrakty in open participations due by the day (the watched actions). */
    openActionsDueBy(until: string) {
      return repo.findOpenActionsDueBy(db, until)
    },

    /** The watched actions overdue today (isActionOverdue): what the Start board marks and the check lists. */
    async overdueActions(today: string) {
      return (await repo.findOpenActionsDueBy(db, today)).filter((a) => isActionOverdue(a, today))
    },

    signedInOpenParticipations() {
      return repo.findSignedInOpenParticipations(db)
    },

    /** Every kontrakt (or one person's), for the list export: the KIS screens show them per person. */
    exportRows(participantId: number | null) {
      return repo.findForExport(db, participantId)
    },
  }
}

function termsOf(k: KontraktRecord): KontraktTerms {
  return {
    place: k.place,
    socialWorker: k.socialWorkerName,
    familyMembers: k.familyMembers,
    situationCauses: k.situationCauses,
    strengths: k.strengths,
    limitations: k.limitations,
    unemploymentCauses: k.unemploymentCauses,
    barriers: k.barriers,
    earlierActivation: k.earlierActivation,
    mainGoal: k.mainGoal,
    goals: k.goals,
    actions: k.actions,
    expectedEffects: k.expectedEffects,
    endDate: k.endDate,
  }
}
