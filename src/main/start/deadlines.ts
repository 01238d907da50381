// The deadlines board (pure): what needs the coordinator's attention on a given day.
import { addDays, addMonthsClamped, daysBetween, sixMonthsReachedOn } from '@shared/kis-periods'
import {
  ACTIONS_DUE_WITHIN_DAYS,
  EVALUATION_EVERY_MONTHS,
  SIX_MONTHS_WITHIN_DAYS,
  type BoardAction,
  type BoardEvaluation,
  type BoardSixMonths,
  type DeadlinesBoard,
} from '@shared/start.schema'
import { isActionOverdue, OPEN_ACTION_STATUSES } from '@shared/kontrakt.schema'

export interface DeadlineInputs {
  /** Actions of signed kontrakty in open participations. */
  actions: Omit<BoardAction, 'overdue'>[]
  /** Signed kontrakty in open participations, with the date of their last evaluation. */
  kontrakty: Omit<BoardEvaluation, 'dueSince'>[]
  /** Open participations. */
  participations: Omit<BoardSixMonths, 'reachesOn' | 'daysLeft'>[]
}

export function buildDeadlinesBoard(input: DeadlineInputs, today: string): DeadlinesBoard {
  const dueBy = addDays(today, ACTIONS_DUE_WITHIN_DAYS)
  const actions = input.actions
    .filter((a) => OPEN_ACTION_STATUSES.includes(a.status) && a.deadline <= dueBy)
    .map((a) => ({ ...a, overdue: isActionOverdue(a, today) }))
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.actionId - b.actionId)

  const evaluations = input.kontrakty
    .map((k) => ({
      ...k,
      dueSince: addMonthsClamped(k.lastEvaluatedOn ?? k.concludedOn, EVALUATION_EVERY_MONTHS),
    }))
    .filter((k) => k.dueSince <= today)
    .sort((a, b) => a.dueSince.localeCompare(b.dueSince) || a.kontraktId - b.kontraktId)

  const sixMonths = input.participations
    .map((p) => {
      const reachesOn = sixMonthsReachedOn(p.startDate)
      return { ...p, reachesOn, daysLeft: daysBetween(today, reachesOn) }
    })
    .filter((p) => p.daysLeft >= 0 && p.daysLeft <= SIX_MONTHS_WITHIN_DAYS)
    .sort((a, b) => a.reachesOn.localeCompare(b.reachesOn) || a.participationId - b.participationId)

  return { today, actions, evaluations, sixMonths }
}
