// KIS participation periods: opened on a referral, closed with a date and a reason (DOMAIN.md §2).
import { z } from './zod-pl'
import { isRealDate, todayIso } from './dates'
import { TARGET_GROUP_CODES } from './eligibility'
import { recordId } from './participant.schema'

export const END_REASONS = {
  ukonczenie: 'ukończenie programu',
  zatrudnienie: 'podjęcie zatrudnienia',
  przerwanie_kontrakt: 'przerwanie z powodu niewywiązywania się z kontraktu socjalnego',
  rezygnacja: 'rezygnacja uczestnika',
  inne: 'inna przyczyna',
} as const
export type EndReason = keyof typeof END_REASONS
export const END_REASON_CODES = Object.keys(END_REASONS) as [EndReason, ...EndReason[]]

export const EMPLOYMENT_FORMS = {
  umowa_o_prace: 'umowa o pracę',
  umowa_cywilnoprawna: 'umowa cywilnoprawna',
} as const
export type EmploymentForm = keyof typeof EMPLOYMENT_FORMS
export const EMPLOYMENT_FORM_CODES = Object.keys(EMPLOYMENT_FORMS) as [EmploymentForm, ...EmploymentForm[]]

export const REFERRAL_KINDS = {
  ops: 'pracownik socjalny OPS',
  pup: 'skierowanie z powiatowego urzędu pracy',
} as const

export const isoDate = (message = 'Podaj poprawną datę w formacie DD.MM.RRRR.') =>
  z.string().max(10).refine(isRealDate, message)

/** A date that may not be later than today (something that has already happened). */
export const pastDate = (what: string) =>
  isoDate(`Podaj ${what} w formacie DD.MM.RRRR.`).refine(
    (v) => v <= todayIso(),
    `${capitalize(what)} nie może być z przyszłości.`,
  )

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const openParticipationInput = z
  .strictObject({
    participantId: recordId,
    startDate: pastDate('datę rozpoczęcia'),
    referralKind: z.enum(['ops', 'pup']),
    referringWorkerId: recordId.nullable(),
    pupReferralNumber: z.string().trim().max(60, 'Numer skierowania może mieć najwyżej 60 znaków.'),
    pupReferralDate: z.string().max(10),
    targetGroups: z
      .array(z.enum(TARGET_GROUP_CODES))
      .min(1, 'Zaznacz co najmniej jedną grupę docelową (art. 1 ust. 2).')
      .max(TARGET_GROUP_CODES.length),
    otherGroupReason: z.string().trim().max(500, 'Powód może mieć najwyżej 500 znaków.'),
    notes: z.string().trim().max(2000, 'Uwagi mogą mieć najwyżej 2000 znaków.'),
  })
  .superRefine((v, ctx) => {
    if (v.referralKind === 'ops' && v.referringWorkerId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['referringWorkerId'],
        message: 'Wybierz pracownika socjalnego, który kieruje osobę do KIS.',
      })
    }
    if (v.referralKind === 'pup') {
      if (v.pupReferralNumber === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['pupReferralNumber'],
          message: 'Podaj numer skierowania z PUP.',
        })
      }
      if (!isRealDate(v.pupReferralDate)) {
        ctx.addIssue({
          code: 'custom',
          path: ['pupReferralDate'],
          message: 'Podaj datę skierowania w formacie DD.MM.RRRR.',
        })
      } else if (isRealDate(v.startDate) && v.pupReferralDate > v.startDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['pupReferralDate'],
          message: 'Skierowanie nie może mieć daty późniejszej niż rozpoczęcie uczestnictwa.',
        })
      }
    }
    if (v.targetGroups.includes('inna') && v.otherGroupReason === '') {
      ctx.addIssue({ code: 'custom', path: ['otherGroupReason'], message: 'Dla grupy „inna” podaj powód.' })
    }
  })
  .transform((v) => ({
    ...v,
    referringWorkerId: v.referralKind === 'ops' ? v.referringWorkerId : null,
    pupReferralNumber: v.referralKind === 'pup' ? v.pupReferralNumber : null,
    pupReferralDate: v.referralKind === 'pup' ? v.pupReferralDate : null,
    targetGroups: [...new Set(v.targetGroups)],
    otherGroupReason: v.targetGroups.includes('inna') ? v.otherGroupReason : '',
  }))
export type OpenParticipationForm = z.input<typeof openParticipationInput>
export type OpenParticipationData = z.output<typeof openParticipationInput>

/** Reasons for which the date of taking up work is required. */
export const REASONS_NEEDING_EMPLOYMENT: readonly EndReason[] = ['zatrudnienie']

export const closeParticipationInput = z
  .strictObject({
    id: recordId,
    endDate: pastDate('datę zakończenia'),
    endReason: z.enum([...END_REASON_CODES, '']),
    employmentDate: z.string().max(10),
    employmentForm: z.enum([...EMPLOYMENT_FORM_CODES, '']),
    employer: z.string().trim().max(200, 'Nazwa pracodawcy może mieć najwyżej 200 znaków.'),
    endNotes: z.string().trim().max(2000, 'Uwagi mogą mieć najwyżej 2000 znaków.'),
  })
  .superRefine((v, ctx) => {
    if (v.endReason === '') {
      ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'Wybierz przyczynę zakończenia.' })
    }
    if (v.endReason === '' || !REASONS_NEEDING_EMPLOYMENT.includes(v.endReason)) return
    if (!isRealDate(v.employmentDate)) {
      ctx.addIssue({
        code: 'custom',
        path: ['employmentDate'],
        message: 'Przy zakończeniu z powodu podjęcia zatrudnienia podaj datę zatrudnienia.',
      })
    } else if (v.employmentDate > todayIso()) {
      ctx.addIssue({
        code: 'custom',
        path: ['employmentDate'],
        message:
          'Data zatrudnienia nie może być z przyszłości — zakończ uczestnictwo, gdy osoba podejmie pracę.',
      })
    }
    if (v.employmentForm === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['employmentForm'],
        message: 'Wybierz formę zatrudnienia (umowa o pracę albo cywilnoprawna).',
      })
    }
    if (v.employer === '') {
      ctx.addIssue({ code: 'custom', path: ['employer'], message: 'Podaj pracodawcę.' })
    }
  })
  .transform((v) => {
    const endReason = v.endReason as EndReason
    const employed = REASONS_NEEDING_EMPLOYMENT.includes(endReason)
    return {
      ...v,
      endReason,
      employmentDate: employed ? v.employmentDate : null,
      employmentForm: employed ? (v.employmentForm as EmploymentForm) : null,
      employer: employed ? v.employer : '',
    }
  })
/**
 * Art. 18: the condition of participation is a kontrakt socjalny. Ending for not keeping a kontrakt
 * needs one (main refuses it); finishing the programme or reaching six months (absolwent) without a
 * signed one is allowed but worth a second look (the form warns).
 */
export function kontraktOnClose(input: {
  endReason: EndReason | ''
  graduate: boolean
  kontrakt: 'brak' | 'projekt' | 'podpisany'
}): { refusal: string | null; warning: string | null } {
  if (input.kontrakt === 'podpisany') return { refusal: null, warning: null }
  if (input.endReason === 'przerwanie_kontrakt' && input.kontrakt === 'brak') {
    return {
      refusal:
        'Uczestnictwo nie ma kontraktu socjalnego, więc nie może zakończyć się z powodu niewywiązywania się z kontraktu — wybierz inną przyczynę.',
      warning: null,
    }
  }
  if (input.graduate || input.endReason === 'ukonczenie') {
    const what =
      input.kontrakt === 'brak' ? 'nie ma kontraktu socjalnego' : 'ma tylko projekt kontraktu socjalnego'
    return {
      refusal: null,
      warning: `To uczestnictwo ${what}, a kontrakt jest warunkiem uczestnictwa w KIS (art. 18). Zakończenie jako ${input.graduate ? 'absolwent' : 'ukończenie programu'} bez podpisanego kontraktu będzie widoczne w kontroli danych — zawrzyj kontrakt albo upewnij się, że przyczyna jest właściwa.`,
    }
  }
  return { refusal: null, warning: null }
}

export type CloseParticipationForm = z.input<typeof closeParticipationInput>
export type CloseParticipationData = z.output<typeof closeParticipationInput>

export const participationRecord = z.object({
  id: recordId,
  participantId: recordId,
  startDate: z.string(),
  referralKind: z.enum(['ops', 'pup']),
  referringWorkerId: recordId.nullable(),
  referringWorkerName: z.string().nullable(),
  pupReferralNumber: z.string().nullable(),
  pupReferralDate: z.string().nullable(),
  targetGroups: z.array(z.enum(TARGET_GROUP_CODES)),
  otherGroupReason: z.string(),
  notes: z.string(),
  endDate: z.string().nullable(),
  endReason: z.enum(END_REASON_CODES).nullable(),
  employmentDate: z.string().nullable(),
  endNotes: z.string(),
  /** The date the participation reaches six months (graduate threshold). */
  sixMonthsOn: z.string(),
  /** Computed from the dates; null while the participation is open. */
  graduate: z.boolean().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ParticipationRecord = z.infer<typeof participationRecord>

export const participationsOfPerson = z.strictObject({ participantId: recordId })
export const participationList = z.array(participationRecord)
