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
    participationId: row.participationId,
    participantId: row.participantId,
    variant: row.variant,
    number: row.number,
    concludedOn: row.concludedOn,
    place: row.place,
    socialWorkerId: row.socialWorkerId,
    socialWorkerName: row.workerName,
    socialWorkerPosition: row.workerPosition,
    socialWorkerPhone: row.workerPhone,
    familyMembers: members.map((m) => ({
      fullName: m.fullName,
      pesel: m.pesel ?? '',
      relation: m.relation,
      address: m.address,
    })),
    situationCauses: row.situationCauses,
    strengths: row.strengths,
    limitations: row.limitations,
    unemploymentCauses: row.unemploymentCauses,
    barriers: row.barriers,
    earlierActivation: row.earlierActivation,
    mainGoal: row.mainGoal,
    goals: goals.map((g) => ({ id: g.id, text: g.text })),
    actions: actions.map((a) => ({
      id: a.id,
      side: a.side,
      description: a.description,
      deadline: a.deadline,
      responsible: a.responsible,
      status: a.status,
    })),
    expectedEffects: row.expectedEffects,
    endDate: row.endDate,
    signedAt: row.signedAt,
    aneksy: aneksy.map((a) => ({
      id: a.id,
      number: a.number,
      aneksDate: a.aneksDate,
      description: a.description,
      changes: JSON.parse(a.changesJson) as string[],
      createdAt: a.createdAt,
    })),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      evaluatedOn: e.evaluatedOn,
      summary: e.summary,
      goals: evaluationGoals
        .filter((g) => g.evaluationId === e.id)
        .map((g) => ({
          goalId: g.goalId,
          goalText: g.goalText,
          achievement: g.achievement,
          comment: g.comment,
        })),
      createdAt: e.createdAt,
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}
