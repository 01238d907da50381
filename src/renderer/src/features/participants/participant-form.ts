import type { ParticipantForm, ParticipantRecord } from '@shared/participant.schema'
import { todayIso } from '@shared/dates'

export function emptyParticipantForm(): ParticipantForm {
  return {
    firstName: '',
    lastName: '',
    identityKind: 'pesel',
    pesel: '',
    idDocument: '',
    birthDate: '',
    sex: '',
    address: '',
    phone: '',
    email: '',
    admissionDate: todayIso(),
    targetGroups: [],
    otherGroupReason: '',
    exclusions: [],
    therapyCompleted: false,
    notes: '',
    status: 'aktywny',
  }
}

export function participantToForm(p: ParticipantRecord): ParticipantForm {
  const hasPesel = p.pesel !== null
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    identityKind: hasPesel ? 'pesel' : 'document',
    pesel: p.pesel ?? '',
    idDocument: p.idDocument ?? '',
    birthDate: hasPesel ? '' : p.birthDate,
    sex: hasPesel ? '' : p.sex,
    address: p.address,
    phone: p.phone,
    email: p.email,
    admissionDate: p.admissionDate,
    targetGroups: p.targetGroups,
    otherGroupReason: p.otherGroupReason,
    exclusions: p.exclusions,
    therapyCompleted: p.therapyCompleted,
    notes: p.notes,
    status: p.status,
  }
}
