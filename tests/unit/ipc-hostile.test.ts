// The attack kept in the suite: schema-valid hostile payloads (extreme strings, emoji, NUL inside a
// text, HTML, the earliest and latest dates, other records' ids, the largest integers) on every
// channel in CHANNELS, each call on a fresh copy of a populated database. No answer may be INTERNAL
// or the generic DATABASE one, and after every refused call a full dump of every table is unchanged.
// Seeded, so a failure reproduces; prints its counts by outcome.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/channels'
import { contract } from '../../src/shared/contract'
import { openDatabase, type AppDatabase } from '../../src/main/db/connection'
import { createAppDispatch } from '../../src/main/ipc/handlers'
import type { Dispatch } from '../../src/main/ipc/handle'
import type { Platform } from '../../src/main/platform/platform'
import { createHostileGenerator, type Pools } from '../support/hostile-payloads'
import { hostileSeeds } from '../support/hostile-seeds'
import { buildReportDataset } from '../support/report-fixtures'
import { seeded } from '../support/seeded'
import { createTempDatabase, createTempDir, type TempDir } from '../support/temp-database'

const PAYLOADS_PER_CHANNEL = 20
const SEED = 0x484f5354
const GENERIC_DATABASE = 'Baza danych odmówiła zapisu. Nic nie zostało zmienione.'
const PDF = new TextEncoder().encode('%PDF-1.7\n% fuzz\n')

/** Every row of every table, in a fixed order: equal dumps mean nothing was written. */
function dump(database: AppDatabase): string {
  const tables = database.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  return JSON.stringify(
    tables.map((t) => [t, database.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw().all()]),
  )
}

let dir: TempDir
let template: string
let pools: Pools
let pristine: string
let seeds: Record<string, unknown>

beforeAll(async () => {
  dir = createTempDir('kis-atak-')
  const populated = await createTempDatabase()
  const data = await buildReportDataset(populated.database.db)
  const { sqlite } = populated.database
  const first = (table: string) => sqlite.prepare(`SELECT min(id) FROM "${table}"`).pluck().get() as number
  seeds = hostileSeeds(data, {
    participation: first('participations'),
    kontrakt: first('kontrakty'),
    porozumienie: first('psu_porozumienia'),
  })
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[]
  const ids = new Set<number>()
  const idsOf = new Map<string, number[]>()
  const idsByKey: Record<string, number[]> = {}
  for (const table of tables) {
    const columns = (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name)
    if (!columns.includes('id')) continue
    idsOf.set(table, sqlite.prepare(`SELECT id FROM "${table}"`).pluck().all() as number[])
    for (const id of idsOf.get(table)!) ids.add(id)
  }
  // A field named after a foreign key gets the ids of the table it refers to (participant_id → participantId).
  for (const table of tables) {
    for (const fk of sqlite.pragma(`foreign_key_list("${table}")`) as { from: string; table: string }[]) {
      const key = fk.from.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
      idsByKey[key] = [...new Set([...(idsByKey[key] ?? []), ...(idsOf.get(fk.table) ?? [])])]
    }
  }
  pools = {
    ids: [...ids, 999_999, Number.MAX_SAFE_INTEGER],
    idsByKey,
    pesels: sqlite
      .prepare('SELECT pesel FROM participants WHERE pesel IS NOT NULL')
      .pluck()
      .all() as string[],
  }
  pristine = dump(populated.database)
  await populated.database.close()
  template = join(dir.dir, 'wzorzec.sqlite')
  copyFileSync(populated.file, template)
  await populated.cleanup()
}, 120_000)

afterAll(() => dir?.cleanup())

describe('schema-valid hostile payloads on every channel', () => {
  it('never answers INTERNAL or the generic DATABASE error, and a refused call changes no row', async () => {
    const random = seeded(SEED)
    const payloads = createHostileGenerator(random, pools)
    const out = join(dir.dir, 'zapisy')
    let saved = 0
    const platform: Platform = {
      renderPdf: async () => PDF,
      print: async () => true,
      chooseSavePath: async (name) => join(out, `${saved++}-${name}`),
      chooseOpenPath: async () => null,
      chooseFolder: async () => out,
      showInFolder: () => undefined,
    }
    const file = join(dir.dir, 'dane', 'kis.sqlite')
    let database: AppDatabase | null = null
    let dispatch!: Dispatch
    /** A fresh copy of the populated database, with the app's dispatch on it. */
    const fresh = async () => {
      await database?.close()
      rmSync(join(dir.dir, 'dane'), { recursive: true, force: true })
      rmSync(out, { recursive: true, force: true })
      mkdirSync(join(dir.dir, 'dane'))
      mkdirSync(out)
      copyFileSync(template, file)
      database = await openDatabase(file)
      dispatch = createAppDispatch({ database, appVersion: 'atak', platform })
    }

    const outcomes = new Map<string, number>()
    const failures: string[] = []
    const thin: string[] = []
    let calls = 0
    let partialWrites = 0
    let copies = 0
    const started = performance.now()
    await fresh()
    for (const channel of CHANNELS) {
      const list = payloads(contract[channel].input, PAYLOADS_PER_CHANNEL, seeds[channel])
      if (list.length === 0) thin.push(`${channel} (${list.length})`)
      for (const payload of list) {
        calls++
        let answer: Awaited<ReturnType<Dispatch>>
        try {
          answer = await dispatch(channel, structuredClone(payload))
        } catch (error) {
          failures.push(`${channel} threw ${String(error)} for ${JSON.stringify(payload)?.slice(0, 300)}`)
          await fresh()
          copies++
          continue
        }
        const outcome = answer.ok ? 'ok' : answer.error.code
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
        if (!answer.ok) {
          if (answer.error.code === 'INTERNAL' || answer.error.message === GENERIC_DATABASE) {
            failures.push(
              `${channel} → ${answer.error.code} „${answer.error.message}” for ${JSON.stringify(payload)?.slice(0, 300)}`,
            )
          }
          // A refusal leaves every row as it was: the next call starts on the same fresh data.
          if (dump(database!) !== pristine) {
            partialWrites++
            failures.push(
              `${channel} refused (${answer.error.code}) but changed rows, for ${JSON.stringify(payload)?.slice(0, 300)}`,
            )
            await fresh()
            copies++
          }
        } else {
          // It may have saved: the next call gets a fresh copy.
          await fresh()
          copies++
        }
      }
    }
    await database!.close()
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `ipc hostile: ${calls} schema-valid calls on ${CHANNELS.length} channels (seed 0x${SEED.toString(16)}), ${copies} fresh copies, ${seconds} s; by outcome ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`,
    )
    console.log(
      `ipc hostile: ${outcomes.get('INTERNAL') ?? 0} INTERNAL, ${failures.filter((f) => f.includes(GENERIC_DATABASE)).length} generic DATABASE, ${partialWrites} partial writes`,
    )
    if (thin.length > 0) console.log(`ipc hostile: channels without a valid payload: ${thin.join(', ')}`)
    expect(failures.slice(0, 10)).toEqual([])
    expect(partialWrites).toBe(0)
    expect(thin).toEqual([])
  }, 600_000)
})
