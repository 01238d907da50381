// Support activities (sessions, counselling, internships, EU projects) and outcomes (work, ZUS
// benefit), each tied to the participation it belongs to; group classes mark a whole group at once.
import type { Kysely } from 'kysely'
import { formatDate } from '@shared/dates'
import {
  ACTIVITY_KINDS,
  OUTCOME_KINDS,
  type ActivityData,
  type ActivityKind,
  type ActivityRecord,
  type ClassCandidate,
  type GroupClassData,
  type GroupClassRecord,
  type GroupClassRow,
} from '@shared/activity.schema'
import type { ActivityExportFilter } from '@shared/exports.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { EmploymentRecorder, ParticipationsService } from '../participations/participations.service'
import type { StaffService } from '../settings/staff.service'
import * as repo from './activities.repo'

export type ActivitiesService = ReturnType<typeof createActivitiesService>

export interface ActivitiesDeps {
  participations: ParticipationsService
  staff: StaffService
}

type Db = Kysely<Database>

export function createActivitiesService(db: Db, deps: ActivitiesDeps, now: () => Date = () => new Date()) {
  async function participationFor(
    trx: Db,
    participantId: number,
    date: string,
    kind: ActivityKind,
  ): Promise<number> {
    const participation = await deps.participations.findFor(
      trx,
      participantId,
      date,
      OUTCOME_KINDS.includes(kind),
    )
    if (!participation) {
      const message = OUTCOME_KINDS.includes(kind)
        ? `Przed ${formatDate(date)} osoba nie rozpoczęła uczestnictwa w KIS — ${ACTIVITY_KINDS[kind]} można zapisać tylko uczestnikowi.`
        : `W dniu ${formatDate(date)} osoba nie uczestniczyła w KIS. Sprawdź datę albo najpierw otwórz uczestnictwo.`
      throw new DomainError('INVALID_INPUT', message, { date: message })
    }
    return participation.id
  }

  async function loadClass(executor: Db, id: number): Promise<GroupClassRecord> {
    const row = await repo.findClass(executor, id)
    if (!row) throw notFound(`zajęcia grupowe o numerze ${id}`)
    const attendees = await repo.findAttendees(executor, id)
    return {
      id: row.id,
      heldOn: row.heldOn,
      topic: row.topic,
      leader: row.leader,
      notes: row.notes,
      attendees: attendees.map((a) => ({
        participantId: a.participantId,
        name: `${a.lastName} ${a.firstName}`,
      })),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }
  }

  return {
    async listForParticipant(participantId: number): Promise<ActivityRecord[]> {
      return (await repo.findByParticipant(db, participantId)).map(toRecord)
    },

    async listForParticipation(participationId: number): Promise<ActivityRecord[]> {
      return (await repo.findByParticipation(db, participationId)).map(toRecord)
    },

    create(data: ActivityData): Promise<ActivityRecord> {
      return db.transaction().execute(async (trx) => {
        const participationId = await participationFor(trx, data.participantId, data.date, data.kind)
        if (data.staffMemberId !== null)
          await deps.staff.requireActive(trx, data.staffMemberId, 'staffMemberId')
        const id = await repo.insert(trx, {
          participant_id: data.participantId,
          participation_id: participationId,
          kind: data.kind,
          activity_date: data.date,
          end_date: data.endDate,
          staff_member_id: data.staffMemberId,
          group_class_id: null,
          provider: data.provider,
          topic: data.topic,
          organization: data.organization,
          project_name: data.projectName,
          employment_form: data.employmentForm,
          benefit_name: data.benefitName,
          notes: data.notes,
          created_at: now().toISOString(),
        })
        return toRecord((await repo.findById(trx, id))!)
      })
    },

    /** A mistaken entry may be removed; group attendance is changed on the class itself. */
    remove(id: number): Promise<{ id: number }> {
      return db.transaction().execute(async (trx) => {
        const row = await repo.findById(trx, id)
        if (!row) throw notFound(`wpis wsparcia o numerze ${id}`)
        if (row.groupClassId !== null) {
          throw new DomainError(
            'CONFLICT',
            'To obecność na zajęciach grupowych — zmień listę obecności w zakładce „Zajęcia grupowe”.',
          )
        }
        await repo.remove(trx, id)
        return { id }
      })
    },

    async listClasses(): Promise<GroupClassRow[]> {
      return (await repo.findClasses(db)).map((c) => ({
        id: c.id,
        heldOn: c.heldOn,
        topic: c.topic,
        leader: c.leader,
        attendeeCount: Number(c.attendeeCount),
      }))
    },

    /** Support entries with the screen's filters, for the list export. */
    exportRows(filter: ActivityExportFilter) {
      return repo.findForExport(db, filter)
    },

    getClass(id: number): Promise<GroupClassRecord> {
      return loadClass(db, id)
    },

    async classCandidates(date: string): Promise<ClassCandidate[]> {
      return (await deps.participations.peopleInKisOn(date)).map((p) => ({
        participantId: p.participantId,
        name: `${p.lastName} ${p.firstName}`,
        pesel: p.pesel,
      }))
    },

    /** The class and its whole attendance list in one transaction: all of it is saved, or nothing. */
    saveClass(data: GroupClassData): Promise<GroupClassRecord> {
      return db.transaction().execute(async (trx) => {
        const stamp = now().toISOString()
        const columns = { held_on: data.heldOn, topic: data.topic, leader: data.leader, notes: data.notes }
        let id: number
        if (data.id === null) {
          id = await repo.insertClass(trx, { ...columns, created_at: stamp, updated_at: stamp })
        } else {
          id = data.id
          if (!(await repo.findClass(trx, id))) throw notFound(`zajęcia grupowe o numerze ${id}`)
          await repo.updateClass(trx, id, { ...columns, updated_at: stamp })
          await repo.removeAttendance(trx, id)
        }
        for (const participantId of data.attendeeIds) {
          const participation = await deps.participations.findFor(trx, participantId, data.heldOn, false)
          if (!participation) {
            const message = `Na liście obecności jest osoba, która ${formatDate(data.heldOn)} nie uczestniczyła w KIS — odśwież listę.`
            throw new DomainError('INVALID_INPUT', message, { attendeeIds: message })
          }
          await repo.insert(trx, {
            participant_id: participantId,
            participation_id: participation.id,
            kind: 'zajecia_grupowe',
            activity_date: data.heldOn,
            end_date: null,
            staff_member_id: null,
            group_class_id: id,
            provider: data.leader,
            topic: data.topic,
            organization: '',
            project_name: '',
            employment_form: null,
            benefit_name: '',
            notes: '',
            created_at: stamp,
          })
        }
        return loadClass(trx, id)
      })
    },
  }
}

/** The job taken, written when a participation closes for that reason (inside its transaction). */
export function createEmploymentRecorder(now: () => Date = () => new Date()): EmploymentRecorder {
  return {
    async recordEmployment(executor, job) {
      await repo.insert(executor, {
        participant_id: job.participantId,
        participation_id: job.participationId,
        kind: 'zatrudnienie',
        activity_date: job.date,
        end_date: null,
        staff_member_id: null,
        group_class_id: null,
        provider: '',
        topic: '',
        organization: job.employer,
        project_name: '',
        employment_form: job.form,
        benefit_name: '',
        notes: 'zapisano przy zakończeniu uczestnictwa',
        created_at: now().toISOString(),
      })
    },
  }
}

function toRecord(row: repo.ActivityRow): ActivityRecord {
  return {
    id: row.id,
    participantId: row.participantId,
    participationId: row.participationId,
    kind: row.kind as ActivityKind,
    date: row.activityDate,
    endDate: row.endDate,
    staffMemberId: row.staffMemberId,
    staffMemberName: row.staffMemberName,
    provider: row.provider,
    topic: row.topic,
    organization: row.organization,
    projectName: row.projectName,
    employmentForm: row.employmentForm,
    benefitName: row.benefitName,
    notes: row.notes,
    groupClassId: row.groupClassId,
    createdAt: row.createdAt,
  }
}
