// Test helpers for the KIS programme: people, staff, participations and kontrakty on a temp database,
// built through the real schemas and services.
import { participantInput, type ParticipantForm } from '../../src/shared/participant.schema'
import { openParticipationInput, type OpenParticipationForm } from '../../src/shared/participation.schema'
import { kontraktInput, type KontraktForm } from '../../src/shared/kontrakt.schema'
import { createParticipantsService } from '../../src/main/participants/participants.service'
import { createKisServices } from '../../src/main/app/kis-services'
import type { TempDatabase } from './temp-database'
import { makePesel } from './pesel-factory'

let serial = 0

/** A valid register form (PESEL to be given), for tests that build people their own way. */
export function personForm(overrides: Partial<ParticipantForm> = {}): ParticipantForm {
  return {
    firstName: 'Zofia',
    lastName: 'Żółw',
    identityKind: 'pesel',
    pesel: '',
    idDocument: '',
    birthDate: '',
    sex: '',
    address: 'ul. Łąkowa 5, 95-100 Zgierz',
    phone: '',
    email: '',
    admissionDate: '2025-01-02',
    targetGroups: ['dlugotrwale_bezrobotni'],
    otherGroupReason: '',
    exclusions: [],
    therapyCompleted: false,
    notes: '',
    status: 'aktywny',
    ...overrides,
  }
}

export function createKis(temp: TempDatabase, now: () => Date) {
  const participants = createParticipantsService(temp.database.db, now)
  const kis = createKisServices(temp.database.db, participants, { now })

  async function addPerson(overrides: Partial<ParticipantForm> = {}) {
    serial += 1
    return participants.create(
      participantInput.parse(
        personForm({ pesel: makePesel('1984-06-15', 'K', serial % 1000), ...overrides }),
      ),
    )
  }

  function addWorker(fullName = 'Maria Nowak') {
    return kis.staff.create({
      fullName,
      position: 'starszy pracownik socjalny',
      phone: '42 716 00 00',
      active: true,
    })
  }

  async function open(
    participantId: number,
    workerId: number,
    overrides: Partial<OpenParticipationForm> = {},
  ) {
    return kis.participations.open(
      openParticipationInput.parse({
        participantId,
        startDate: '2025-09-01',
        referralKind: 'ops',
        referringWorkerId: workerId,
        pupReferralNumber: '',
        pupReferralDate: '',
        targetGroups: ['dlugotrwale_bezrobotni'],
        otherGroupReason: '',
        notes: '',
        ...overrides,
      } satisfies OpenParticipationForm),
    )
  }

  return { participants, kis, addPerson, addWorker, open }
}

export function kontraktForm(workerId: number, overrides: Partial<KontraktForm> = {}): KontraktForm {
  return {
    variant: 'B',
    concludedOn: '2025-09-01',
    place: 'Zgierz',
    socialWorkerId: workerId,
    familyMembers: [],
    situationCauses: 'Długotrwałe bezrobocie, zadłużenie mieszkania.',
    strengths: 'Chęć zmiany, wsparcie siostry.',
    limitations: 'Brak kwalifikacji zawodowych.',
    unemploymentCauses: 'Utrata pracy w 2022 r.',
    barriers: 'Brak prawa jazdy.',
    earlierActivation: 'Kurs obsługi kasy fiskalnej w 2023 r.',
    mainGoal: 'Podjęcie stałego zatrudnienia.',
    goals: [
      { id: null, text: 'Ukończenie kursu magazyniera z obsługą wózka widłowego' },
      { id: null, text: 'Przygotowanie CV i listu motywacyjnego' },
    ],
    actions: [
      {
        id: null,
        side: 'osoba',
        description: 'Udział w kursie',
        deadline: '2025-11-30',
        responsible: 'uczestniczka',
        status: 'zaplanowane',
      },
      {
        id: null,
        side: 'osoba',
        description: 'Udział w warsztatach CV',
        deadline: '2025-10-15',
        responsible: 'uczestniczka',
        status: 'zaplanowane',
      },
      {
        id: null,
        side: 'osrodek',
        description: 'Skierowanie na kurs i opłacenie dojazdów',
        deadline: '2025-09-30',
        responsible: 'Maria Nowak',
        status: 'zaplanowane',
      },
    ],
    expectedEffects: 'Zatrudnienie na umowę o pracę.',
    endDate: '2026-02-28',
    ...overrides,
  }
}

export function kontraktData(workerId: number, overrides: Partial<KontraktForm> = {}) {
  return kontraktInput.parse(kontraktForm(workerId, overrides))
}
