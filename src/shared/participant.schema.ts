// The participant as the form edits it, the bridge checks it and the database stores it.
import { z } from './zod-pl'
import { checkPesel } from './pesel'
import { isRealDate, todayIso } from './dates'
import { checkEligibility, EXCLUSION_CODES, TARGET_GROUP_CODES } from './eligibility'

export const PARTICIPANT_STATUSES = ['aktywny', 'zakonczony', 'archiwalny'] as const
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number]
/** The sex in words, wherever a person reads it (screens, exports, prints). */
export const SEX_LABELS = { K: 'kobieta', M: 'mężczyzna' } as const

export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, string> = {
  aktywny: 'aktywny',
  zakonczony: 'zakończony',
  archiwalny: 'archiwalny',
}

export const recordId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const isoDate = z.string().max(10).refine(isRealDate, 'Podaj poprawną datę w formacie DD.MM.RRRR.')

function text(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong)
}

const PHONE = /^\+?[\d\s-]{9,20}$/
const EMAIL = z.email()

export const participantInput = z
  .strictObject({
    firstName: text(80, 'Imię może mieć najwyżej 80 znaków.').min(1, 'Podaj imię.'),
    lastName: text(80, 'Nazwisko może mieć najwyżej 80 znaków.').min(1, 'Podaj nazwisko.'),
    identityKind: z.enum(['pesel', 'document']),
    pesel: text(20, 'PESEL musi składać się z 11 cyfr.'),
    idDocument: text(30, 'Numer dokumentu może mieć najwyżej 30 znaków.'),
    birthDate: z.string().max(10),
    sex: z.enum(['K', 'M', '']),
    address: text(200, 'Adres może mieć najwyżej 200 znaków.'),
    phone: text(30, 'Numer telefonu jest za długi.').refine(
      (v) => v === '' || (PHONE.test(v) && v.replace(/\D/g, '').length >= 9),
      'Podaj numer telefonu (co najmniej 9 cyfr) albo zostaw pole puste.',
    ),
    email: text(120, 'Adres e-mail jest za długi.').refine(
      (v) => v === '' || EMAIL.safeParse(v).success,
      'Podaj poprawny adres e-mail albo zostaw pole puste.',
    ),
    admissionDate: isoDate,
    targetGroups: z.array(z.enum(TARGET_GROUP_CODES)).max(TARGET_GROUP_CODES.length),
    otherGroupReason: text(500, 'Powód może mieć najwyżej 500 znaków.'),
    exclusions: z.array(z.enum(EXCLUSION_CODES)).max(EXCLUSION_CODES.length),
    therapyCompleted: z.boolean(),
    notes: text(4000, 'Uwagi mogą mieć najwyżej 4000 znaków.'),
    status: z.enum(PARTICIPANT_STATUSES),
  })
  .superRefine((v, ctx) => {
    let birthDate = v.birthDate
    if (v.identityKind === 'pesel') {
      const pesel = checkPesel(v.pesel)
      if (!pesel.valid) ctx.addIssue({ code: 'custom', path: ['pesel'], message: pesel.message })
      else birthDate = pesel.birthDate
    } else {
      if (v.idDocument === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['idDocument'],
          message: 'Bez numeru PESEL podaj numer dokumentu tożsamości.',
        })
      }
      if (!isRealDate(v.birthDate)) {
        ctx.addIssue({
          code: 'custom',
          path: ['birthDate'],
          message: 'Podaj datę urodzenia w formacie DD.MM.RRRR.',
        })
      } else if (v.birthDate > todayIso()) {
        ctx.addIssue({
          code: 'custom',
          path: ['birthDate'],
          message: 'Data urodzenia nie może być z przyszłości.',
        })
      }
      if (v.sex === '') ctx.addIssue({ code: 'custom', path: ['sex'], message: 'Wybierz płeć.' })
    }
    if (isRealDate(v.admissionDate)) {
      if (v.admissionDate > todayIso()) {
        ctx.addIssue({
          code: 'custom',
          path: ['admissionDate'],
          message: 'Data przyjęcia nie może być z przyszłości.',
        })
      } else if (isRealDate(birthDate) && v.admissionDate < birthDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['admissionDate'],
          message: 'Data przyjęcia nie może być wcześniejsza niż data urodzenia.',
        })
      }
    }
    if (v.targetGroups.includes('inna') && v.otherGroupReason === '') {
      ctx.addIssue({ code: 'custom', path: ['otherGroupReason'], message: 'Dla grupy „inna” podaj powód.' })
    }
    // Blocking reasons do not depend on the office's settings, so form and main agree on them.
    const { blocking } = checkEligibility(v, { requireTherapyForAddicted: false })
    if (blocking.length > 0) {
      const path = v.targetGroups.length === 0 ? 'targetGroups' : 'exclusions'
      ctx.addIssue({ code: 'custom', path: [path], message: blocking.join(' ') })
    }
  })
  .transform((v) => {
    const pesel = v.identityKind === 'pesel' ? checkPesel(v.pesel) : null
    return {
      firstName: v.firstName,
      lastName: v.lastName,
      pesel: pesel?.valid ? v.pesel : null,
      // One document is one number however it was typed: "abc 123456" and "ABC123456" match.
      idDocument: pesel ? null : v.idDocument.toUpperCase().replace(/\s+/g, ''),
      birthDate: pesel?.valid ? pesel.birthDate : v.birthDate,
      sex: (pesel?.valid ? pesel.sex : v.sex) as 'K' | 'M',
      address: v.address,
      phone: v.phone,
      email: v.email,
      admissionDate: v.admissionDate,
      targetGroups: [...new Set(v.targetGroups)],
      otherGroupReason: v.targetGroups.includes('inna') ? v.otherGroupReason : '',
      exclusions: [...new Set(v.exclusions)],
      therapyCompleted: v.therapyCompleted,
      notes: v.notes,
      status: v.status,
    }
  })

/** What the form holds. */
export type ParticipantForm = z.input<typeof participantInput>
/** What the service stores: identity resolved, birth date and sex derived from PESEL. */
export type ParticipantData = z.output<typeof participantInput>

export const participantRecord = z.object({
  id: recordId,
  firstName: z.string(),
  lastName: z.string(),
  pesel: z.string().nullable(),
  idDocument: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(['K', 'M']),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  admissionDate: z.string(),
  targetGroups: z.array(z.enum(TARGET_GROUP_CODES)),
  otherGroupReason: z.string(),
  exclusions: z.array(z.enum(EXCLUSION_CODES)),
  therapyCompleted: z.boolean(),
  notes: z.string(),
  status: z.enum(PARTICIPANT_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ParticipantRecord = z.infer<typeof participantRecord>

export const PARTICIPANT_SORTS = [
  'name',
  'pesel',
  'birthDate',
  'admissionDate',
  'status',
  'updatedAt',
] as const
export const STATUS_FILTERS = ['biezacy', 'wszystkie', ...PARTICIPANT_STATUSES] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]

export const participantListQuery = z.strictObject({
  search: z.string().max(100, 'Szukany tekst może mieć najwyżej 100 znaków.').default(''),
  /** "biezacy" = everyone not archived. */
  status: z.enum(STATUS_FILTERS).default('biezacy'),
  targetGroup: z.enum(TARGET_GROUP_CODES).nullable().default(null),
  sortBy: z.enum(PARTICIPANT_SORTS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
})
export type ParticipantListQuery = z.output<typeof participantListQuery>
/** The list's filters and order without paging: what an export takes. */
export const participantFilter = participantListQuery.omit({ page: true, pageSize: true })
export type ParticipantFilter = z.output<typeof participantFilter>

export const participantRow = participantRecord.pick({
  id: true,
  firstName: true,
  lastName: true,
  pesel: true,
  idDocument: true,
  birthDate: true,
  sex: true,
  admissionDate: true,
  status: true,
  updatedAt: true,
})
export type ParticipantRow = z.infer<typeof participantRow>

export const participantPage = z.object({ rows: z.array(participantRow), total: z.number().int().min(0) })
export type ParticipantPage = z.infer<typeof participantPage>
