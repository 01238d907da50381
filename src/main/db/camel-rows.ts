// Rows leave the repositories in the records' shape: each snake_case column becomes a camelCase key
// (amount_gr → amountGr), typed, so services never juggle two spellings of one field.
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S

export type CamelRow<T> = { [K in keyof T as K extends string ? Camel<K> : K]: T[K] }

export function camelRow<T extends object>(row: T): CamelRow<T>
export function camelRow<T extends object>(row: T | undefined): CamelRow<T> | undefined
export function camelRow<T extends object>(row: T | undefined): CamelRow<T> | undefined {
  if (row === undefined) return undefined
  const out: Record<string, unknown> = {}
  // Rows are plain objects from better-sqlite3: for…in sees exactly their columns, without
  // Object.entries' array per column.
  for (const key in row) out[camelKey(key)] = (row as Record<string, unknown>)[key]
  return out as CamelRow<T>
}

// Column names are few and rows many (a month close reads hundreds): each name is converted once.
const camelKeys = new Map<string, string>()

function camelKey(key: string): string {
  let camel = camelKeys.get(key)
  if (camel === undefined) {
    camel = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    camelKeys.set(key, camel)
  }
  return camel
}

export function camelRows<T extends object>(rows: readonly T[]): CamelRow<T>[] {
  return rows.map((row) => camelRow(row))
}
