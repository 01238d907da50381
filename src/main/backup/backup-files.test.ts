import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fileStamp, parseBackupName } from './backup-files'

let zone: string | undefined

beforeEach(() => {
  zone = process.env.TZ
  process.env.TZ = 'Europe/Warsaw'
})
afterEach(() => {
  process.env.TZ = zone
})

describe('backup names in local time', () => {
  it('writes what the office clock showed, with its offset, in winter and in summer', () => {
    expect(fileStamp(new Date('2026-03-05T10:20:30.456Z'))).toBe('2026-03-05_11-20-30-456+0100')
    expect(fileStamp(new Date('2026-07-01T22:05:00.000Z'))).toBe('2026-07-02_00-05-00-000+0200')
  })

  it('reads the name back as the same instant, and still reads the first (UTC) names', () => {
    const at = new Date('2026-07-01T22:05:00.000Z')
    expect(parseBackupName(`kis-reczna-${fileStamp(at)}.sqlite`)).toEqual({
      base: 'kis',
      kind: 'reczna',
      fromVersion: null,
      createdAt: at.toISOString(),
    })
    expect(parseBackupName('kis-przed-migracja-v6-2026-03-05T10-20-30-456Z-2.sqlite')).toEqual({
      base: 'kis',
      kind: 'przed-migracja',
      fromVersion: 6,
      createdAt: '2026-03-05T10:20:30.456Z',
    })
    expect(parseBackupName('kis-reczna-2026-03-05_11-20-30-456.sqlite')).toBeNull()
  })
})
