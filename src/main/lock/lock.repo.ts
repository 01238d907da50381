// The lock's one row (migration 0007): password and recovery hashes, inactivity time.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

type Db = Kysely<Database>

export interface LockConfig {
  passwordHash: string
  recoveryHash: string
  timeoutMin: number
}

export async function findLock(db: Db): Promise<LockConfig | null> {
  const row = await db.selectFrom('app_lock').selectAll().where('id', '=', 1).executeTakeFirst()
  return row
    ? { passwordHash: row.password_hash, recoveryHash: row.recovery_hash, timeoutMin: row.timeout_min }
    : null
}

export async function saveLock(db: Db, config: LockConfig, at: string): Promise<void> {
  const values = {
    password_hash: config.passwordHash,
    recovery_hash: config.recoveryHash,
    timeout_min: config.timeoutMin,
    set_at: at,
  }
  await db.transaction().execute((trx) =>
    trx
      .insertInto('app_lock')
      .values({ id: 1, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute(),
  )
}

export async function removeLock(db: Db): Promise<void> {
  await db.transaction().execute((trx) => trx.deleteFrom('app_lock').where('id', '=', 1).execute())
}
