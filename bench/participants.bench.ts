// Speed of the participants list on 20 000 people: search, filter, sort and page in SQL.
// Run with `npm run bench`; the figures are printed, never asserted in unit tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measure } from './measure'
import { openDatabase, type AppDatabase } from '../src/main/db/connection'
import { createParticipantsService } from '../src/main/participants/participants.service'
import { participantListQuery } from '../src/shared/participant.schema'
import { foldForSearch } from '../src/shared/text'

const PEOPLE = 20_000
const LAST_NAMES = [
  'Kowalski',
  'Nowak',
  'Wiśniewska',
  'Wójcik',
  'Łódź',
  'Żółw',
  'Kamińska',
  'Lewandowski',
  'Zając',
]
const FIRST_NAMES = ['Jan', 'Anna', 'Łucja', 'Piotr', 'Zofia', 'Grzegorz', 'Małgorzata']

let dir: string
let database: AppDatabase
let service: ReturnType<typeof createParticipantsService>

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-bench-'))
  database = await openDatabase(join(dir, 'kis.sqlite'))
  service = createParticipantsService(database.db)
  const insert = database.sqlite.prepare(`INSERT INTO participants
    (first_name, last_name, pesel, birth_date, sex, admission_date, status, search_text, sort_name, created_at, updated_at)
    VALUES (?, ?, ?, '1980-01-01', 'M', '2024-01-01', ?, ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`)
  const group = database.sqlite.prepare(
    `INSERT INTO participant_target_groups (participant_id, target_group) VALUES (?, ?)`,
  )
  database.sqlite.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const last = `${LAST_NAMES[i % LAST_NAMES.length]}${i}`
      const first = FIRST_NAMES[i % FIRST_NAMES.length]!
      const pesel = String(80010100000 + i)
      const status = i % 10 === 0 ? 'archiwalny' : 'aktywny'
      const { lastInsertRowid } = insert.run(
        first,
        last,
        pesel,
        status,
        foldForSearch(`${last} ${first} ${pesel}`),
        foldForSearch(`${last} ${first}`),
      )
      group.run(lastInsertRowid, i % 3 === 0 ? 'dlugotrwale_bezrobotni' : 'niepelnosprawni')
    }
  })()
  console.log(`bench: ${PEOPLE} participants in ${join(dir, 'kis.sqlite')}`)
})

afterAll(async () => {
  await database.close()
  rmSync(dir, { recursive: true, force: true })
})

const list = (q: object) => service.list(participantListQuery.parse(q))

describe(`participants list, ${PEOPLE} rows`, () => {
  it('prints the time of each list query', async () => {
    const cases: [string, object][] = [
      ['first page, sorted by name', {}],
      ['search "zolw" (no diacritics)', { search: 'zolw' }],
      ['search by PESEL fragment', { search: '8001011' }],
      [
        'group filter + sort by birth date, page 100',
        { targetGroup: 'dlugotrwale_bezrobotni', sortBy: 'birthDate', page: 100 },
      ],
    ]
    for (const [name, query] of cases) {
      const page = await list(query)
      expect(page.rows.length).toBeGreaterThan(0)
      await measure(name, () => list(query))
    }
  })
})
