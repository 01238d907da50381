// Frozen once landed: a schema change is a new numbered file.
// Polish alphabetical order of people (a ą b c ć … z ź ż): SQLite has no ICU, and the folded sort_name
// puts Ź and Ż among the Z's. name_order is a generated column — SQL only, so every row, however it was
// written, has its key, and the file opens anywhere — that spells each Polish letter as its base letter
// followed by '{' (above 'z'), Ż by '|': binary order then is the Polish order. The register, its export
// and the lists joined to people sort by it through its index.
import { sql } from 'kysely'
import type { AnyDb } from '.'

const POLISH: [lower: string, upper: string, key: string][] = [
  ['ą', 'Ą', 'a{'],
  ['ć', 'Ć', 'c{'],
  ['ę', 'Ę', 'e{'],
  ['ł', 'Ł', 'l{'],
  ['ń', 'Ń', 'n{'],
  ['ó', 'Ó', 'o{'],
  ['ś', 'Ś', 's{'],
  ['ź', 'Ź', 'z{'],
  ['ż', 'Ż', 'z|'],
]

function orderKey(text: string): string {
  return POLISH.reduce(
    (inner, [lower, upper, key]) => `replace(replace(${inner}, '${lower}', '${key}'), '${upper}', '${key}')`,
    `lower(${text})`,
  )
}

export async function up(db: AnyDb): Promise<void> {
  await sql
    .raw(
      `ALTER TABLE participants ADD COLUMN name_order TEXT GENERATED ALWAYS AS (${orderKey(
        "last_name || ' ' || first_name",
      )}) VIRTUAL`,
    )
    .execute(db)
  await sql`CREATE INDEX participants_name_order ON participants (name_order)`.execute(db)
  await sql`CREATE INDEX participants_status_name_order ON participants (status, name_order)`.execute(db)
}
