import type { Kysely } from 'kysely'
import * as m0001 from './0001_participants'

/** Migrations see an untyped database: they are frozen and must not follow today's schema types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>

export interface Migration {
  version: number
  name: string
  up(db: AnyDb): Promise<void>
}

/** In order; the schema version of a database is the version of the last migration it ran. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: '0001_participants', ...m0001 }]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
