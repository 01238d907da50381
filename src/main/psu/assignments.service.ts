// Assignments: a participant directed by the PUP (skierowanie) works on a position under a porozumienie.
// Every rule (one assignment at a time per person, places per position, inside the porozumienie) is
// checked inside the write transaction, so two saves can never together break it.
import type { Kysely } from 'kysely'
import type {
  AssignmentInput,
  AssignmentListQuery,
  AssignmentRecord,
  PsuEventInput,
  PsuEventRecord,
} from '@shared/psu-assignments.schema'
import { formatDate } from '@shared/dates'
import { firstDayOf, lastDayOf } from '@shared/psu-calendar'
import { countPl, pluralPl } from '@shared/text'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import { beyondMaxDuration, findOverCapacity, findOverlap, isWithin } from './assignment-rules'
import * as repo from './assignments.repo'

export type AssignmentsService = ReturnType<typeof createAssignmentsService>
type Db = Kysely<Database>

export function createAssignmentsService(db: Db, now: () => Date = () => new Date()) {
  async function load(executor: Db, id: number): Promise<AssignmentRecord> {
    const [row] = await repo.listAssignments(executor, { id })
    if (!row) throw notFound(`przydział o numerze ${id}`)
    return toRecord(row)
  }

  async function checkRules(trx: Db, input: AssignmentInput, selfId: number | null) {
    const participant = await repo.findParticipant(trx, input.participantId)
    if (!participant) throw notFound(`uczestnik o numerze ${input.participantId}`)
    if (participant.status === 'archiwalny' && selfId === null) {
      const message = `${participant.firstName} ${participant.lastName} jest w archiwum uczestników — przywróć osobę, zanim ją przydzielisz.`
      throw new DomainError('CONFLICT', message, { participantId: message })
    }
    const position = await repo.findPositionWithWorkplace(trx, input.positionId)
    if (!position) throw notFound(`stanowisko o numerze ${input.positionId}`)
    const current = selfId === null ? undefined : await repo.findAssignmentRow(trx, selfId)
    if ((position.archived || position.workplaceArchived) && current?.positionId !== input.positionId) {
      const message = `Stanowisko „${position.typeName}” (${position.workplaceName}) jest w archiwum — wybierz inne.`
      throw new DomainError('CONFLICT', message, { positionId: message })
    }
    const porozumienie = await repo.findPorozumienieSpan(trx, input.porozumienieId)
    if (!porozumienie) throw notFound(`porozumienie o numerze ${input.porozumienieId}`)
    if (!isWithin(input, { from: porozumienie.periodFrom, to: porozumienie.periodTo })) {
      const message = `Przydział musi mieścić się w okresie porozumienia nr ${porozumienie.number}: od ${formatDate(porozumienie.periodFrom)} do ${formatDate(porozumienie.periodTo)}.`
      throw new DomainError('CONFLICT', message, { dateFrom: message })
    }
    const candidate = { id: selfId ?? 0, dateFrom: input.dateFrom, dateTo: input.dateTo }
    const spans = await repo.spansOfParticipant(trx, input.participantId)
    if (porozumienie.maxMonthsPerPerson !== null) {
      const underIt = spans.filter((s) => s.porozumienieId === input.porozumienieId && s.id !== selfId)
      const beyond = beyondMaxDuration([...underIt, candidate], porozumienie.maxMonthsPerPerson)
      if (beyond) {
        const months = countPl(porozumienie.maxMonthsPerPerson, 'miesiąc', 'miesiące', 'miesięcy')
        const message = `Porozumienie nr ${porozumienie.number} pozwala na prace jednej osoby najwyżej przez ${months}: ${participant.firstName} ${participant.lastName} pracuje w nim od ${formatDate(beyond.first)}, więc najpóźniej do ${formatDate(beyond.lastAllowed)}; z tym przydziałem prace trwałyby do ${formatDate(beyond.last)}.`
        throw new DomainError('CONFLICT', message, { dateTo: message })
      }
    }
    const overlap = findOverlap(candidate, spans)
    if (overlap) {
      const [other] = await repo.listAssignments(trx, { id: overlap.id })
      const message = `${participant.firstName} ${participant.lastName} ma już przydział w tym czasie: ${other!.positionName}, ${other!.workplaceName}, od ${formatDate(overlap.dateFrom)} do ${formatDate(overlap.dateTo)}. Jedna osoba może mieć tylko jeden przydział naraz.`
      throw new DomainError('CONFLICT', message, { dateFrom: message })
    }
    const over = findOverCapacity(
      candidate,
      await repo.spansOnPosition(trx, input.positionId),
      position.places,
    )
    if (over) {
      const message = `Dnia ${formatDate(over.date)} na stanowisku „${position.typeName}” (${position.workplaceName}) ${pluralPl(over.count, 'byłaby', 'byłyby', 'byłoby')} ${countPl(over.count, 'osoba', 'osoby', 'osób')}, a ma ono ${countPl(position.places, 'miejsce', 'miejsca', 'miejsc')}.`
      throw new DomainError('CONFLICT', message, { positionId: message })
    }
  }

  async function checkHistory(trx: Db, id: number, input: AssignmentInput) {
    const current = (await repo.findAssignmentRow(trx, id))!
    const history = await repo.historyOf(trx, id)
    if (history.sheets === 0 && history.events === 0) return
    const changed =
      current.participantId !== input.participantId ||
      current.positionId !== input.positionId ||
      current.porozumienieId !== input.porozumienieId
    if (changed) {
      throw new DomainError(
        'CONFLICT',
        'Ten przydział ma już karty ewidencji godzin albo zgłoszenia — nie można zmienić osoby, stanowiska ani porozumienia. Zakończ go i utwórz nowy przydział.',
      )
    }
    if (
      history.firstDay &&
      history.lastDay &&
      (history.firstDay < input.dateFrom || history.lastDay > input.dateTo)
    ) {
      const message = `Na kartach są wpisy od ${formatDate(history.firstDay)} do ${formatDate(history.lastDay)} — okres przydziału musi je obejmować.`
      throw new DomainError('CONFLICT', message, { dateTo: message })
    }
  }

  async function loadEvent(executor: Db, id: number): Promise<PsuEventRecord> {
    const [row] = await repo.listEvents(executor, { id })
    if (!row) throw notFound(`zgłoszenie o numerze ${id}`)
    return toEvent(row)
  }

  async function eventColumns(trx: Db, input: PsuEventInput) {
    if (!(await repo.findParticipant(trx, input.participantId))) {
      throw notFound(`uczestnik o numerze ${input.participantId}`)
    }
    let porozumienieId = input.porozumienieId
    if (input.assignmentId !== null) {
      const assignment = await repo.findAssignmentRow(trx, input.assignmentId)
      if (!assignment) throw notFound(`przydział o numerze ${input.assignmentId}`)
      if (assignment.participantId !== input.participantId) {
        throw new DomainError('INVALID_INPUT', 'Wybrany przydział należy do innej osoby.', {
          assignmentId: 'Wybrany przydział należy do innej osoby.',
        })
      }
      if (
        input.kind === 'nieobecnosc' &&
        (input.eventDate < assignment.dateFrom || input.dateTo > assignment.dateTo)
      ) {
        const message = `Nieobecność musi przypadać w okresie przydziału (${formatDate(assignment.dateFrom)} – ${formatDate(assignment.dateTo)}).`
        throw new DomainError('CONFLICT', message, { eventDate: message })
      }
      porozumienieId = assignment.porozumienieId
    }
    if (porozumienieId !== null && !(await repo.findPorozumienieSpan(trx, porozumienieId))) {
      throw notFound(`porozumienie o numerze ${porozumienieId}`)
    }
    return {
      kind: input.kind,
      participant_id: input.participantId,
      assignment_id: input.assignmentId,
      porozumienie_id: porozumienieId,
      event_date: input.eventDate,
      date_to: input.dateTo,
      skierowanie_number: input.skierowanieNumber,
      reason: input.reason,
      reported_on: input.reportedOn === '' ? null : input.reportedOn,
    }
  }

  return {
    async list(query: AssignmentListQuery): Promise<AssignmentRecord[]> {
      const month = query.month ? { first: firstDayOf(query.month), last: lastDayOf(query.month) } : null
      const rows = await repo.listAssignments(db, {
        month,
        porozumienieId: query.porozumienieId,
        participantId: query.participantId,
      })
      return rows.map(toRecord)
    },

    get(id: number): Promise<AssignmentRecord> {
      return load(db, id)
    },

    create(input: AssignmentInput): Promise<AssignmentRecord> {
      return db.transaction().execute(async (trx) => {
        await checkRules(trx, input, null)
        const stamp = now().toISOString()
        const id = await repo.insertAssignment(trx, {
          ...columns(input),
          created_at: stamp,
          updated_at: stamp,
        })
        return load(trx, id)
      })
    },

    /** The same checks and insert inside the caller's transaction: the import writes people and assignments together. */
    async createWithin(trx: Db, input: AssignmentInput): Promise<number> {
      await checkRules(trx, input, null)
      const stamp = now().toISOString()
      return repo.insertAssignment(trx, { ...columns(input), created_at: stamp, updated_at: stamp })
    },

    update(id: number, input: AssignmentInput): Promise<AssignmentRecord> {
      return db.transaction().execute(async (trx) => {
        await load(trx, id)
        await checkHistory(trx, id, input)
        await checkRules(trx, input, id)
        await repo.updateAssignment(trx, id, { ...columns(input), updated_at: now().toISOString() })
        return load(trx, id)
      })
    },

    /** Only an assignment entered by mistake: one with sheets or reports is history (end it instead). */
    remove(id: number): Promise<void> {
      return db.transaction().execute(async (trx) => {
        await load(trx, id)
        const history = await repo.historyOf(trx, id)
        if (history.sheets > 0 || history.events > 0) {
          throw new DomainError(
            'CONFLICT',
            'Nie można usunąć przydziału, który ma karty ewidencji godzin albo zgłoszenia do PUP — zakończ go, zmieniając datę końcową.',
          )
        }
        await repo.deleteAssignment(trx, id)
      })
    },

    async listEvents(query: { month: string | null; onlyUnreported: boolean }): Promise<PsuEventRecord[]> {
      const month = query.month ? { first: firstDayOf(query.month), last: lastDayOf(query.month) } : null
      return (await repo.listEvents(db, { month, onlyUnreported: query.onlyUnreported })).map(toEvent)
    },

    createEvent(input: PsuEventInput): Promise<PsuEventRecord> {
      return db.transaction().execute(async (trx) => {
        const stamp = now().toISOString()
        const id = await repo.insertEvent(trx, {
          ...(await eventColumns(trx, input)),
          created_at: stamp,
          updated_at: stamp,
        })
        return loadEvent(trx, id)
      })
    },

    updateEvent(id: number, input: PsuEventInput): Promise<PsuEventRecord> {
      return db.transaction().execute(async (trx) => {
        await loadEvent(trx, id)
        await repo.updateEvent(trx, id, {
          ...(await eventColumns(trx, input)),
          updated_at: now().toISOString(),
        })
        return loadEvent(trx, id)
      })
    },

    removeEvent(id: number): Promise<void> {
      return db.transaction().execute(async (trx) => {
        await loadEvent(trx, id)
        await repo.deleteEvent(trx, id)
      })
    },
  }
}

function columns(input: AssignmentInput) {
  return {
    participant_id: input.participantId,
    position_id: input.positionId,
    porozumienie_id: input.porozumienieId,
    skierowanie_number: input.skierowanieNumber,
    skierowanie_date: input.skierowanieDate,
    date_from: input.dateFrom,
    date_to: input.dateTo,
    end_reason: input.endReason,
    notes: input.notes,
  }
}

function toRecord(r: repo.AssignmentRow): AssignmentRecord {
  return {
    id: r.id,
    participantId: r.participantId,
    participantName: `${r.lastName} ${r.firstName}`,
    positionId: r.positionId,
    positionName: r.positionName,
    workplaceId: r.workplaceId,
    workplaceName: r.workplaceName,
    porozumienieId: r.porozumienieId,
    porozumienieNumber: r.porozumienieNumber,
    skierowanieNumber: r.skierowanieNumber,
    skierowanieDate: r.skierowanieDate,
    dateFrom: r.dateFrom,
    dateTo: r.dateTo,
    endReason: r.endReason,
    notes: r.notes,
    recordedDays: Number(r.recordedDays),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}

function toEvent(r: Awaited<ReturnType<typeof repo.listEvents>>[number]): PsuEventRecord {
  return {
    id: r.id,
    kind: r.kind,
    participantId: r.participantId,
    participantName: `${r.lastName} ${r.firstName}`,
    assignmentId: r.assignmentId,
    porozumienieId: r.porozumienieId,
    porozumienieNumber: r.porozumienieNumber ?? '',
    eventDate: r.eventDate,
    dateTo: r.dateTo,
    skierowanieNumber: r.skierowanieNumber,
    reason: r.reason,
    reportedOn: r.reportedOn ?? '',
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}
