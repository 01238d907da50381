// The person the crash tests save: parsed by the app's own schema, with notes of varying length so a
// save touches one page of the file or several.
import { participantInput, type ParticipantData } from '../../src/shared/participant.schema'
import { participantForm } from './backup-data'

export function crashTestPerson(serial: string, random: () => number): ParticipantData {
  return participantInput.parse(
    participantForm({
      lastName: `Zapis${serial}`,
      identityKind: 'document',
      pesel: '',
      idDocument: `CRASH${serial}`,
      birthDate: '1980-01-01',
      sex: 'K',
      address: '',
      admissionDate: '2025-01-01',
      targetGroups: ['dlugotrwale_bezrobotni', 'bezdomni'],
      notes: 'ł'.repeat(Math.floor(random() * 3000)),
    }),
  )
}
