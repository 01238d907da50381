// Schema-valid hostile payloads: values built from a channel's own zod input schema (its types,
// lengths and ranges) out of pools of what an attacker or a careless paste sends — strings at their
// maximum length, emoji, NUL inside a text, HTML, SQL, paths and shares, bidi overrides, the earliest and
// latest dates the schemas allow, other records' ids, the largest integers — and kept only when the
// schema accepts them, so every payload reaches a handler.
import type { z } from 'zod'
import { randomUUID } from 'node:crypto'
import { makePesel } from './pesel-factory'

type Schema = z.ZodType & { def: Record<string, unknown> & { type: string } }
type Check = { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number } } }

export interface Pools {
  /** Ids of records in the database (of any table), and some that exist nowhere. */
  ids: number[]
  /** Ids of the table a field refers to, by field name (`participantId` → participants' ids). */
  idsByKey: Record<string, number[]>
  /** PESELs already in the register (a second person with one of them must be refused). */
  pesels: string[]
}

const DATES = [
  '1900-01-01',
  '2999-12-31',
  '2000-02-29',
  '2024-02-29',
  '2025-01-01',
  '2025-06-16',
  '2025-12-31',
  '2026-03-05',
]
const MONTHS = ['1900-01', '2999-12', '2024-06', '2025-01', '2025-06', '2025-12', '2026-03']
const ACCOUNTS = ['PL61109010140000071219812874', '61 1090 1014 0000 0712 1981 2874']
const EMAILS = ['jan.kowalski@example.pl', `${'a'.repeat(60)}@example.com`]
const PHONES = ['600 700 800', '+48 42 716 00 00']
const NUMERIC_TEXT = ['0', '4', '3,5', '8', '24', '0,5']
const HOSTILE = [
  '',
  ' ',
  'Żółć gęślą jaźń',
  '😀👩‍👩‍👧🏳️‍🌈',
  'Kowal\u0000ska',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE participants; --",
  '../../../etc/passwd',
  '\\\\serwer\\udzial\\kis.sqlite',
  '=HYPERLINK("http://example.com")',
  'ＡＢＣ＝１',
  '\u202eodwrócony\u202c',
  'العربية',
  'null',
  '__proto__',
]

function checksOf(schema: Schema): Check['_zod']['def'][] {
  return ((schema.def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def)
}

function bound(schema: Schema, check: string): number | undefined {
  const found = checksOf(schema).find((c) => c.check === check)
  return found?.maximum ?? found?.minimum ?? found?.value
}

export function createHostileGenerator(random: () => number, pools: Pools) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

  function text(schema: Schema, key: string): string {
    const max = bound(schema, 'max_length')
    const k = key.toLowerCase()
    if (max !== undefined && random() < 0.15)
      return pick(['ż', '😀', '<', "'", 'x']).repeat(Math.max(1, Math.floor(max / 2)))
    if (random() < 0.4) return pick(HOSTILE)
    if (/month/.test(k)) return pick(MONTHS)
    if (/date|from|to$|on$|at$|day/.test(k)) return pick(DATES)
    if (k === 'token') return pick([randomUUID(), '00000000-0000-4000-8000-000000000000'])
    if (/pesel/.test(k))
      return pick([...pools.pesels, makePesel('1985-04-12', 'M', Math.floor(random() * 900))])
    if (/account|iban/.test(k)) return pick(ACCOUNTS)
    if (/mail/.test(k)) return pick(EMAILS)
    if (/phone|telefon/.test(k)) return pick(PHONES)
    return pick([...DATES, ...MONTHS, ...NUMERIC_TEXT, ...HOSTILE, 'Kowalska', 'ul. Długa 1, 95-100 Zgierz'])
  }

  function number(schema: Schema, key: string): number {
    const min = bound(schema, 'greater_than')
    const max = bound(schema, 'less_than')
    const roll = random()
    if (roll < 0.25 && (min !== undefined || max !== undefined))
      return pick([min, max].filter((v) => v !== undefined) as number[])
    const ofTable = pools.idsByKey[key]
    if (roll < 0.6 && ofTable?.length) return pick(ofTable)
    if (roll < 0.7 && /id$/i.test(key)) return pick(pools.ids)
    return pick([
      0,
      1,
      2,
      30,
      60,
      90,
      240,
      480,
      1000,
      12345,
      2_147_483_647,
      Number.MAX_SAFE_INTEGER,
      0.5,
      1.5,
      -1,
      ...pools.ids,
    ])
  }

  /**
   * A value for `schema`. With a `seed` (a valid value of the same shape) most leaves keep the seed's
   * value and the rest turn hostile: that reaches channels whose schemas tie fields together.
   */
  function value(schema: Schema, key = '', depth = 0, seed?: unknown): unknown {
    const def = schema.def
    const isLeaf = !['object', 'array', 'nullable', 'optional', 'default', 'pipe', 'union'].includes(def.type)
    if (seed !== undefined && isLeaf && random() < 0.7) return structuredClone(seed)
    switch (def.type) {
      case 'undefined':
        return undefined
      case 'string':
        return text(schema, key)
      case 'number':
        return number(schema, key)
      case 'boolean':
        return random() < 0.5
      case 'literal':
        return pick(def.values as unknown[])
      case 'enum':
        return pick(Object.values(def.entries as Record<string, unknown>))
      case 'nullable':
        if (seed === null) return random() < 0.7 ? null : value(def.innerType as Schema, key, depth)
        return random() < 0.25 ? null : value(def.innerType as Schema, key, depth, seed)
      case 'optional':
      case 'default':
        return random() < 0.25 ? undefined : value(def.innerType as Schema, key, depth, seed)
      case 'pipe':
        return value(def.in as Schema, key, depth, seed)
      case 'union':
        return value(pick(def.options as Schema[]), key, depth, seed)
      case 'array': {
        const seeds = Array.isArray(seed) ? seed : []
        const max = bound(schema, 'max_length') ?? 5
        const length =
          seeds.length > 0 && random() < 0.6
            ? seeds.length
            : depth > 3
              ? 0
              : pick([0, 1, 2, 3, Math.min(max, 31)])
        return Array.from({ length }, (_, i) => value(def.element as Schema, key, depth + 1, seeds[i]))
      }
      case 'object': {
        const shape = (schema as unknown as { shape: Record<string, Schema> }).shape
        const seeds = (seed ?? {}) as Record<string, unknown>
        return Object.fromEntries(
          Object.entries(shape).map(([k, field]) => [k, value(field, k, depth + 1, seeds[k])]),
        )
      }
      case 'record':
        return {}
      default:
        throw new Error(`no hostile values for a ${def.type} schema`)
    }
  }

  /** Up to `wanted` distinct payloads the schema accepts, grown from `seed` when one is given. */
  return function payloads(
    input: z.ZodType,
    wanted: number,
    seed?: unknown,
    attempts = wanted * 100,
  ): unknown[] {
    const found = new Map<string, unknown>()
    for (let i = 0; i < attempts && found.size < wanted; i++) {
      const payload = value(input as Schema, '', 0, seed)
      if (!input.safeParse(payload).success) continue
      found.set(JSON.stringify(payload) ?? 'undefined', payload)
    }
    return [...found.values()]
  }
}
