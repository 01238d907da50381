import { afterEach, beforeEach, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { chunks, insertRows, ROWS_PER_STATEMENT } from './many-rows'

let temp: TempDatabase

beforeEach(async () => {
  temp = await createTempDatabase()
})
afterEach(() => temp.cleanup())

it('splits into chunks of at most the given size, none for nothing', () => {
  expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  expect(chunks([])).toEqual([])
})

it('inserts more rows than one statement takes, in chunks, and answers them as stored', async () => {
  const rows = Array.from({ length: ROWS_PER_STATEMENT * 2 + 1 }, (_, i) => ({
    valid_from: `2030-01-${String(1 + (i % 28)).padStart(2, '0')}T${i}`,
    rate_gr: 1000 + i,
    confidence: 'U' as const,
    source: `wiersz ${i}`,
  }))
  const columns = ['valid_from', 'rate_gr', 'confidence', 'source'] as const
  const stored = await insertRows(temp.database.db, 'psu_minimum_rates', columns, rows, true)
  expect(stored).toHaveLength(rows.length)
  expect(stored.find((r) => r.rate_gr === 1000)).toMatchObject({ source: 'wiersz 0', id: expect.any(Number) })
  const count = temp.database.sqlite
    .prepare("SELECT count(*) FROM psu_minimum_rates WHERE valid_from >= '2030'")
    .pluck()
    .get()
  expect(count).toBe(rows.length)
  expect(await insertRows(temp.database.db, 'psu_minimum_rates', columns, [])).toEqual([])
})
