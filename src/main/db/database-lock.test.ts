import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTempDir, type TempDir } from '../../../tests/support/temp-database'
import { lockPath } from './data-folder'
import {
  acquireDatabaseLock,
  DatabaseLockedError,
  judgeLock,
  STALE_AFTER_MS,
  type LockHolder,
} from './database-lock'

const me = { machine: 'BIURO-1', user: 'akowalska', pid: 100 }
const now = new Date('2026-03-05T10:00:00.000Z')
const holder = (change: Partial<LockHolder> = {}): LockHolder => ({
  machine: 'BIURO-2',
  user: 'jnowak',
  pid: 200,
  startedAt: '2026-03-05T08:00:00.000Z',
  heartbeatAt: '2026-03-05T09:59:00.000Z',
  token: 't',
  ...change,
})
const alive = () => true
const dead = () => false

describe('judgeLock', () => {
  it('holds for another computer with a fresh heartbeat, whatever its pid', () => {
    expect(judgeLock({ holder: holder(), modifiedAt: now }, me, now, dead)).toEqual({
      kind: 'held',
      holder: holder(),
    })
  })

  it('is stale once the heartbeat and the file are older than the stale time', () => {
    const old = new Date(now.getTime() - STALE_AFTER_MS - 1000)
    const lock = holder({ heartbeatAt: old.toISOString() })
    expect(judgeLock({ holder: lock, modifiedAt: old }, me, now, alive).kind).toBe('free')
    // A file written recently counts as a heartbeat even when the clock in it is behind.
    expect(judgeLock({ holder: lock, modifiedAt: now }, me, now, alive).kind).toBe('held')
  })

  it('on the same computer: free when the process is gone, held while it runs (another account)', () => {
    const local = holder({ machine: 'biuro-1' })
    expect(judgeLock({ holder: local, modifiedAt: now }, me, now, dead).kind).toBe('free')
    expect(judgeLock({ holder: local, modifiedAt: now }, me, now, alive).kind).toBe('held')
  })

  it('is ours when this process took it before (reopening after a restore)', () => {
    const own = holder({ machine: 'BIURO-1', pid: 100 })
    expect(judgeLock({ holder: own, modifiedAt: now }, me, now, alive).kind).toBe('free')
  })

  it('waits for a lock file that cannot be read yet, and takes it over when it stays unreadable', () => {
    expect(judgeLock({ holder: null, modifiedAt: now }, me, now, alive)).toEqual({
      kind: 'held',
      holder: null,
    })
    const later = new Date(now.getTime() + 60_000)
    expect(judgeLock({ holder: null, modifiedAt: now }, me, later, alive).kind).toBe('free')
  })
})

describe('acquireDatabaseLock', () => {
  let temp: TempDir
  let file: string
  beforeEach(() => {
    temp = createTempDir()
    file = join(temp.dir, 'kis.sqlite')
  })
  afterEach(() => {
    vi.useRealTimers()
    temp.cleanup()
  })

  it('writes who holds it, keeps it fresh with a heartbeat and removes it on release', () => {
    vi.useFakeTimers({ now, toFake: ['setInterval', 'clearInterval', 'Date'] })
    const lock = acquireDatabaseLock(file, { me, heartbeatMs: 1000 })
    const first = JSON.parse(readFileSync(lockPath(file), 'utf8')) as LockHolder
    expect(first).toMatchObject({ ...me, startedAt: now.toISOString(), heartbeatAt: now.toISOString() })
    vi.advanceTimersByTime(3000)
    const later = JSON.parse(readFileSync(lockPath(file), 'utf8')) as LockHolder
    expect(later).toMatchObject({ token: first.token, startedAt: first.startedAt })
    expect(Date.parse(later.heartbeatAt) - now.getTime()).toBe(3000)
    lock.release()
    expect(existsSync(lockPath(file))).toBe(false)
  })

  it('refuses with the holder named, and leaves the holder’s file as it was', () => {
    const text = JSON.stringify(holder({ heartbeatAt: new Date().toISOString() }))
    writeFileSync(lockPath(file), text)
    const error = (() => {
      try {
        acquireDatabaseLock(file, { me })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(DatabaseLockedError)
    expect((error as DatabaseLockedError).holder).toMatchObject({ machine: 'BIURO-2', user: 'jnowak' })
    expect(readFileSync(lockPath(file), 'utf8')).toBe(text)
  })

  it('does not remove a lock that someone else took over meanwhile', () => {
    const lock = acquireDatabaseLock(file, { me })
    const theirs = JSON.stringify(holder({ token: 'przejęta' }))
    writeFileSync(lockPath(file), theirs)
    lock.release()
    expect(readFileSync(lockPath(file), 'utf8')).toBe(theirs)
  })
})
