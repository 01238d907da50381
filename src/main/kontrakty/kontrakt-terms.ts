// Writing a kontrakt's terms: its columns, family members, goals and actions as the form sent them,
// inside the caller's transaction. Goal and action ids are kept so evaluations stay tied to their goals.
import type { Kysely } from 'kysely'
import type { KontraktData } from '@shared/kontrakt.schema'
import type { Database } from '../db/schema'
import { DomainError } from '../errors'
import * as repo from './kontrakty.repo'

type Db = Kysely<Database>

const STALE = 'Kontrakt zmienił się w międzyczasie — zamknij formularz i otwórz go ponownie.'

/** Family members, goals and actions as the form sent them; goal and action ids are kept. */
export async function writeTerms(trx: Db, kontraktId: number, data: KontraktData): Promise<void> {
  await repo.replaceFamilyMembers(
    trx,
    kontraktId,
    data.familyMembers.map((m) => ({
      full_name: m.fullName,
      pesel: m.pesel || null,
      relation: m.relation,
      address: m.address,
    })),
  )
  const goals = await repo.findGoals(trx, kontraktId)
  const keptGoals = new Set<number>()
  for (const [i, goal] of data.goals.entries()) {
    if (goal.id === null) {
      await repo.insertGoal(trx, { kontrakt_id: kontraktId, position: i + 1, text: goal.text })
      continue
    }
    if (!goals.some((g) => g.id === goal.id) || keptGoals.has(goal.id))
      throw new DomainError('CONFLICT', STALE)
    keptGoals.add(goal.id)
    await repo.updateGoal(trx, goal.id, { position: i + 1, text: goal.text })
  }
  const evaluated = await repo.evaluatedGoalIds(trx, kontraktId)
  for (const goal of goals.filter((g) => !keptGoals.has(g.id))) {
    if (evaluated.has(goal.id)) {
      throw new DomainError(
        'CONFLICT',
        `Cel „${goal.text}” ma już ocenę realizacji, więc nie można go usunąć — zmień jego brzmienie albo go pozostaw.`,
        { goals: 'Oceniony cel nie może zostać usunięty.' },
      )
    }
    await repo.deleteGoal(trx, goal.id)
  }

  const actions = await repo.findActions(trx, kontraktId)
  const keptActions = new Set<number>()
  const positions = { osoba: 0, osrodek: 0 }
  for (const action of data.actions) {
    const columns = {
      side: action.side,
      position: ++positions[action.side],
      description: action.description,
      deadline: action.deadline,
      responsible: action.responsible,
      status: action.status,
    }
    if (action.id === null) {
      await repo.insertAction(trx, { kontrakt_id: kontraktId, ...columns })
      continue
    }
    if (!actions.some((a) => a.id === action.id) || keptActions.has(action.id))
      throw new DomainError('CONFLICT', STALE)
    keptActions.add(action.id)
    await repo.updateAction(trx, action.id, columns)
  }
  for (const action of actions.filter((a) => !keptActions.has(a.id))) await repo.deleteAction(trx, action.id)
}

export function columnsOf(data: KontraktData) {
  return {
    variant: data.variant,
    concluded_on: data.concludedOn,
    place: data.place,
    social_worker_id: data.socialWorkerId,
    situation_causes: data.situationCauses,
    strengths: data.strengths,
    limitations: data.limitations,
    unemployment_causes: data.unemploymentCauses,
    barriers: data.barriers,
    earlier_activation: data.earlierActivation,
    main_goal: data.mainGoal,
    expected_effects: data.expectedEffects,
    end_date: data.endDate,
  }
}
