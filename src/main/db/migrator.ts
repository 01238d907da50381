import { sql } from 'kysely'
import { MIGRATIONS, type AnyDb } from './migrations'

/**
 * Runs every migration newer than `fromVersion`, each in its own transaction together with the
 * version bump, so a failure leaves the database at the last good version. The caller decides the
 * start: an empty file that is not yet ours starts at 0 whatever its user_version says. `toVersion`
 * stops early (fixtures and backup checks build the schema of an older version).
 */
export async function runMigrations(
  db: AnyDb,
  applicationId: number,
  fromVersion: number,
  toVersion = Number.POSITIVE_INFINITY,
): Promise<number> {
  let current = fromVersion
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > toVersion) continue
    await db.transaction().execute(async (trx) => {
      await migration.up(trx)
      if (current === 0) await sql.raw(`PRAGMA application_id = ${applicationId}`).execute(trx)
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx)
    })
    current = migration.version
  }
  return current
}

export async function readUserVersion(db: AnyDb): Promise<number> {
  const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db)
  return rows[0]?.user_version ?? 0
}
