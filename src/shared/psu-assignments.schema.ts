// Assignments (a participant directed by the PUP works on a position under a porozumienie) and the
// refusals and absences reported to the PUP.
import { z } from './zod-pl'
import { isRealDate } from './dates'
import { isoDate, monthKey, recordId, requiredText, text } from './psu-common.schema'

export const assignmentInput = z
  .strictObject({
    participantId: z.number({ error: 'Wybierz uczestnika.' }).int().positive('Wybierz uczestnika.'),
    positionId: z.number({ error: 'Wybierz stanowisko.' }).int().positive('Wybierz stanowisko.'),
    porozumienieId: z.number({ error: 'Wybierz porozumienie.' }).int().positive('Wybierz porozumienie.'),
    skierowanieNumber: requiredText(
      60,
      'Podaj numer skierowania z PUP.',
      'Numer może mieć najwyżej 60 znaków.',
    ),
    skierowanieDate: isoDate('Podaj datę skierowania w formacie DD.MM.RRRR.'),
    dateFrom: isoDate('Podaj początek pracy w formacie DD.MM.RRRR.'),
    dateTo: isoDate('Podaj koniec pracy w formacie DD.MM.RRRR.'),
    endReason: text(300, 'Powód zakończenia może mieć najwyżej 300 znaków.'),
    notes: text(2000, 'Uwagi mogą mieć najwyżej 2000 znaków.'),
  })
  .superRefine((v, ctx) => {
    if (isRealDate(v.dateFrom) && isRealDate(v.dateTo) && v.dateFrom > v.dateTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateTo'],
        message: 'Koniec pracy nie może być wcześniejszy niż jej początek.',
      })
    }
    if (isRealDate(v.skierowanieDate) && isRealDate(v.dateFrom) && v.skierowanieDate > v.dateFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateFrom'],
        message: 'Praca nie może zacząć się przed datą skierowania z PUP.',
      })
    }
  })
export type AssignmentInput = z.output<typeof assignmentInput>
export type AssignmentForm = z.input<typeof assignmentInput>

export const assignmentRecord = z.object({
  id: recordId,
  participantId: recordId,
  participantName: z.string(),
  positionId: recordId,
  positionName: z.string(),
  workplaceId: recordId,
  workplaceName: z.string(),
  porozumienieId: recordId,
  porozumienieNumber: z.string(),
  skierowanieNumber: z.string(),
  skierowanieDate: z.string(),
  dateFrom: z.string(),
  dateTo: z.string(),
  endReason: z.string(),
  notes: z.string(),
  /** Days with hours or absences recorded: such an assignment cannot be deleted. */
  recordedDays: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type AssignmentRecord = z.infer<typeof assignmentRecord>

export const assignmentListQuery = z.strictObject({
  /** Only assignments with at least one day in this month. */
  month: monthKey.nullable().default(null),
  porozumienieId: recordId.nullable().default(null),
  participantId: recordId.nullable().default(null),
})
export type AssignmentListQuery = z.output<typeof assignmentListQuery>

export const PSU_EVENT_KINDS = ['odmowa', 'nieobecnosc'] as const
export type PsuEventKind = (typeof PSU_EVENT_KINDS)[number]
export const PSU_EVENT_LABELS: Record<PsuEventKind, string> = {
  odmowa: 'odmowa podjęcia PSU',
  nieobecnosc: 'nieobecność w PSU',
}

export const psuEventInput = z
  .strictObject({
    kind: z.enum(PSU_EVENT_KINDS),
    participantId: z.number({ error: 'Wybierz uczestnika.' }).int().positive('Wybierz uczestnika.'),
    assignmentId: recordId.nullable(),
    porozumienieId: recordId.nullable(),
    eventDate: isoDate('Podaj datę w formacie DD.MM.RRRR.'),
    dateTo: isoDate('Podaj datę końcową w formacie DD.MM.RRRR.'),
    skierowanieNumber: text(60, 'Numer może mieć najwyżej 60 znaków.'),
    reason: requiredText(
      1000,
      'Podaj powód (zostanie przekazany do PUP).',
      'Powód może mieć najwyżej 1000 znaków.',
    ),
    reportedOn: z.union([z.literal(''), isoDate('Podaj datę zgłoszenia do PUP w formacie DD.MM.RRRR.')]),
  })
  .superRefine((v, ctx) => {
    if (isRealDate(v.eventDate) && isRealDate(v.dateTo) && v.dateTo < v.eventDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateTo'],
        message: 'Data końcowa nie może być wcześniejsza niż początkowa.',
      })
    }
    if (v.kind === 'nieobecnosc' && v.assignmentId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['assignmentId'],
        message: 'Wybierz przydział, w którym była nieobecność.',
      })
    }
    if (v.kind === 'odmowa' && v.porozumienieId === null && v.assignmentId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['porozumienieId'],
        message: 'Wybierz porozumienie, którego dotyczy odmowa.',
      })
    }
  })
export type PsuEventInput = z.output<typeof psuEventInput>
export type PsuEventForm = z.input<typeof psuEventInput>

export const psuEventRecord = z.object({
  id: recordId,
  kind: z.enum(PSU_EVENT_KINDS),
  participantId: recordId,
  participantName: z.string(),
  assignmentId: recordId.nullable(),
  porozumienieId: recordId.nullable(),
  porozumienieNumber: z.string(),
  eventDate: z.string(),
  dateTo: z.string(),
  skierowanieNumber: z.string(),
  reason: z.string(),
  reportedOn: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type PsuEventRecord = z.infer<typeof psuEventRecord>

export const psuEventListQuery = z.strictObject({
  /** Events touching this month; null for all. */
  month: monthKey.nullable().default(null),
  onlyUnreported: z.boolean().default(false),
})
