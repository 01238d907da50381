// All or nothing: a save that writes several rows is one transaction. The helper refuses the save's
// second row write with a temporary trigger on every table and checks that not a row of the database
// changed; then the third, and so on, until the save gets through — so a save any of whose writes
// escapes its transaction fails the test, wherever the failure strikes.
import type { AppDatabase } from '../../src/main/db/connection'

export const REFUSED = 'test: ten zapis jest odrzucony'

type Sqlite = AppDatabase['sqlite']

function tables(sqlite: Sqlite): string[] {
  return (
    sqlite
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((t) => t.name)
}

/** Every row of every table (sorted: some tables have no rowid); equal snapshots mean nothing changed. */
export function snapshot(sqlite: Sqlite): Record<string, string[]> {
  return Object.fromEntries(
    tables(sqlite).map((name) => [
      name,
      sqlite
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  )
}

/** Runs `save` with its n-th row write (INSERT, UPDATE or DELETE, on any table) refused. */
async function attempt(sqlite: Sqlite, save: () => Promise<unknown>, refuse: number) {
  const writes: string[] = []
  sqlite.function('kis_test_write', (op: unknown, table: unknown) => {
    writes.push(`${String(op)} ${String(table)}`)
    if (writes.length === refuse) throw new Error(REFUSED)
    return null
  })
  const triggers: string[] = []
  for (const table of tables(sqlite)) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const name = `kis_test_${op.toLowerCase()}_${table}`
      sqlite.exec(
        `CREATE TEMP TRIGGER "${name}" BEFORE ${op} ON main."${table}" ` +
          `BEGIN SELECT kis_test_write('${op}', '${table}'); END`,
      )
      triggers.push(name)
    }
  }
  try {
    await save()
    return { writes, error: null }
  } catch (error) {
    return { writes, error }
  } finally {
    for (const name of triggers) sqlite.exec(`DROP TRIGGER temp."${name}"`)
  }
}

/**
 * Refuses the save's 2nd row write, then its 3rd, … — each time the save must fail with the refusal
 * and leave the database exactly as it was — until a run gets through. Returns the writes of that
 * run ("INSERT participants", …); a save of fewer than two rows is not a multi-row save and fails.
 */
export async function expectAllOrNothing(
  database: AppDatabase,
  save: () => Promise<unknown>,
): Promise<string[]> {
  const { sqlite } = database
  for (let refuse = 2; ; refuse++) {
    const before = snapshot(sqlite)
    const { writes, error } = await attempt(sqlite, save, refuse)
    if (writes.length < refuse) {
      if (error) throw error
      if (refuse === 2) throw new Error(`The save wrote ${writes.length} row(s): not a multi-row save.`)
      return writes
    }
    if (!(error instanceof Error) || !error.message.includes(REFUSED)) {
      throw new Error(
        `The save did not fail when write ${refuse} (${writes.at(-1)}) was refused: ${String(error)}`,
      )
    }
    const after = snapshot(sqlite)
    for (const table of Object.keys(before)) {
      if (JSON.stringify(after[table]) !== JSON.stringify(before[table])) {
        throw new Error(
          `Write ${refuse} (${writes.at(-1)}) was refused, yet ${table} changed — the save is not one transaction ` +
            `(writes: ${writes.join(', ')}).`,
        )
      }
    }
  }
}
