// The office's details for printed documents, stored in the settings table (key → JSON) beside the
// general settings; officeName is the same key the general settings use.
import type { Kysely } from 'kysely'
import { DEFAULT_OFFICE, officeSchema, type Office } from '@shared/office.schema'
import type { Database } from '../db/schema'

export type OfficeService = ReturnType<typeof createOfficeService>

const KEYS = Object.keys(DEFAULT_OFFICE) as (keyof Office)[]

export function createOfficeService(db: Kysely<Database>) {
  async function get(): Promise<Office> {
    const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', KEYS).execute()
    const office: Office = { ...DEFAULT_OFFICE }
    for (const { key, value } of rows) {
      let parsed: unknown
      try {
        parsed = JSON.parse(value)
      } catch {
        continue // a damaged value: the default for that key applies
      }
      const field = officeSchema.shape[key as keyof Office].safeParse(parsed)
      if (field.success) Object.assign(office, { [key]: field.data })
    }
    return office
  }

  return {
    get,
    async update(office: Office): Promise<Office> {
      await db.transaction().execute(async (trx) => {
        for (const key of KEYS) {
          const value = JSON.stringify(office[key])
          await trx
            .insertInto('settings')
            .values({ key, value })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
            .execute()
        }
      })
      return get()
    },
  }
}
