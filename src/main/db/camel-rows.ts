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
  for (const [key, value] of Object.entries(row)) {
    out[key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())] = value
  }
  return out as CamelRow<T>
}

export function camelRows<T extends object>(rows: readonly T[]): CamelRow<T>[] {
  return rows.map((row) => camelRow(row))
}
