// Support given in KIS and its outcomes (DOMAIN.md §2) — the inputs of the yearly report: each
// activity has a kind code and ISO dates, and belongs to the participation it happened in.
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { recordId } from './participant.schema'
import { EMPLOYMENT_FORM_CODES, isoDate, pastDate, type EmploymentForm } from './participation.schema'

export const ACTIVITY_KINDS = {
  sesja_indywidualna: 'sesja indywidualna z pracownikiem socjalnym',
  doradztwo_zawodowe: 'doradztwo zawodowe',
  doradztwo_psychologiczne: 'poradnictwo psychologiczne',
  poradnictwo_prawne: 'poradnictwo prawne',
  zajecia_grupowe: 'zajęcia grupowe',
  staz: 'staż',
  projekt_ue: 'udział w projekcie UE',
  zatrudnienie: 'podjęcie pracy',
  swiadczenie_zus: 'przyznanie świadczenia ZUS',
} as const
export type ActivityKind = keyof typeof ACTIVITY_KINDS
export const ACTIVITY_KIND_CODES = Object.keys(ACTIVITY_KINDS) as [ActivityKind, ...ActivityKind[]]

/** Kinds entered one person at a time; group classes are entered for the whole group at once. */
export const INDIVIDUAL_ACTIVITY_KINDS = ACTIVITY_KIND_CODES.filter((k) => k !== 'zajecia_grupowe') as [
  ActivityKind,
  ...ActivityKind[],
]

/** Outcomes may be recorded after the participation ended (work found after KIS counts too). */
export const OUTCOME_KINDS: readonly ActivityKind[] = ['zatrudnienie', 'swiadczenie_zus']

export type ActivityField =
  | 'staffMemberId'
  | 'provider'
  | 'topic'
  | 'organization'
  | 'projectName'
  | 'employmentForm'
  | 'benefitName'
  | 'endDate'

/** Which fields each kind uses; the others are cleared before saving. */
export const ACTIVITY_FIELDS: Record<ActivityKind, readonly ActivityField[]> = {
  sesja_indywidualna: ['staffMemberId', 'topic'],
  doradztwo_zawodowe: ['provider', 'topic'],
  doradztwo_psychologiczne: ['provider', 'topic'],
  poradnictwo_prawne: ['provider', 'topic'],
  zajecia_grupowe: ['topic'],
  staz: ['organization', 'endDate'],
  projekt_ue: ['projectName', 'endDate'],
  zatrudnienie: ['employmentForm', 'organization'],
  swiadczenie_zus: ['benefitName'],
}

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong)

export const activityInput = z
  .strictObject({
    participantId: recordId,
    kind: z.enum(INDIVIDUAL_ACTIVITY_KINDS),
    date: pastDate('datę'),
    endDate: z.string().max(10),
    staffMemberId: recordId.nullable(),
    provider: text(120, 'Wpis jest za długi (najwyżej 120 znaków).'),
    topic: text(300, 'Temat może mieć najwyżej 300 znaków.'),
    organization: text(200, 'Nazwa może mieć najwyżej 200 znaków.'),
    projectName: text(300, 'Nazwa projektu może mieć najwyżej 300 znaków.'),
    employmentForm: z.enum([...EMPLOYMENT_FORM_CODES, '']),
    benefitName: text(120, 'Nazwa świadczenia może mieć najwyżej 120 znaków.'),
    notes: text(2000, 'Uwagi mogą mieć najwyżej 2000 znaków.'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    const uses = ACTIVITY_FIELDS[v.kind]
    if (uses.includes('staffMemberId') && v.staffMemberId === null)
      issue('staffMemberId', 'Wybierz pracownika socjalnego.')
    if (uses.includes('topic') && v.topic === '') issue('topic', 'Podaj temat.')
    if (v.kind === 'staz' && v.organization === '') issue('organization', 'Podaj, gdzie odbywa się staż.')
    if (v.kind === 'zatrudnienie' && v.organization === '') issue('organization', 'Podaj pracodawcę.')
    if (v.kind === 'zatrudnienie' && v.employmentForm === '')
      issue('employmentForm', 'Wybierz formę zatrudnienia (umowa o pracę albo cywilnoprawna).')
    if (v.kind === 'projekt_ue' && v.projectName === '') issue('projectName', 'Podaj nazwę projektu.')
    if (v.kind === 'swiadczenie_zus' && v.benefitName === '')
      issue('benefitName', 'Podaj przyznane świadczenie.')
    if (uses.includes('endDate')) {
      if (v.endDate === '' && v.kind === 'staz') issue('endDate', 'Podaj datę zakończenia stażu.')
      else if (v.endDate !== '' && !isRealDate(v.endDate))
        issue('endDate', 'Podaj datę zakończenia w formacie DD.MM.RRRR.')
      else if (v.endDate !== '' && isRealDate(v.date) && v.endDate < v.date)
        issue('endDate', 'Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.')
    }
  })
  .transform((v) => {
    const uses = ACTIVITY_FIELDS[v.kind]
    const keep = <T>(field: ActivityField, value: T, empty: T): T => (uses.includes(field) ? value : empty)
    return {
      participantId: v.participantId,
      kind: v.kind,
      date: v.date,
      endDate: keep('endDate', v.endDate || null, null),
      staffMemberId: keep('staffMemberId', v.staffMemberId, null),
      provider: keep('provider', v.provider, ''),
      topic: keep('topic', v.topic, ''),
      organization: keep('organization', v.organization, ''),
      projectName: keep('projectName', v.projectName, ''),
      employmentForm: keep('employmentForm', (v.employmentForm || null) as EmploymentForm | null, null),
      benefitName: keep('benefitName', v.benefitName, ''),
      notes: v.notes,
    }
  })
export type ActivityForm = z.input<typeof activityInput>
export type ActivityData = z.output<typeof activityInput>

export const activityRecord = z.object({
  id: recordId,
  participantId: recordId,
  participationId: recordId,
  kind: z.enum(ACTIVITY_KIND_CODES),
  date: z.string(),
  endDate: z.string().nullable(),
  staffMemberId: recordId.nullable(),
  staffMemberName: z.string().nullable(),
  provider: z.string(),
  topic: z.string(),
  organization: z.string(),
  projectName: z.string(),
  employmentForm: z.enum(EMPLOYMENT_FORM_CODES).nullable(),
  benefitName: z.string(),
  notes: z.string(),
  groupClassId: recordId.nullable(),
  createdAt: z.string(),
})
export type ActivityRecord = z.infer<typeof activityRecord>

export const activitiesOfPerson = z.strictObject({ participantId: recordId })
export const activityList = z.array(activityRecord)

export const groupClassInput = z.strictObject({
  id: recordId.nullable(),
  heldOn: pastDate('datę zajęć'),
  topic: z.string().trim().min(1, 'Podaj temat zajęć.').max(300, 'Temat może mieć najwyżej 300 znaków.'),
  leader: text(120, 'Wpis jest za długi (najwyżej 120 znaków).'),
  notes: text(2000, 'Uwagi mogą mieć najwyżej 2000 znaków.'),
  attendeeIds: z
    .array(recordId)
    .min(1, 'Zaznacz co najmniej jedną obecną osobę.')
    .max(300, 'Lista obecności może mieć najwyżej 300 osób.')
    .refine((ids) => new Set(ids).size === ids.length, 'Osoba powtarza się na liście obecności.'),
})
export type GroupClassForm = z.input<typeof groupClassInput>
export type GroupClassData = z.output<typeof groupClassInput>

const attendee = z.object({ participantId: recordId, name: z.string() })

export const groupClassRecord = z.object({
  id: recordId,
  heldOn: z.string(),
  topic: z.string(),
  leader: z.string(),
  notes: z.string(),
  attendees: z.array(attendee),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type GroupClassRecord = z.infer<typeof groupClassRecord>

export const groupClassRow = z.object({
  id: recordId,
  heldOn: z.string(),
  topic: z.string(),
  leader: z.string(),
  attendeeCount: z.number().int().min(0),
})
export const groupClassList = z.array(groupClassRow)
export type GroupClassRow = z.infer<typeof groupClassRow>

/** People in KIS on a given day: those who may be marked present at a class that day. */
export const classCandidatesQuery = z.strictObject({ date: isoDate() })
export const classCandidate = z.object({
  participantId: recordId,
  name: z.string(),
  pesel: z.string().nullable(),
})
export const classCandidateList = z.array(classCandidate)
export type ClassCandidate = z.infer<typeof classCandidate>
