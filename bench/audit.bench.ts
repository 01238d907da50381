// Speed of the audit log with 100 000 entries: the newest page, a deep page, filters by person, action
// and day, and writing one more entry through the audited dispatch. Figures printed, never asserted.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measure } from './measure'
import { openDatabase, type AppDatabase } from '../src/main/db/connection'
import { createAuditService } from '../src/main/audit/audit.service'
import { auditQuery } from '../src/shared/audit.schema'
import { createAppDispatch } from '../src/main/ipc/handlers'
import { UNUSED_PLATFORM } from '../tests/support/test-platform'

const ENTRIES = 100_000
const PEOPLE = 2_000
let dir: string
let database: AppDatabase

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-bench-audit-'))
  database = await openDatabase(join(dir, 'kis.sqlite'))
  const entry = database.sqlite.prepare(
    `INSERT INTO audit_log (at, action, subject, detail, user_name) VALUES (?, ?, ?, '', 'koordynator')`,
  )
  const person = database.sqlite.prepare(
    'INSERT INTO audit_log_people (participant_id, entry_id) VALUES (?, ?)',
  )
  const actions = ['zmiana', 'wydruk', 'zapis-pdf', 'eksport-listy']
  const start = Date.UTC(2016, 0, 1)
  database.sqlite.transaction(() => {
    for (let i = 0; i < ENTRIES; i++) {
      const at = new Date(start + i * 45 * 60_000).toISOString()
      const { lastInsertRowid } = entry.run(at, actions[i % 4], 'participants:update')
      person.run(1 + (i % PEOPLE), lastInsertRowid)
    }
  })()
  console.log(`bench: ${ENTRIES} audit entries over ${PEOPLE} people`)
}, 120_000)

afterAll(async () => {
  await database.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('audit log with 100 000 entries', () => {
  it('lists, filters and appends quickly', async () => {
    const audit = createAuditService(database.db, UNUSED_PLATFORM)
    const q = (input: object) => auditQuery.parse(input)
    await measure('audit log: newest page of 50', () => audit.list(q({})))
    await measure('audit log: page 1000 of 2000', () => audit.list(q({ page: 1000 })))
    await measure('audit log: one person (50 entries)', () => audit.list(q({ participantId: 77 })))
    await measure('audit log: action "wydruk"', () => audit.list(q({ action: 'wydruk' })))
    await measure('audit log: one day', () => audit.list(q({ from: '2020-06-01', to: '2020-06-01' })))
    const dispatch = createAppDispatch({ database, appVersion: 'bench', platform: UNUSED_PLATFORM })
    await measure(
      'audit log: a saved retention setting with its entry (one transaction)',
      () =>
        dispatch('privacy:retentionsave', {
          uczestnictwo: { years: 10, confirmed: false },
          kontrakty: { years: 10, confirmed: false },
          psu: { years: 5, confirmed: false },
          wyplaty: { years: 5, confirmed: false },
        }),
      20,
    )
    expect(database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBeGreaterThan(ENTRIES)
  }, 120_000)
})
