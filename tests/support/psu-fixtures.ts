// Test helper: PSU services on a temp database and valid inputs to build data from.
import type { Kysely } from 'kysely'
import { participantInput } from '../../src/shared/participant.schema'
import { porozumienieInput, type PorozumienieForm } from '../../src/shared/psu-porozumienia.schema'
import { assignmentInput, type AssignmentForm } from '../../src/shared/psu-assignments.schema'
import { workplaceInput, type WorkplaceForm } from '../../src/shared/psu-workplaces.schema'
import type { Database } from '../../src/main/db/schema'
import { createParticipantsService } from '../../src/main/participants/participants.service'
import { createWorkplacesService } from '../../src/main/psu/workplaces.service'
import { createPorozumieniaService } from '../../src/main/psu/porozumienia.service'
import { createAssignmentsService } from '../../src/main/psu/assignments.service'
import { createTimesheetsService } from '../../src/main/psu/timesheets.service'
import { createPlanService } from '../../src/main/psu/plan.service'
import { personForm } from './kis-fixtures'
import { makePesel } from './pesel-factory'

export function createPsu(db: Kysely<Database>, now: () => Date) {
  const participants = createParticipantsService(db, now)
  const workplaces = createWorkplacesService(db, now)
  const porozumienia = createPorozumieniaService(db, now)
  const assignments = createAssignmentsService(db, now)
  const timesheets = createTimesheetsService(db, now)
  const plan = createPlanService(db)
  let serial = 0

  return {
    participants,
    workplaces,
    porozumienia,
    assignments,
    timesheets,
    plan,

    async person(firstName: string, lastName: string) {
      const pesel = makePesel('1975-03-10', 'M', ++serial)
      return participants.create(
        participantInput.parse(personForm({ firstName, lastName, pesel, address: '' })),
      )
    },

    async workplace(overrides: Partial<WorkplaceForm> = {}) {
      return workplaces.create(
        workplaceInput.parse({
          name: 'Szkoła Podstawowa nr 2',
          address: 'ul. Szkolna 1',
          contact: '42 111 22 33',
          supervisorName: 'Halina Kwiatkowska',
          supervisorRole: 'kierownik gospodarczy',
          notes: '',
          ...overrides,
        }),
      )
    },

    async position(workplaceId: number, places = 2, typeName = 'osoba sprzątająca') {
      const type = (await workplaces.listTypes()).find((t) => t.name === typeName)!
      return workplaces.createPosition({ workplaceId, typeId: type.id, places, description: '' })
    },

    porozumienieForm(overrides: Partial<PorozumienieForm> = {}): PorozumienieForm {
      return {
        number: 'PSU/1/2026',
        signedOn: '2025-12-15',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        plannedPersons: 20,
        plannedMin: 9600 * 60,
        monthlyLimitMin: 2400,
        weeklyLimitMin: null,
        refundShareBp: 6000,
        refundBase: 'stawka_minimalna',
        refundAmountGr: null,
        refundDueDays: 30,
        maxMonthsPerPerson: null,
        works: [],
        rates: [{ validFrom: '2026-01-01', rateGr: 1250 }],
        notes: '',
        ...overrides,
      }
    },

    async porozumienie(overrides: Partial<PorozumienieForm> = {}) {
      return porozumienia.create(porozumienieInput.parse(this.porozumienieForm(overrides)))
    },

    assignmentForm(
      ids: { participantId: number; positionId: number; porozumienieId: number },
      overrides: Partial<AssignmentForm> = {},
    ) {
      return assignmentInput.parse({
        ...ids,
        skierowanieNumber: 'SK/10/2026',
        skierowanieDate: '2026-01-02',
        dateFrom: '2026-01-05',
        dateTo: '2026-06-30',
        endReason: '',
        notes: '',
        ...overrides,
      } satisfies AssignmentForm)
    },

    async assignment(
      ids: { participantId: number; positionId: number; porozumienieId: number },
      overrides: Partial<AssignmentForm> = {},
    ) {
      return assignments.create(this.assignmentForm(ids, overrides))
    },
  }
}
