import type { Kysely } from 'kysely'
import * as m0001 from './0001_participants'
import * as m0002 from './0002_kis_programme'
import * as m0003 from './0003_psu'
import * as m0005 from './0005_payouts'
import * as m0006 from './0006_reports'
import * as m0007 from './0007_privacy'
import * as m0008 from './0008_polish_name_order'
import * as m0010 from './0010_report_grants'
import * as m0011 from './0011_porozumienie_terms'

/** Migrations see an untyped database: they are frozen and must not follow today's schema types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>

export interface Migration {
  version: number
  name: string
  up(db: AnyDb): Promise<void>
}

/**
 * In order; the schema version of a database is the version of the last migration it ran. Version 4 was
 * reserved for backups, which needed no schema change; versions need only increase, not be contiguous.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_participants', ...m0001 },
  { version: 2, name: '0002_kis_programme', ...m0002 },
  { version: 3, name: '0003_psu', ...m0003 },
  { version: 5, name: '0005_payouts', ...m0005 },
  { version: 6, name: '0006_reports', ...m0006 },
  { version: 7, name: '0007_privacy', ...m0007 },
  { version: 8, name: '0008_polish_name_order', ...m0008 },
  { version: 10, name: '0010_report_grants', ...m0010 },
  { version: 11, name: '0011_porozumienie_terms', ...m0011 },
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
