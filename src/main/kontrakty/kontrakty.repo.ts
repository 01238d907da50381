// SQL for kontrakty socjalne, their terms (family members, goals, actions), annexes and evaluations.
import type { Insertable, Kysely, Selectable } from 'kysely'
import { camelRow, camelRows, type CamelRow } from '../db/camel-rows'
import type {
  Database,
  KontraktActionsTable,
  KontraktAneksyTable,
  KontraktEvaluationGoalsTable,
  KontraktEvaluationsTable,
  KontraktFamilyMembersTable,
  KontraktGoalsTable,
  KontraktyTable,
} from '../db/schema'

type Db = Kysely<Database>

export type KontraktRow = CamelRow<
  Selectable<KontraktyTable> & {
    participant_id: number
    participation_end_date: string | null
    worker_name: string
    worker_position: string
    worker_phone: string
  }
>

function selectKontrakty(db: Db) {
  return db
    .selectFrom('kontrakty as k')
    .innerJoin('participations as p', 'p.id', 'k.participation_id')
    .innerJoin('staff_members as s', 's.id', 'k.social_worker_id')
    .selectAll('k')
    .select([
      'p.participant_id',
      'p.end_date as participation_end_date',
      's.full_name as worker_name',
      's.position as worker_position',
      's.phone as worker_phone',
    ])
}

export async function findById(db: Db, id: number): Promise<KontraktRow | undefined> {
  return camelRow(await selectKontrakty(db).where('k.id', '=', id).executeTakeFirst())
}

export async function findByParticipation(db: Db, participationId: number): Promise<KontraktRow | undefined> {
  return camelRow(
    await selectKontrakty(db).where('k.participation_id', '=', participationId).executeTakeFirst(),
  )
}

export async function findByParticipant(db: Db, participantId: number): Promise<KontraktRow[]> {
  return camelRows(
    await selectKontrakty(db)
      .where('p.participant_id', '=', participantId)
      .orderBy('k.concluded_on', 'desc')
      .orderBy('k.id', 'desc')
      .execute(),
  )
}

/** Signed kontrakty of open participations: the ones whose deadlines and evaluations are watched. */
export async function findSignedInOpenParticipations(db: Db) {
  return camelRows(
    await db
      .selectFrom('kontrakty as k')
      .innerJoin('participations as p', 'p.id', 'k.participation_id')
      .innerJoin('participants as r', 'r.id', 'p.participant_id')
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('kontrakt_evaluations')
            .select(['kontrakt_id', (e) => e.fn.max('evaluated_on').as('last_evaluated_on')])
            .groupBy('kontrakt_id')
            .as('e'),
        (join) => join.onRef('e.kontrakt_id', '=', 'k.id'),
      )
      .select([
        'k.id',
        'k.number',
        'k.concluded_on',
        'k.end_date',
        'p.participant_id',
        'r.first_name',
        'r.last_name',
        'e.last_evaluated_on',
      ])
      .where('k.signed_at', 'is not', null)
      .where('p.end_date', 'is', null)
      .orderBy('k.concluded_on')
      .execute(),
  )
}

export async function findOpenActionsDueBy(db: Db, until: string) {
  return camelRows(
    await db
      .selectFrom('kontrakt_actions as a')
      .innerJoin('kontrakty as k', 'k.id', 'a.kontrakt_id')
      .innerJoin('participations as p', 'p.id', 'k.participation_id')
      .innerJoin('participants as r', 'r.id', 'p.participant_id')
      .select([
        'a.id',
        'a.side',
        'a.description',
        'a.deadline',
        'a.responsible',
        'a.status',
        'k.id as kontrakt_id',
        'k.number',
        'p.participant_id',
        'r.first_name',
        'r.last_name',
      ])
      .where('a.status', 'in', ['zaplanowane', 'w_trakcie'])
      .where('a.deadline', '<=', until)
      .where('k.signed_at', 'is not', null)
      .where('p.end_date', 'is', null)
      .orderBy('a.deadline')
      .orderBy('a.id')
      .execute(),
  )
}

export async function maxSequence(db: Db, year: number): Promise<number> {
  const row = await db
    .selectFrom('kontrakty')
    .select((eb) => eb.fn.max('number_seq').as('seq'))
    .where('number_year', '=', year)
    .executeTakeFirst()
  return row?.seq ?? 0
}

export async function insert(db: Db, row: Insertable<KontraktyTable>): Promise<number> {
  const { id } = await db.insertInto('kontrakty').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function update(db: Db, id: number, row: Partial<Insertable<KontraktyTable>>): Promise<void> {
  await db.updateTable('kontrakty').set(row).where('id', '=', id).execute()
}

export async function findFamilyMembers(
  db: Db,
  kontraktId: number,
): Promise<CamelRow<Selectable<KontraktFamilyMembersTable>>[]> {
  return camelRows(
    await db
      .selectFrom('kontrakt_family_members')
      .selectAll()
      .where('kontrakt_id', '=', kontraktId)
      .orderBy('position')
      .execute(),
  )
}

export async function replaceFamilyMembers(
  db: Db,
  kontraktId: number,
  members: Omit<Insertable<KontraktFamilyMembersTable>, 'kontrakt_id' | 'position'>[],
): Promise<void> {
  await db.deleteFrom('kontrakt_family_members').where('kontrakt_id', '=', kontraktId).execute()
  if (members.length === 0) return
  await db
    .insertInto('kontrakt_family_members')
    .values(members.map((m, i) => ({ ...m, kontrakt_id: kontraktId, position: i + 1 })))
    .execute()
}

export async function findGoals(
  db: Db,
  kontraktId: number,
): Promise<CamelRow<Selectable<KontraktGoalsTable>>[]> {
  return camelRows(
    await db
      .selectFrom('kontrakt_goals')
      .selectAll()
      .where('kontrakt_id', '=', kontraktId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
  )
}

export async function insertGoal(db: Db, row: Omit<Insertable<KontraktGoalsTable>, 'id'>): Promise<void> {
  await db.insertInto('kontrakt_goals').values(row).execute()
}

export async function updateGoal(db: Db, id: number, row: { position: number; text: string }): Promise<void> {
  await db.updateTable('kontrakt_goals').set(row).where('id', '=', id).execute()
}

export async function deleteGoal(db: Db, id: number): Promise<void> {
  await db.deleteFrom('kontrakt_goals').where('id', '=', id).execute()
}

export async function evaluatedGoalIds(db: Db, kontraktId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('kontrakt_evaluation_goals as eg')
    .innerJoin('kontrakt_evaluations as e', 'e.id', 'eg.evaluation_id')
    .select('eg.goal_id')
    .where('e.kontrakt_id', '=', kontraktId)
    .execute()
  return new Set(rows.map((r) => r.goal_id))
}

export async function findActions(
  db: Db,
  kontraktId: number,
): Promise<CamelRow<Selectable<KontraktActionsTable>>[]> {
  return camelRows(
    await db
      .selectFrom('kontrakt_actions')
      .selectAll()
      .where('kontrakt_id', '=', kontraktId)
      .orderBy('side')
      .orderBy('position')
      .orderBy('id')
      .execute(),
  )
}

export async function findAction(
  db: Db,
  id: number,
): Promise<CamelRow<Selectable<KontraktActionsTable>> | undefined> {
  return camelRow(await db.selectFrom('kontrakt_actions').selectAll().where('id', '=', id).executeTakeFirst())
}

export async function insertAction(db: Db, row: Omit<Insertable<KontraktActionsTable>, 'id'>): Promise<void> {
  await db.insertInto('kontrakt_actions').values(row).execute()
}

export async function updateAction(
  db: Db,
  id: number,
  row: Partial<Omit<Insertable<KontraktActionsTable>, 'id' | 'kontrakt_id'>>,
): Promise<void> {
  await db.updateTable('kontrakt_actions').set(row).where('id', '=', id).execute()
}

export async function deleteAction(db: Db, id: number): Promise<void> {
  await db.deleteFrom('kontrakt_actions').where('id', '=', id).execute()
}

export async function findAneksy(
  db: Db,
  kontraktId: number,
): Promise<CamelRow<Selectable<KontraktAneksyTable>>[]> {
  return camelRows(
    await db
      .selectFrom('kontrakt_aneksy')
      .selectAll()
      .where('kontrakt_id', '=', kontraktId)
      .orderBy('number')
      .execute(),
  )
}

export async function findAneks(
  db: Db,
  id: number,
): Promise<CamelRow<Selectable<KontraktAneksyTable>> | undefined> {
  return camelRow(await db.selectFrom('kontrakt_aneksy').selectAll().where('id', '=', id).executeTakeFirst())
}

export async function insertAneks(db: Db, row: Omit<Insertable<KontraktAneksyTable>, 'id'>): Promise<number> {
  const { id } = await db.insertInto('kontrakt_aneksy').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function findEvaluations(
  db: Db,
  kontraktId: number,
): Promise<CamelRow<Selectable<KontraktEvaluationsTable>>[]> {
  return camelRows(
    await db
      .selectFrom('kontrakt_evaluations')
      .selectAll()
      .where('kontrakt_id', '=', kontraktId)
      .orderBy('evaluated_on')
      .orderBy('id')
      .execute(),
  )
}

export async function findEvaluation(
  db: Db,
  id: number,
): Promise<CamelRow<Selectable<KontraktEvaluationsTable>> | undefined> {
  return camelRow(
    await db.selectFrom('kontrakt_evaluations').selectAll().where('id', '=', id).executeTakeFirst(),
  )
}

export async function findEvaluationGoals(
  db: Db,
  kontraktId: number,
): Promise<CamelRow<Selectable<KontraktEvaluationGoalsTable> & { position: number }>[]> {
  return camelRows(
    await db
      .selectFrom('kontrakt_evaluation_goals as eg')
      .innerJoin('kontrakt_evaluations as e', 'e.id', 'eg.evaluation_id')
      .innerJoin('kontrakt_goals as g', 'g.id', 'eg.goal_id')
      .selectAll('eg')
      .select('g.position')
      .where('e.kontrakt_id', '=', kontraktId)
      .orderBy('g.position')
      .execute(),
  )
}

export async function insertEvaluation(
  db: Db,
  row: Omit<Insertable<KontraktEvaluationsTable>, 'id'>,
  goals: Omit<Insertable<KontraktEvaluationGoalsTable>, 'evaluation_id'>[],
): Promise<number> {
  const { id } = await db
    .insertInto('kontrakt_evaluations')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('kontrakt_evaluation_goals')
    .values(goals.map((g) => ({ ...g, evaluation_id: id })))
    .execute()
  return id
}

/** Every kontrakt (or one person's) with its person, worker, annex count and last evaluation: the list export. */
export async function findForExport(db: Db, participantId: number | null) {
  let query = db
    .selectFrom('kontrakty as k')
    .innerJoin('participations as p', 'p.id', 'k.participation_id')
    .innerJoin('participants as r', 'r.id', 'p.participant_id')
    .innerJoin('staff_members as s', 's.id', 'k.social_worker_id')
    .select([
      'k.id',
      'k.number',
      'k.variant',
      'k.concluded_on as concludedOn',
      'k.end_date as endDate',
      'k.signed_at as signedAt',
      'k.main_goal as mainGoal',
      's.full_name as socialWorker',
      'r.first_name as firstName',
      'r.last_name as lastName',
      'r.pesel',
      'p.start_date as participationStart',
      'p.end_date as participationEnd',
      (eb) =>
        eb
          .selectFrom('kontrakt_aneksy as x')
          .select((x) => x.fn.countAll<number>().as('n'))
          .whereRef('x.kontrakt_id', '=', 'k.id')
          .as('aneksy'),
      (eb) =>
        eb
          .selectFrom('kontrakt_evaluations as e')
          .select((x) => x.fn.max('e.evaluated_on').as('last'))
          .whereRef('e.kontrakt_id', '=', 'k.id')
          .as('lastEvaluation'),
    ])
    .orderBy('k.number_year')
    .orderBy('k.number_seq')
  if (participantId !== null) query = query.where('p.participant_id', '=', participantId)
  return camelRows(await query.execute())
}
