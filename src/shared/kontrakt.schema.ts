// Kontrakt socjalny (art. 108 ustawy o pomocy społecznej; wzór: rozporządzenie MPiPS z 8 listopada
// 2010 r., Dz.U. 2010 nr 218 poz. 1439) — DOMAIN.md §3. One kontrakt per KIS participation.
import { z } from './zod-pl'
import { formatDate, isRealDate } from './dates'
import { checkPesel } from './pesel'
import { recordId } from './participant.schema'
import { isoDate, pastDate, type ParticipationRecord } from './participation.schema'

export const KONTRAKT_VARIANTS = {
  A: 'osoba/rodzina z pracownikiem socjalnym — rozwiązanie trudnej sytuacji życiowej (części I A i II A)',
  B: 'osoba w szczególnej sytuacji na rynku pracy — wzmocnienie aktywności i samodzielności (części I B i II B)',
} as const

/**
 * Variant B is concluded between the person and the social worker only; family members are parties in
 * variant A alone (wzór, rozporządzenie z 8.11.2010, Dz.U. 2010 nr 218 poz. 1439) — DOMAIN.md §3.
 */
export const FAMILY_ONLY_IN_A =
  'Kontrakt w wariancie B zawiera się tylko z osobą i pracownikiem socjalnym — usuń członków rodziny albo wybierz wariant A.'

/**
 * Variant B is for a person on a PUP referral: whether the participation records one (a referral of
 * kind 'pup' with its number and date). Its absence is a warning on the form, not a refusal.
 */
export function hasPupReferral(
  p: Pick<ParticipationRecord, 'referralKind' | 'pupReferralNumber' | 'pupReferralDate'>,
): boolean {
  return p.referralKind === 'pup' && !!p.pupReferralNumber && !!p.pupReferralDate
}

export const ACTION_SIDES = {
  osoba: 'Działania osoby / rodziny',
  osrodek: 'Działania pracownika socjalnego / ośrodka',
} as const
export type ActionSide = keyof typeof ACTION_SIDES

export const ACTION_STATUSES = {
  zaplanowane: 'zaplanowane',
  w_trakcie: 'w trakcie',
  wykonane: 'wykonane',
  niewykonane: 'niewykonane',
} as const
export type ActionStatus = keyof typeof ACTION_STATUSES
export const ACTION_STATUS_CODES = Object.keys(ACTION_STATUSES) as [ActionStatus, ...ActionStatus[]]
/** Actions still to be done: they appear on the deadlines board. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['zaplanowane', 'w_trakcie']

/**
 * The one definition of an overdue action, for the Start board and the data-quality check alike: still
 * open and its deadline before today. Only actions of a signed kontrakt in an open participation are
 * watched (a projekt's terms are not agreed yet; an ended participation's kontrakt is closed) — the
 * kontrakty service selects those.
 */
export function isActionOverdue(action: { status: ActionStatus; deadline: string }, today: string): boolean {
  return OPEN_ACTION_STATUSES.includes(action.status) && action.deadline < today
}

export const ACHIEVEMENTS = {
  osiagniety: 'osiągnięty',
  czesciowo: 'osiągnięty częściowo',
  nieosiagniety: 'nieosiągnięty',
} as const
export type Achievement = keyof typeof ACHIEVEMENTS
export const ACHIEVEMENT_CODES = Object.keys(ACHIEVEMENTS) as [Achievement, ...Achievement[]]

function optionalText(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong)
}

function requiredText(max: number, missing: string, tooLong: string) {
  return z.string().trim().min(1, missing).max(max, tooLong)
}

const familyMember = z.strictObject({
  fullName: requiredText(120, 'Podaj imię i nazwisko członka rodziny.', 'Imię i nazwisko jest za długie.'),
  pesel: optionalText(11, 'PESEL musi składać się z 11 cyfr.').refine(
    (v) => v === '' || checkPesel(v).valid,
    'Podaj poprawny PESEL członka rodziny albo zostaw pole puste.',
  ),
  relation: optionalText(60, 'Stopień pokrewieństwa może mieć najwyżej 60 znaków.'),
  address: optionalText(200, 'Adres może mieć najwyżej 200 znaków.'),
})

const goal = z.strictObject({
  id: recordId.nullable(),
  text: requiredText(1000, 'Wpisz treść celu szczegółowego.', 'Cel może mieć najwyżej 1000 znaków.'),
})

const action = z.strictObject({
  id: recordId.nullable(),
  side: z.enum(['osoba', 'osrodek']),
  description: requiredText(1000, 'Opisz działanie.', 'Opis działania może mieć najwyżej 1000 znaków.'),
  deadline: isoDate('Podaj termin realizacji w formacie DD.MM.RRRR.'),
  responsible: requiredText(
    120,
    'Podaj, kto odpowiada za działanie.',
    'Wpis jest za długi (najwyżej 120 znaków).',
  ),
  status: z.enum(ACTION_STATUS_CODES),
})

const LONG = 4000
const TOO_LONG = `Tekst może mieć najwyżej ${LONG} znaków.`

/** Everything the parties agree on: the form for a new kontrakt, an edit of a draft, and an aneks. */
export const kontraktInput = z
  .strictObject({
    variant: z.enum(['A', 'B']),
    concludedOn: isoDate('Podaj datę zawarcia kontraktu w formacie DD.MM.RRRR.'),
    place: requiredText(100, 'Podaj miejsce zawarcia kontraktu.', 'Miejsce może mieć najwyżej 100 znaków.'),
    socialWorkerId: recordId.nullable(),
    familyMembers: z.array(familyMember).max(10, 'Kontrakt może obejmować najwyżej 10 członków rodziny.'),
    situationCauses: requiredText(LONG, 'Opisz przyczyny trudnej sytuacji życiowej.', TOO_LONG),
    strengths: requiredText(LONG, 'Opisz mocne strony i zasoby.', TOO_LONG),
    limitations: requiredText(LONG, 'Opisz ograniczenia.', TOO_LONG),
    unemploymentCauses: optionalText(LONG, TOO_LONG),
    barriers: optionalText(LONG, TOO_LONG),
    earlierActivation: optionalText(LONG, TOO_LONG),
    mainGoal: requiredText(1000, 'Wpisz cel główny.', 'Cel główny może mieć najwyżej 1000 znaków.'),
    goals: z
      .array(goal)
      .min(1, 'Dodaj co najmniej jeden cel szczegółowy.')
      .max(15, 'Kontrakt może mieć najwyżej 15 celów szczegółowych.'),
    actions: z.array(action).max(60, 'Kontrakt może mieć najwyżej 60 działań.'),
    expectedEffects: requiredText(LONG, 'Opisz przewidywane efekty.', TOO_LONG),
    endDate: isoDate('Podaj datę zakończenia kontraktu w formacie DD.MM.RRRR.'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    if (v.socialWorkerId === null) issue(['socialWorkerId'], 'Wybierz pracownika socjalnego z listy.')
    if (v.variant === 'B') {
      if (v.familyMembers.length > 0) issue(['familyMembers'], FAMILY_ONLY_IN_A)
      if (v.unemploymentCauses === '')
        issue(['unemploymentCauses'], 'W wariancie B opisz przyczyny pozostawania bez pracy.')
      if (v.barriers === '') issue(['barriers'], 'W wariancie B opisz bariery w aktywności zawodowej.')
      if (v.earlierActivation === '')
        issue(
          ['earlierActivation'],
          'W wariancie B opisz dotychczasowe próby aktywizacji (lub wpisz „brak”).',
        )
    }
    if (!v.actions.some((a) => a.side === 'osoba'))
      issue(['actions'], 'Dodaj co najmniej jedno działanie osoby.')
    else if (!v.actions.some((a) => a.side === 'osrodek'))
      issue(['actions'], 'Dodaj co najmniej jedno działanie pracownika socjalnego lub ośrodka.')
    if (!isRealDate(v.concludedOn) || !isRealDate(v.endDate)) return
    if (v.endDate <= v.concludedOn) {
      issue(['endDate'], 'Kontrakt musi kończyć się później niż w dniu zawarcia.')
      return
    }
    const period = `${formatDate(v.concludedOn)}–${formatDate(v.endDate)}`
    v.actions.forEach((a, i) => {
      if (isRealDate(a.deadline) && (a.deadline < v.concludedOn || a.deadline > v.endDate)) {
        issue(
          ['actions', i, 'deadline'],
          `Termin działania musi mieścić się w okresie kontraktu (${period}).`,
        )
      }
    })
  })
  .transform((v) => ({
    ...v,
    socialWorkerId: v.socialWorkerId as number,
    unemploymentCauses: v.variant === 'B' ? v.unemploymentCauses : '',
    barriers: v.variant === 'B' ? v.barriers : '',
    earlierActivation: v.variant === 'B' ? v.earlierActivation : '',
  }))
export type KontraktForm = z.input<typeof kontraktInput>
export type KontraktData = z.output<typeof kontraktInput>
export type KontraktActionForm = KontraktForm['actions'][number]

export const createKontraktInput = z.strictObject({ participationId: recordId, data: kontraktInput })
export const updateKontraktInput = z.strictObject({ id: recordId, data: kontraktInput })

export const aneksInput = z.strictObject({
  id: recordId,
  aneksDate: pastDate('datę aneksu'),
  description: requiredText(
    2000,
    'Opisz, czego dotyczą zmiany.',
    'Opis zmiany może mieć najwyżej 2000 znaków.',
  ),
  data: kontraktInput,
})

export const evaluationInput = z
  .strictObject({
    id: recordId,
    evaluatedOn: pastDate('datę oceny'),
    summary: requiredText(LONG, 'Opisz, co udało się osiągnąć.', TOO_LONG),
    goals: z
      .array(
        z.strictObject({
          goalId: recordId,
          achievement: z.enum([...ACHIEVEMENT_CODES, '']),
          comment: optionalText(1000, 'Uwagi do celu mogą mieć najwyżej 1000 znaków.'),
        }),
      )
      .min(1, 'Oceń co najmniej jeden cel.')
      .max(15),
  })
  .superRefine((v, ctx) => {
    v.goals.forEach((g, i) => {
      if (g.achievement === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'achievement'],
          message: 'Oceń realizację tego celu.',
        })
      }
    })
  })
  .transform((v) => ({
    ...v,
    goals: v.goals.map((g) => ({ ...g, achievement: g.achievement as Achievement })),
  }))
export type EvaluationForm = z.input<typeof evaluationInput>
export type EvaluationData = z.output<typeof evaluationInput>

export const actionProgressInput = z.strictObject({ actionId: recordId, status: z.enum(ACTION_STATUS_CODES) })

const familyMemberRecord = z.object({
  fullName: z.string(),
  pesel: z.string(),
  relation: z.string(),
  address: z.string(),
})

export const kontraktRecord = z.object({
  id: recordId,
  participationId: recordId,
  participantId: recordId,
  variant: z.enum(['A', 'B']),
  number: z.string(),
  concludedOn: z.string(),
  place: z.string(),
  socialWorkerId: recordId,
  socialWorkerName: z.string(),
  socialWorkerPosition: z.string(),
  socialWorkerPhone: z.string(),
  familyMembers: z.array(familyMemberRecord),
  situationCauses: z.string(),
  strengths: z.string(),
  limitations: z.string(),
  unemploymentCauses: z.string(),
  barriers: z.string(),
  earlierActivation: z.string(),
  mainGoal: z.string(),
  goals: z.array(z.object({ id: recordId, text: z.string() })),
  actions: z.array(
    z.object({
      id: recordId,
      side: z.enum(['osoba', 'osrodek']),
      description: z.string(),
      deadline: z.string(),
      responsible: z.string(),
      status: z.enum(ACTION_STATUS_CODES),
    }),
  ),
  expectedEffects: z.string(),
  endDate: z.string(),
  /** When the signed paper was confirmed in the app; from then on changes go through an aneks. */
  signedAt: z.string().nullable(),
  aneksy: z.array(
    z.object({
      id: recordId,
      number: z.number().int().positive(),
      aneksDate: z.string(),
      description: z.string(),
      changes: z.array(z.string()),
      createdAt: z.string(),
    }),
  ),
  evaluations: z.array(
    z.object({
      id: recordId,
      evaluatedOn: z.string(),
      summary: z.string(),
      goals: z.array(
        z.object({
          goalId: recordId,
          goalText: z.string(),
          achievement: z.enum(ACHIEVEMENT_CODES),
          comment: z.string(),
        }),
      ),
      createdAt: z.string(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type KontraktRecord = z.infer<typeof kontraktRecord>

export const kontraktyOfPerson = z.strictObject({ participantId: recordId })
export const kontraktList = z.array(kontraktRecord)
