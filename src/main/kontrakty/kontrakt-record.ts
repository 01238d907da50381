// A kontrakt as the screens and documents see it: its row with the terms (family members, goals,
// actions), annexes and evaluations, read in the caller's transaction.
import type { Kysely } from 'kysely'
import type { KontraktRecord } from '@shared/kontrakt.schema'
import type { Database } from '../db/schema'
import { notFound } from '../errors'
import * as repo from './kontrakty.repo'

type Db = Kysely<Database>

export async function loadKontrakt(executor: Db, id: number): Promise<KontraktRecord> {
  const row = await repo.findById(executor, id)
  if (!row) throw notFound(`kontrakt socjalny o numerze ${id}`)
  return kontraktRecord(executor, row)
}

export async function kontraktRecord(executor: Db, row: repo.KontraktRow): Promise<KontraktRecord> {
  const members = await repo.findFamilyMembers(executor, row.id)
  const goals = await repo.findGoals(executor, row.id)
  const actions = await repo.findActions(executor, row.id)
  const aneksy = await repo.findAneksy(executor, row.id)
  const evaluations = await repo.findEvaluations(executor, row.id)
  const evaluationGoals = await repo.findEvaluationGoals(executor, row.id)
  return {
    id: row.id,
    participationId: row.participation_id,
    participantId: row.participant_id,
    variant: row.variant,
    number: row.number,
    concludedOn: row.concluded_on,
    place: row.place,
    socialWorkerId: row.social_worker_id,
    socialWorkerName: row.worker_name,
    socialWorkerPosition: row.worker_position,
    socialWorkerPhone: row.worker_phone,
    familyMembers: members.map((m) => ({
      fullName: m.full_name,
      pesel: m.pesel ?? '',
      relation: m.relation,
      address: m.address,
    })),
    situationCauses: row.situation_causes,
    strengths: row.strengths,
    limitations: row.limitations,
    unemploymentCauses: row.unemployment_causes,
    barriers: row.barriers,
    earlierActivation: row.earlier_activation,
    mainGoal: row.main_goal,
    goals: goals.map((g) => ({ id: g.id, text: g.text })),
    actions: actions.map((a) => ({
      id: a.id,
      side: a.side,
      description: a.description,
      deadline: a.deadline,
      responsible: a.responsible,
      status: a.status,
    })),
    expectedEffects: row.expected_effects,
    endDate: row.end_date,
    signedAt: row.signed_at,
    aneksy: aneksy.map((a) => ({
      id: a.id,
      number: a.number,
      aneksDate: a.aneks_date,
      description: a.description,
      changes: JSON.parse(a.changes_json) as string[],
      createdAt: a.created_at,
    })),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      evaluatedOn: e.evaluated_on,
      summary: e.summary,
      goals: evaluationGoals
        .filter((g) => g.evaluation_id === e.id)
        .map((g) => ({
          goalId: g.goal_id,
          goalText: g.goal_text,
          achievement: g.achievement,
          comment: g.comment,
        })),
      createdAt: e.created_at,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
