// The deadlines board on the start page (what the coordinator must look at this fortnight).
import { z } from './zod-pl'
import { recordId } from './participant.schema'
import { ACTION_STATUS_CODES } from './kontrakt.schema'

/** Actions due within this many days (and every overdue one) are listed. */
export const ACTIONS_DUE_WITHIN_DAYS = 14
/** A signed kontrakt should be evaluated at least this often. */
export const EVALUATION_EVERY_MONTHS = 3
/** Open participations that reach six months within this many days are listed. */
export const SIX_MONTHS_WITHIN_DAYS = 30

export const boardAction = z.object({
  actionId: recordId,
  kontraktId: recordId,
  kontraktNumber: z.string(),
  participantId: recordId,
  personName: z.string(),
  side: z.enum(['osoba', 'osrodek']),
  description: z.string(),
  deadline: z.string(),
  responsible: z.string(),
  status: z.enum(ACTION_STATUS_CODES),
  overdue: z.boolean(),
})
export const boardEvaluation = z.object({
  kontraktId: recordId,
  kontraktNumber: z.string(),
  participantId: recordId,
  personName: z.string(),
  concludedOn: z.string(),
  lastEvaluatedOn: z.string().nullable(),
  /** When an evaluation became due: three months after the last one (or after signing). */
  dueSince: z.string(),
})
export const boardSixMonths = z.object({
  participationId: recordId,
  participantId: recordId,
  personName: z.string(),
  startDate: z.string(),
  reachesOn: z.string(),
  daysLeft: z.number().int(),
})

export const deadlinesBoard = z.object({
  today: z.string(),
  actions: z.array(boardAction),
  evaluations: z.array(boardEvaluation),
  sixMonths: z.array(boardSixMonths),
})
export type DeadlinesBoard = z.infer<typeof deadlinesBoard>
export type BoardAction = z.infer<typeof boardAction>
export type BoardEvaluation = z.infer<typeof boardEvaluation>
export type BoardSixMonths = z.infer<typeof boardSixMonths>
