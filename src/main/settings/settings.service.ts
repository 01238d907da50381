// Office settings as key → JSON rows; unknown or damaged values fall back to the defaults.
import type { Kysely } from 'kysely'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@shared/settings.schema'
import type { Database } from '../db/schema'
import { z } from '@shared/zod-pl'

const rememberedMapping = z.record(z.string().max(40), z.string().max(200))

export type SettingsService = ReturnType<typeof createSettingsService>

export function createSettingsService(db: Kysely<Database>) {
  async function get(): Promise<Settings> {
    const rows = await db.selectFrom('settings').select(['key', 'value']).execute()
    const stored: Record<string, unknown> = {}
    for (const { key, value } of rows) {
      try {
        stored[key] = JSON.parse(value)
      } catch {
        // A damaged value is ignored; the default for that key applies.
      }
    }
    const merged = { ...DEFAULT_SETTINGS }
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const candidate = { ...merged, [key]: stored[key] }
      if (key in stored && settingsSchema.safeParse(candidate).success)
        Object.assign(merged, { [key]: stored[key] })
    }
    return merged
  }

  const mappingKey = (kind: string) => `importMapping.${kind}`

  return {
    get,

    /** The import wizard's mapping remembered from the last import of a kind: field → folded header. */
    async importMapping(kind: string): Promise<Record<string, string>> {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', mappingKey(kind))
        .executeTakeFirst()
      try {
        const parsed = rememberedMapping.safeParse(row ? JSON.parse(row.value) : {})
        return parsed.success ? parsed.data : {}
      } catch {
        return {}
      }
    },

    async rememberImportMapping(kind: string, mapping: Record<string, string>): Promise<void> {
      const value = JSON.stringify(mapping)
      await db
        .insertInto('settings')
        .values({ key: mappingKey(kind), value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute()
    },
    async update(settings: Settings): Promise<Settings> {
      await db.transaction().execute(async (trx) => {
        for (const [key, value] of Object.entries(settings)) {
          await trx
            .insertInto('settings')
            .values({ key, value: JSON.stringify(value) })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
            .execute()
        }
      })
      return get()
    },
  }
}
