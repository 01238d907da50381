// Migration 11 corrects the old regime's minimum-rate reference rows (DOMAIN §4, issue 12): 12,20 zł from
// 1.06.2024 confirmed [S]; no rise on 1.06.2025, 12,20 zł stays, confirmed [S] and noted as disputed;
// the 8,10 zł row was in force before 2016. A row the coordinator edited is left as she wrote it.
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID } from './application-id'
import { runMigrations } from './migrator'

let sqlite: SQLite.Database
let db: Kysely<unknown>

afterEach(async () => {
  await db.destroy()
})

async function migratedTo(version: number) {
  sqlite = new SQLite(':memory:')
  db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  await runMigrations(db, APPLICATION_ID, 0, version)
}

const rate = (from: string) =>
  sqlite
    .prepare('SELECT rate_gr, confidence, source FROM psu_minimum_rates WHERE valid_from = ?')
    .get(from) as {
    rate_gr: number
    confidence: string
    source: string
  }

describe('migration 11: minimum-rate table (old regime, art. 73a ustawy o promocji zatrudnienia)', () => {
  it('confirms 12,20 zł from 1.06.2024 and the 2025 "no rise" row with its dispute; dates the 8,10 zł row before 2016', async () => {
    await migratedTo(11)
    expect(rate('2024-06-01')).toMatchObject({ rate_gr: 1220, confidence: 'S' })
    expect(rate('2025-06-01')).toMatchObject({ rate_gr: 1220, confidence: 'S' })
    expect(rate('2025-06-01').source).toMatch(/zostaje 12,20 zł.*kwestionowane/)
    expect(rate('2016-06-01').source).toContain('już przed 1 czerwca 2016 r.')
    expect(rate('2016-06-01').source).not.toMatch(/^stawka minimalna od 1 czerwca 2016/)
    // The computed rows stay marked as unchecked.
    expect(rate('2022-06-01')).toMatchObject({ rate_gr: 950, confidence: 'U' })
  })

  it('leaves a row the coordinator changed before the upgrade as she wrote it', async () => {
    await migratedTo(10)
    sqlite
      .prepare(
        "UPDATE psu_minimum_rates SET rate_gr = 1250, source = 'z obwieszczenia' WHERE valid_from = '2024-06-01'",
      )
      .run()
    await runMigrations(db, APPLICATION_ID, 10)
    expect(rate('2024-06-01')).toEqual({ rate_gr: 1250, confidence: 'U', source: 'z obwieszczenia' })
    expect(rate('2025-06-01').confidence).toBe('S')
  })
})
