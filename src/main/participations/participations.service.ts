// KIS participation periods: one open at a time per person, closed with a date and a reason.
// Whether the person graduated (six months or longer) is computed, never stored.
import type { Kysely } from 'kysely'
import { formatDate } from '@shared/dates'
import { isGraduate, sixMonthsReachedOn } from '@shared/kis-periods'
import type { TargetGroup } from '@shared/eligibility'
import {
  kontraktOnClose,
  type CloseParticipationData,
  type EmploymentForm,
  type OpenParticipationData,
  type ParticipationRecord,
} from '@shared/participation.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { ParticipantsService } from '../participants/participants.service'
import type { StaffService } from '../settings/staff.service'
import * as repo from './participations.repo'

export type ParticipationsService = ReturnType<typeof createParticipationsService>

/** Records the job taken when a participation closes for that reason (the activities service). */
export interface EmploymentRecorder {
  recordEmployment(
    executor: Kysely<Database>,
    job: {
      participantId: number
      participationId: number
      date: string
      form: EmploymentForm
      employer: string
    },
  ): Promise<void>
}

/** Whether a participation has a kontrakt socjalny, and whether it is signed (the kontrakty service). */
export interface KontraktLookup {
  kontraktOf(participationId: number): Promise<'brak' | 'projekt' | 'podpisany'>
}

export interface ParticipationsDeps {
  participants: ParticipantsService
  staff: StaffService
  employment: EmploymentRecorder
  kontrakty: KontraktLookup
}

export function createParticipationsService(
  db: Kysely<Database>,
  deps: ParticipationsDeps,
  now: () => Date = () => new Date(),
) {
  async function toRecords(
    executor: Kysely<Database>,
    rows: repo.ParticipationRow[],
  ): Promise<ParticipationRecord[]> {
    const groups = await repo.findTargetGroups(
      executor,
      rows.map((r) => r.id),
    )
    return rows.map((row) => toRecord(row, groups.get(row.id) ?? []))
  }

  async function load(executor: Kysely<Database>, id: number): Promise<ParticipationRecord> {
    const row = await repo.findById(executor, id)
    if (!row) throw notFound(`uczestnictwo o numerze ${id}`)
    return (await toRecords(executor, [row]))[0]!
  }

  return {
    get(id: number): Promise<ParticipationRecord> {
      return load(db, id)
    },

    async listForParticipant(participantId: number): Promise<ParticipationRecord[]> {
      return toRecords(db, await repo.findByParticipant(db, participantId))
    },

    async open(data: OpenParticipationData): Promise<ParticipationRecord> {
      // Read before the transaction: the participants service queries on its own connection handle.
      const person = await deps.participants.get(data.participantId)
      return db.transaction().execute(async (trx) => {
        if (person.status === 'archiwalny') {
          throw new DomainError(
            'CONFLICT',
            `${person.firstName} ${person.lastName} jest w archiwum. Zmień status w danych uczestnika na „aktywny”, zanim otworzysz uczestnictwo.`,
          )
        }
        const open = await repo.findOpen(trx, data.participantId)
        if (open) {
          throw new DomainError(
            'CONFLICT',
            `${person.firstName} ${person.lastName} ma już otwarte uczestnictwo w KIS od ${formatDate(open.startDate)}. ` +
              'Zakończ je, zanim otworzysz nowe.',
          )
        }
        const earlier = await repo.findByParticipant(trx, data.participantId)
        const lastEnd = earlier
          .map((p) => p.endDate ?? '')
          .sort()
          .at(-1)
        if (lastEnd && data.startDate <= lastEnd) {
          const message = `Nowe uczestnictwo musi zaczynać się po zakończeniu poprzedniego (${formatDate(lastEnd)}).`
          throw new DomainError('INVALID_INPUT', message, { startDate: message })
        }
        if (data.referringWorkerId !== null)
          await deps.staff.requireActive(trx, data.referringWorkerId, 'referringWorkerId')
        const stamp = now().toISOString()
        const id = await repo.insert(
          trx,
          {
            participant_id: data.participantId,
            start_date: data.startDate,
            referral_kind: data.referralKind,
            referring_worker_id: data.referringWorkerId,
            pup_referral_number: data.pupReferralNumber,
            pup_referral_date: data.pupReferralDate,
            other_group_reason: data.otherGroupReason,
            notes: data.notes,
            created_at: stamp,
            updated_at: stamp,
          },
          data.targetGroups,
        )
        await deps.participants.followParticipation(trx, data.participantId, 'aktywny')
        return load(trx, id)
      })
    },

    async close(data: CloseParticipationData): Promise<ParticipationRecord> {
      // Read before the transaction: the kontrakty service runs on its own connection handle.
      const kontrakt = await deps.kontrakty.kontraktOf(data.id)
      return db.transaction().execute(async (trx) => {
        const row = await repo.findById(trx, data.id)
        if (!row) throw notFound(`uczestnictwo o numerze ${data.id}`)
        if (row.endDate) {
          throw new DomainError('CONFLICT', `To uczestnictwo zakończono już ${formatDate(row.endDate)}.`)
        }
        if (data.endDate < row.startDate) {
          const message = `Data zakończenia nie może być wcześniejsza niż rozpoczęcie uczestnictwa (${formatDate(row.startDate)}).`
          throw new DomainError('INVALID_INPUT', message, { endDate: message })
        }
        const { refusal } = kontraktOnClose({
          endReason: data.endReason,
          graduate: isGraduate(row.startDate, data.endDate),
          kontrakt,
        })
        if (refusal) throw new DomainError('INVALID_INPUT', refusal, { endReason: refusal })
        if (data.employmentDate !== null && data.employmentDate < row.startDate) {
          const message = `Data zatrudnienia nie może być wcześniejsza niż rozpoczęcie uczestnictwa (${formatDate(row.startDate)}).`
          throw new DomainError('INVALID_INPUT', message, { employmentDate: message })
        }
        await repo.close(trx, data.id, {
          end_date: data.endDate,
          end_reason: data.endReason,
          employment_date: data.employmentDate,
          end_notes: data.endNotes,
          updated_at: now().toISOString(),
        })
        await deps.participants.followParticipation(trx, row.participantId, 'zakonczony')
        if (data.employmentDate !== null && data.employmentForm !== null) {
          await deps.employment.recordEmployment(trx, {
            participantId: row.participantId,
            participationId: row.id,
            date: data.employmentDate,
            form: data.employmentForm,
            employer: data.employer,
          })
        }
        return load(trx, data.id)
      })
    },

    /** The participation an activity on `date` belongs to: the one covering the date, or for outcomes
     * (work, benefit) also the latest one that started before it. */
    async findFor(
      executor: Kysely<Database>,
      participantId: number,
      date: string,
      allowAfterEnd: boolean,
    ): Promise<ParticipationRecord | null> {
      const row =
        (await repo.findCovering(executor, participantId, date)) ??
        (allowAfterEnd ? await repo.findLatestStartedBy(executor, participantId, date) : undefined)
      return row ? (await toRecords(executor, [row]))[0]! : null
    },

    openWithNames(): Promise<repo.OpenParticipationRow[]> {
      return repo.findAllOpen(db)
    },

    peopleInKisOn(date: string) {
      return repo.findPeopleInKisOn(db, date)
    },
  }
}

function toRecord(row: repo.ParticipationRow, targetGroups: string[]): ParticipationRecord {
  return {
    id: row.id,
    participantId: row.participantId,
    startDate: row.startDate,
    referralKind: row.referralKind,
    referringWorkerId: row.referringWorkerId,
    referringWorkerName: row.referringWorkerName,
    pupReferralNumber: row.pupReferralNumber,
    pupReferralDate: row.pupReferralDate,
    targetGroups: targetGroups as TargetGroup[],
    otherGroupReason: row.otherGroupReason,
    notes: row.notes,
    endDate: row.endDate,
    endReason: row.endReason,
    employmentDate: row.employmentDate,
    endNotes: row.endNotes,
    sixMonthsOn: sixMonthsReachedOn(row.startDate),
    graduate: row.endDate ? isGraduate(row.startDate, row.endDate) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}
