// 10 000 malformed payloads through the real dispatch, to every channel in CHANNELS (read at run
// time, so channels added later are fuzzed too), on a real database: nothing crashes, nothing is
// written, every answer is a typed Polish error. Seeded, so a failure reproduces.
import type { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/channels'
import { contract } from '../../src/shared/contract'
import { createAppDispatch } from '../../src/main/ipc/handlers'
import { addParticipant, rowCounts } from '../support/backup-data'
import { seeded } from '../support/seeded'
import { createTempDatabase, sha256OfFile, type TempDatabase } from '../support/temp-database'
import { UNUSED_PLATFORM } from '../support/test-platform'

const PAYLOADS = 10_000
const SEED = 0x4b495350

const random = seeded(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const HUGE = 'ż'.repeat(2_000_000)

const STRINGS = [
  '',
  ' ',
  'a',
  'Żółć',
  '😀'.repeat(50),
  '\u0000',
  '<script>alert(1)</script>',
  "'; DROP TABLE participants; --",
  '../../../etc/passwd',
  'C:\\Windows\\system32',
  '2025-02-30',
  '31.12.2025',
  '44051401359',
  'x'.repeat(5000),
  '__proto__',
  'constructor',
]

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  -7.25,
  1e308,
  -1e308,
  NaN,
  Infinity,
  -Infinity,
  2 ** 53 + 2,
  Number.MIN_VALUE,
]

function primitive(): unknown {
  const roll = random()
  if (roll < 0.01) return HUGE
  if (roll < 0.3) return pick(STRINGS)
  if (roll < 0.55) return pick(NUMBERS)
  if (roll < 0.65) return pick([true, false, null, undefined])
  if (roll < 0.7) return BigInt(Math.floor(random() * 1000) - 500)
  if (roll < 0.75) return new Date(pick([0, 8.64e15, Date.now()]))
  if (roll < 0.8) return pick([new Map([['id', 1]]), new Set([1, 2]), new Uint8Array([1, 2, 3])])
  return Math.floor(random() * 2000) - 1000
}

function deep(depth: number): unknown {
  let value: unknown = primitive()
  for (let i = 0; i < depth; i++) value = random() < 0.5 ? [value] : { a: value }
  return value
}

const POLLUTION = [
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"__proto__": {"isAdmin": true}, "id": 1}',
  '{"data": {"__proto__": {"polluted": true}}}',
]

function anyValue(depth = 0): unknown {
  const roll = random()
  if (depth > 3 || roll < 0.5) return primitive()
  if (roll < 0.6) return deep(50 + Math.floor(random() * 400))
  if (roll < 0.7) return JSON.parse(pick(POLLUTION))
  if (roll < 0.85) return Array.from({ length: Math.floor(random() * 4) }, () => anyValue(depth + 1))
  return Object.fromEntries(
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => [
      pick(['id', 'data', 'x', 'path', 'page', 'kind']),
      anyValue(depth + 1),
    ]),
  )
}

type Schema = z.ZodType & { def: { type: string; [key: string]: unknown } }

/** The object shape behind a schema (through pipes, defaults, optionals, unions), if any. */
function shapeOf(schema: Schema): Record<string, Schema> | null {
  const def = schema.def
  switch (def.type) {
    case 'object':
      return (schema as unknown as { shape: Record<string, Schema> }).shape
    case 'pipe':
      return shapeOf(def.in as Schema)
    case 'default':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'prefault':
      return shapeOf(def.innerType as Schema)
    case 'union':
      return shapeOf(pick(def.options as Schema[]))
    default:
      return null
  }
}

/** An object with the schema's own keys, some dropped, some wrong, sometimes extra or polluting. */
function shaped(shape: Record<string, Schema>, depth = 0): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(shape)) {
    if (random() < 0.15) continue
    const inner = depth < 2 ? shapeOf(field) : null
    object[key] = inner && random() < 0.7 ? shaped(inner, depth + 1) : anyValue(1)
  }
  const roll = random()
  if (roll < 0.15) object[pick(['extra', 'isAdmin', 'id', 'sql'])] = anyValue(2)
  if (roll > 0.9) return { ...JSON.parse(pick(POLLUTION)), ...object }
  return object
}

function payloadFor(schema: Schema): unknown {
  const shape = shapeOf(schema)
  const roll = random()
  if (shape && roll < 0.6) return shaped(shape)
  if (roll < 0.7)
    return Array.from({ length: 1 + Math.floor(random() * 3) }, () => (shape ? shaped(shape) : anyValue()))
  return anyValue()
}

let temp: TempDatabase

beforeAll(async () => {
  temp = await createTempDatabase()
  for (let i = 0; i < 3; i++) await addParticipant(temp.database.db, `Fuzz${i}`)
})

afterAll(async () => {
  await temp.cleanup()
})

describe('IPC fuzz', () => {
  it('answers 10 000 malformed payloads on every channel with a typed error, writing nothing', async () => {
    const dispatch = createAppDispatch({
      database: temp.database,
      appVersion: 'fuzz',
      platform: UNUSED_PLATFORM,
    })
    const countsBefore = rowCounts(temp.database)
    const hashBefore = sha256OfFile(temp.file)
    const channels = [...CHANNELS]
    let crashes = 0
    let validSkipped = 0
    let untyped = 0
    const codes = new Map<string, number>()
    const failures: string[] = []

    for (let i = 0; i < PAYLOADS; i++) {
      const channel = channels[i % channels.length]!
      const schema = contract[channel].input as unknown as Schema
      let payload = payloadFor(schema)
      // Only invalid payloads are sent: one that happens to be valid could legitimately write.
      for (let tries = 0; schema.safeParse(payload).success; tries++) {
        if (tries > 1000) throw new Error(`${channel}: its input schema accepts almost anything`)
        validSkipped++
        payload = payloadFor(schema)
      }
      let result: unknown
      try {
        result = await dispatch(channel, structuredClone(payload))
      } catch (error) {
        crashes++
        failures.push(`#${i} ${channel}: threw ${String(error)}`)
        continue
      }
      const answer = result as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
      const typed =
        answer.ok === false &&
        typeof answer.error?.code === 'string' &&
        typeof answer.error.message === 'string' &&
        answer.error.message.trim() !== ''
      if (!typed) {
        untyped++
        failures.push(`#${i} ${channel}: ${JSON.stringify(result)?.slice(0, 200)}`)
        continue
      }
      codes.set(answer.error!.code as string, (codes.get(answer.error!.code as string) ?? 0) + 1)
    }

    const countsAfter = rowCounts(temp.database)
    const changedTables = Object.keys(countsBefore).filter((t) => countsBefore[t] !== countsAfter[t])
    const rowsChanged = changedTables.reduce(
      (sum, t) => sum + Math.abs(countsAfter[t]! - countsBefore[t]!),
      0,
    )
    console.log(
      `ipc fuzz: ${PAYLOADS} payloads, ${channels.length} channels, ${crashes} crashes, ${rowsChanged} rows changed`,
    )
    console.log(
      `ipc fuzz: seed 0x${SEED.toString(16)}, answers by code ${JSON.stringify(Object.fromEntries(codes))}, ${validSkipped} generated payloads were valid and not sent`,
    )
    expect(failures.slice(0, 5)).toEqual([])
    expect(crashes).toBe(0)
    expect(untyped).toBe(0)
    expect(rowsChanged).toBe(0)
    expect(sha256OfFile(temp.file)).toBe(hashBefore)
    // Nothing reached a handler: every refusal came from the contract's input check.
    expect([...codes.keys()]).toEqual(['INVALID_INPUT'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  }, 120_000)
})
