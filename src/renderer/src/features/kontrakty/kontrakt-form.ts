import { todayIso } from '@shared/dates'
import { addMonthsClamped } from '@shared/kis-periods'
import type { KontraktActionForm, KontraktForm, KontraktRecord } from '@shared/kontrakt.schema'
import type { Office } from '@shared/office.schema'
import type { ParticipantRecord } from '@shared/participant.schema'
import type { ParticipationRecord } from '@shared/participation.schema'

export function newAction(side: KontraktActionForm['side'], responsible: string): KontraktActionForm {
  return { id: null, side, description: '', deadline: '', responsible, status: 'zaplanowane' }
}

/** A kontrakt needs both sides' actions: an empty row stands ready for a side that has none. */
export function withBothSides(form: KontraktForm, personName: string): KontraktForm {
  const actions = [...form.actions]
  if (!actions.some((a) => a.side === 'osoba')) actions.push(newAction('osoba', personName))
  if (!actions.some((a) => a.side === 'osrodek')) actions.push(newAction('osrodek', ''))
  return { ...form, actions }
}

/** A new kontrakt: variant B for a PUP referral, the referring worker, the office's place, six months. */
export function newKontraktForm(
  office: Office,
  participation: ParticipationRecord,
  person: ParticipantRecord,
): KontraktForm {
  const today = todayIso()
  const concludedOn = participation.startDate > today ? participation.startDate : today
  return {
    variant: participation.referralKind === 'pup' ? 'B' : 'A',
    concludedOn,
    place: office.officePlace,
    socialWorkerId: participation.referringWorkerId,
    familyMembers: [],
    situationCauses: '',
    strengths: '',
    limitations: '',
    unemploymentCauses: '',
    barriers: '',
    earlierActivation: '',
    mainGoal: '',
    goals: [{ id: null, text: '' }],
    actions: [newAction('osoba', `${person.firstName} ${person.lastName}`), newAction('osrodek', '')],
    expectedEffects: '',
    endDate: addMonthsClamped(concludedOn, 6),
  }
}

export function kontraktToForm(k: KontraktRecord): KontraktForm {
  return {
    variant: k.variant,
    concludedOn: k.concludedOn,
    place: k.place,
    socialWorkerId: k.socialWorkerId,
    familyMembers: k.familyMembers.map((m) => ({ ...m })),
    situationCauses: k.situationCauses,
    strengths: k.strengths,
    limitations: k.limitations,
    unemploymentCauses: k.unemploymentCauses,
    barriers: k.barriers,
    earlierActivation: k.earlierActivation,
    mainGoal: k.mainGoal,
    goals: k.goals.map((g) => ({ id: g.id, text: g.text })),
    actions: k.actions.map((a) => ({ ...a })),
    expectedEffects: k.expectedEffects,
    endDate: k.endDate,
  }
}
