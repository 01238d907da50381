// Many rows in few statements. Kysely builds one node per bound value, which for a multi-row INSERT
// of hundreds of rows costs more than SQLite takes to run it, so the INSERT's text is built here
// directly (the statement cache then keeps it prepared); and SQLite binds at most 32 766 values in
// one statement, so rows go in chunks.
import { CompiledQuery, type Kysely, type Selectable } from 'kysely'
import type { Database } from './schema'

/** Rows per statement for tables of up to a dozen columns: far below SQLite's limit. */
export const ROWS_PER_STATEMENT = 500

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

type Table = keyof Database & string
type Stored<T extends Table> = Selectable<Database[T]>

/**
 * Inserts the rows in one statement per ROWS_PER_STATEMENT, every row giving every named column (none
 * is left to its default); answers the rows as SQLite stored them when `returning`, in no set order.
 */
export async function insertRows<T extends Table, C extends keyof Stored<T> & string>(
  db: Kysely<Database>,
  table: T,
  columns: readonly C[],
  rows: readonly Pick<Stored<T>, C>[],
  returning = false,
): Promise<Stored<T>[]> {
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const stored: Stored<T>[] = []
  for (const part of chunks(rows)) {
    const text = head + part.map(() => tuple).join(', ') + (returning ? ' returning *' : '')
    const values = part.flatMap((row) => columns.map((c) => row[c]))
    const query = CompiledQuery.raw(text, values) as CompiledQuery<Stored<T>>
    stored.push(...(await db.executeQuery(query)).rows)
  }
  return stored
}
