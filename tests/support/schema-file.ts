// The committed schema of a version, tests/fixtures/db/schema-v<N>.sql: one normalized CREATE statement
// per object, each under a comment naming it, in a fixed order — readable in a diff, written by
// `npm run fixtures:db` (scripts/make-db-fixture.ts) and compared by tests/unit/db-fixtures.test.ts.
import { join, resolve } from 'node:path'
import {
  SCHEMA_OBJECT_TYPES,
  type SchemaObject,
  type SchemaObjectType,
} from '../../src/main/db/schema-snapshot'

export const FIXTURE_DIR = resolve(__dirname, '../fixtures/db')

export function schemaFilePath(version: number): string {
  return join(FIXTURE_DIR, `schema-v${version}.sql`)
}

export function schemaToText(version: number, objects: readonly SchemaObject[]): string {
  const lines = [
    `-- The schema of a KIS database at version ${version}: every table, index, trigger and view as`,
    `-- migrations 1..${version} create it (SQL normalized). Written by \`npm run fixtures:db\`; never edit:`,
    '-- a difference means that a landed migration has changed.',
  ]
  for (const o of objects) lines.push(`-- ${o.type} ${o.name} on ${o.table}`, `${o.sql};`)
  return `${lines.join('\n')}\n`
}

export function schemaFromText(text: string): SchemaObject[] {
  const objects: SchemaObject[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const header = /^-- (\w+) (\S+) on (\S+)$/.exec(lines[i]!)
    if (!header || !SCHEMA_OBJECT_TYPES.includes(header[1] as SchemaObjectType)) continue
    const sql = lines[++i]!.replace(/;$/, '')
    objects.push({ type: header[1] as SchemaObjectType, name: header[2]!, table: header[3]!, sql })
  }
  return objects
}
