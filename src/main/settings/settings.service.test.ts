import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/settings.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createSettingsService, type SettingsService } from './settings.service'

let temp: TempDatabase
let service: SettingsService

beforeEach(async () => {
  temp = await createTempDatabase()
  service = createSettingsService(temp.database.db)
})

afterEach(async () => {
  await temp.cleanup()
})

function putRaw(key: string, value: string) {
  temp.database.sqlite.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(key, value)
}

describe('settings service', () => {
  it('gives the defaults for a new database', async () => {
    expect(await service.get()).toEqual(DEFAULT_SETTINGS)
  })

  it('stores the settings as JSON and reads them back', async () => {
    const settings = { ...DEFAULT_SETTINGS, officeName: 'MOPS w Zgierzu', requireTherapyForAddicted: false }
    expect(await service.update(settings)).toEqual(settings)
    expect(await service.get()).toEqual(settings)
    const rows = temp.database.sqlite.prepare('SELECT key, value FROM settings ORDER BY key').all()
    expect(rows).toEqual([
      { key: 'backupRetention', value: '{"daily":7,"weekly":4,"monthly":12}' },
      { key: 'officeName', value: '"MOPS w Zgierzu"' },
      { key: 'requireTherapyForAddicted', value: 'false' },
    ])
  })

  it('overwrites an earlier value rather than adding a row', async () => {
    await service.update({ ...DEFAULT_SETTINGS, officeName: 'A' })
    await service.update({ ...DEFAULT_SETTINGS, officeName: 'B' })
    expect((await service.get()).officeName).toBe('B')
    expect(temp.database.sqlite.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(
      Object.keys(DEFAULT_SETTINGS).length,
    )
  })

  it('falls back to the default for a damaged or wrongly typed value, keeping the good ones', async () => {
    putRaw('officeName', '{not json')
    putRaw('requireTherapyForAddicted', 'false')
    expect(await service.get()).toEqual({ ...DEFAULT_SETTINGS, requireTherapyForAddicted: false })
    putRaw('officeName', '42')
    putRaw('requireTherapyForAddicted', '"tak"')
    expect(await service.get()).toEqual(DEFAULT_SETTINGS)
  })

  it('ignores unknown keys stored in the table', async () => {
    putRaw('isAdmin', 'true')
    expect(await service.get()).toEqual(DEFAULT_SETTINGS)
  })
})
