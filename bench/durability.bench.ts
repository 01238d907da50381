// What synchronous=EXTRA costs per save: the same participant save through the app's service, on the
// app's own connection, with EXTRA (the app's setting: also syncs the folder after the journal is
// deleted) and with FULL for comparison. Run with `npm run bench`; figures are printed, never asserted.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type AppDatabase } from '../src/main/db/connection'
import { createParticipantsService } from '../src/main/participants/participants.service'
import { crashTestPerson } from '../tests/support/crash-person'
import { createTempDir, type TempDir } from '../tests/support/temp-database'
import { measure } from './measure'

let temp: TempDir
let database: AppDatabase
let serial = 0

beforeAll(async () => {
  temp = createTempDir('kis-bench-sync-')
  database = await openDatabase(join(temp.dir, 'kis.sqlite'))
})

afterAll(async () => {
  await database.close()
  temp.cleanup()
})

describe('durability of a save', () => {
  it('prints the cost of synchronous=EXTRA per save', async () => {
    const participants = createParticipantsService(database.db)
    const save = () => participants.create(crashTestPerson(`B${serial++}`, () => 0.5))
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(3)
    const extra = await measure('save a participant, synchronous=EXTRA (the app)', save, 100)
    database.sqlite.pragma('synchronous = FULL')
    const full = await measure('save a participant, synchronous=FULL', save, 100)
    database.sqlite.pragma('synchronous = EXTRA')
    console.log(
      `bench: synchronous=EXTRA costs ${(extra - full).toFixed(2)} ms per save (median ${extra.toFixed(2)} ms against ${full.toFixed(2)} ms with FULL) in ${temp.dir}`,
    )
  })
})
