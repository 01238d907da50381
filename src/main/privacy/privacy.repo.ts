// SQL for personal data: the retention periods (migration 0007), when each person's records ended,
// one person's rows section by section, and the anonymisation. Like the reports, this reads the
// tables of every domain that holds a person's record; unlike them it also rewrites identity
// columns there, because an anonymisation must be one transaction across all of them.
import { CompiledQuery, sql, type Kysely } from 'kysely'
import type { RetentionClass, RetentionSettings } from '@shared/privacy.schema'
import { camelRow } from '../db/camel-rows'
import type { Database } from '../db/schema'
import type { PersonSection } from './person-sections'

type Db = Kysely<Database>

export async function findRetention(db: Db): Promise<RetentionSettings> {
  const rows = await db.selectFrom('retention_periods').selectAll().execute()
  const get = (c: RetentionClass) => {
    const row = rows.find((r) => r.record_class === c)
    return { years: row?.years ?? 10, confirmed: row?.confirmed === 1 }
  }
  return {
    uczestnictwo: get('uczestnictwo'),
    kontrakty: get('kontrakty'),
    psu: get('psu'),
    wyplaty: get('wyplaty'),
  }
}

export async function saveRetention(db: Db, settings: RetentionSettings, at: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [recordClass, p] of Object.entries(settings) as [
      RetentionClass,
      RetentionSettings[RetentionClass],
    ][]) {
      const values = { years: p.years, confirmed: p.confirmed ? (1 as const) : (0 as const), updated_at: at }
      await trx
        .insertInto('retention_periods')
        .values({ record_class: recordClass, ...values })
        .onConflict((oc) => oc.column('record_class').doUpdateSet(values))
        .execute()
    }
  })
}

export interface RecordEnds {
  participantId: number
  lastName: string
  firstName: string
  /** Latest end per class (ISO date); a class the person has no records in is absent. */
  ends: Partial<Record<RetentionClass, string>>
}

/** Not anonymised, no open participation: the people whose records may have ended. */
export async function recordEnds(db: Db): Promise<RecordEnds[]> {
  const { rows } = await sql<{
    id: number
    last_name: string
    first_name: string
    uczestnictwo: string | null
    kontrakty: string | null
    psu: string | null
    wyplaty: string | null
  }>`
    SELECT r.id, r.last_name, r.first_name,
      max(r.admission_date,
          coalesce((SELECT max(end_date) FROM participations WHERE participant_id = r.id), ''),
          coalesce((SELECT max(coalesce(end_date, activity_date)) FROM activities WHERE participant_id = r.id), '')
      ) AS uczestnictwo,
      (SELECT max(k.end_date) FROM kontrakty k JOIN participations p ON p.id = k.participation_id
        WHERE p.participant_id = r.id) AS kontrakty,
      (SELECT max(d) FROM (SELECT date_to AS d FROM psu_assignments WHERE participant_id = r.id
        UNION ALL SELECT date_to FROM psu_events WHERE participant_id = r.id)) AS psu,
      (SELECT max(l.month) || '-01' FROM psu_payout_items i JOIN psu_payout_lists l ON l.id = i.list_id
        WHERE i.participant_id = r.id) AS wyplaty
    FROM participants r
    WHERE r.anonymised_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM participations WHERE participant_id = r.id AND end_date IS NULL)
    ORDER BY r.name_order, r.id`.execute(db)
  return rows.map((r) => {
    const ends: Partial<Record<RetentionClass, string>> = {}
    for (const c of ['uczestnictwo', 'kontrakty', 'psu', 'wyplaty'] as const) if (r[c]) ends[c] = r[c]
    return { participantId: r.id, lastName: r.last_name, firstName: r.first_name, ends }
  })
}

export async function findPerson(db: Db, id: number) {
  const row = await db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'anonymised_at'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('participations')
            .select('id')
            .where('participant_id', '=', id)
            .where('end_date', 'is', null),
        )
        .as('open_participation'),
    )
    .where('id', '=', id)
    .executeTakeFirst()
  return camelRow(row)
}

export async function sectionRows(
  db: Db,
  section: PersonSection,
  id: number,
): Promise<Record<string, unknown>[]> {
  const params = Array.from(section.sql.matchAll(/\?/g), () => id)
  const { rows } = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(section.sql, params))
  return rows
}

/** What stays readable in place of free text that a NOT NULL / non-empty CHECK requires. */
export const REMOVED = '[usunięto przy anonimizacji]'
/** A checksum-shaped placeholder where a transfer row must keep an account number. */
export const NO_ACCOUNT = `PL${'0'.repeat(26)}`

const KONTRAKTY_OF = `(SELECT k.id FROM kontrakty k JOIN participations p ON p.id = k.participation_id WHERE p.participant_id = ?)`
const SHEETS_OF = `(SELECT t.id FROM psu_timesheets t JOIN psu_assignments a ON a.id = t.assignment_id WHERE a.participant_id = ?)`

/**
 * Replaces every identity datum of the person: names, PESEL, document, address, contacts, bank
 * account, free-text notes and the folded search columns. Keeps what the reports count: the record
 * and its ids, sex, the year of birth, dates, kinds, target groups, hours and amounts.
 */
const ANONYMISE: readonly string[] = [
  `UPDATE participants SET first_name = 'nr ' || id, last_name = 'Osoba zanonimizowana', pesel = NULL,
     id_document = 'ANON-' || id, birth_date = substr(birth_date, 1, 4) || '-01-01', address = '', phone = '',
     email = '', other_group_reason = '', notes = '', status = 'archiwalny', search_text = '',
     sort_name = '~', anonymised_at = @at, updated_at = @at WHERE id = ?`,
  `UPDATE participations SET pup_referral_number = CASE WHEN pup_referral_number IS NULL THEN NULL ELSE 'ANON' END,
     other_group_reason = '', notes = '', end_notes = '' WHERE participant_id = ?`,
  `UPDATE kontrakty SET situation_causes = @removed, strengths = @removed, limitations = @removed,
     unemployment_causes = '', barriers = '', earlier_activation = '', main_goal = @removed,
     expected_effects = @removed WHERE id IN ${KONTRAKTY_OF}`,
  `UPDATE kontrakt_family_members SET full_name = @removed, pesel = NULL, address = '' WHERE kontrakt_id IN ${KONTRAKTY_OF}`,
  `UPDATE kontrakt_goals SET text = @removed WHERE kontrakt_id IN ${KONTRAKTY_OF}`,
  `UPDATE kontrakt_actions SET description = @removed, responsible = '' WHERE kontrakt_id IN ${KONTRAKTY_OF}`,
  `UPDATE kontrakt_aneksy SET description = @removed, changes_json = '[]', before_json = '{}', after_json = '{}'
     WHERE kontrakt_id IN ${KONTRAKTY_OF}`,
  `UPDATE kontrakt_evaluations SET summary = @removed WHERE kontrakt_id IN ${KONTRAKTY_OF}`,
  `UPDATE kontrakt_evaluation_goals SET goal_text = @removed, comment = ''
     WHERE evaluation_id IN (SELECT id FROM kontrakt_evaluations WHERE kontrakt_id IN ${KONTRAKTY_OF})`,
  `UPDATE activities SET notes = '' WHERE participant_id = ?`,
  `UPDATE psu_assignments SET skierowanie_number = 'ANON', end_reason = '', notes = '' WHERE participant_id = ?`,
  `UPDATE psu_events SET skierowanie_number = '', reason = @removed WHERE participant_id = ?`,
  `UPDATE psu_timesheet_log SET reason = '' WHERE timesheet_id IN ${SHEETS_OF}`,
  `DELETE FROM psu_payment_details WHERE participant_id = ?`,
  `UPDATE psu_payout_items SET first_name = 'nr ' || participant_id, last_name = 'Osoba zanonimizowana',
     account_iban = CASE WHEN account_iban IS NULL THEN NULL ELSE @noAccount END WHERE participant_id = ?`,
]

/** Runs inside the caller's transaction. */
export async function anonymisePerson(trx: Db, id: number, at: string): Promise<void> {
  const named: Record<string, string> = { '@at': at, '@removed': REMOVED, '@noAccount': NO_ACCOUNT }
  for (const statement of ANONYMISE) {
    // Positional parameters in order of appearance: the person's id for `?`, the named values otherwise.
    const params = Array.from(statement.matchAll(/\?|@[a-zA-Z]+/g), (m) => (m[0] === '?' ? id : named[m[0]]!))
    await trx.executeQuery(CompiledQuery.raw(statement.replace(/@[a-zA-Z]+/g, '?'), params))
  }
}

/** With secure_delete the freed bytes are zeroed; VACUUM then rewrites the file without free pages. */
export async function setSecureDelete(db: Db, on: boolean): Promise<void> {
  await sql.raw(`PRAGMA secure_delete = ${on ? 'ON' : 'OFF'}`).execute(db)
}

export async function vacuum(db: Db): Promise<void> {
  await sql`VACUUM`.execute(db)
}
