// The screen lock's state lives here, in main: locked at start when a password is set, locked again
// after the set minutes without the user's activity, and while locked the dispatch answers only the
// lock's own channels (lock-guard.ts). Wrong passwords and recovery codes wait longer each time.
import type { Kysely } from 'kysely'
import { DEFAULT_LOCK_TIMEOUT_MIN, type LockSetupResult, type LockStatus } from '@shared/lock.schema'
import type { Database } from '../db/schema'
import { DomainError } from '../errors'
import { hashSecret, newRecoveryCode, normaliseRecoveryCode, verifySecret } from './lock-hash'
import { findLock, removeLock, saveLock, type LockConfig } from './lock.repo'

export interface LockTarget {
  /** The database of the moment (a restore swaps it; its lock settings come with it). */
  readonly database: { db: Kysely<Database> }
}

export type LockService = ReturnType<typeof createLockService>

/** Seconds to wait after the n-th wrong try in a row: 1, 2, 4 … up to a minute. */
export function retryDelaySec(failures: number): number {
  return failures <= 0 ? 0 : Math.min(60, 2 ** (failures - 1))
}

export function createLockService(target: LockTarget, now: () => number = Date.now) {
  let loadedFor: Kysely<Database> | null = null
  let config: LockConfig | null = null
  let locked = false
  let lastActivity = now()
  let failures = 0
  let notBefore = 0

  async function current(): Promise<LockConfig | null> {
    const db = target.database.db
    if (loadedFor !== db) {
      const first = loadedFor === null
      config = await findLock(db)
      loadedFor = db
      // Asked at start; a restored file keeps the state the user was in when restoring.
      if (first) locked = config !== null
      if (!config) locked = false
    }
    if (config && !locked && now() - lastActivity >= config.timeoutMin * 60_000) locked = true
    return config
  }

  function status(): LockStatus {
    return {
      enabled: config !== null,
      locked,
      timeoutMin: config?.timeoutMin ?? DEFAULT_LOCK_TIMEOUT_MIN,
      retryAfterSec: Math.max(0, Math.ceil((notBefore - now()) / 1000)),
    }
  }

  /** One try of a secret, slowed down after wrong ones; the message names the wait. */
  async function attempt(secret: string, hash: string, field: string, what: string): Promise<void> {
    const wait = Math.ceil((notBefore - now()) / 1000)
    if (wait > 0) {
      throw new DomainError('CONFLICT', `Zbyt wiele nieudanych prób. Spróbuj ponownie za ${wait} s.`)
    }
    if (await verifySecret(secret, hash)) {
      failures = 0
      notBefore = 0
      return
    }
    failures++
    notBefore = now() + retryDelaySec(failures) * 1000
    const message = `${what} Następna próba możliwa za ${retryDelaySec(failures)} s.`
    throw new DomainError('FORBIDDEN', message, { [field]: message })
  }

  async function store(password: string, timeoutMin: number): Promise<LockSetupResult> {
    const recoveryCode = newRecoveryCode()
    const next = {
      passwordHash: await hashSecret(password),
      recoveryHash: await hashSecret(recoveryCode),
      timeoutMin,
    }
    await saveLock(target.database.db, next, new Date(now()).toISOString())
    config = next
    locked = false
    lastActivity = now()
    return { recoveryCode, status: status() }
  }

  return {
    /** Whether the dispatch must refuse data channels now. */
    async isLocked(): Promise<boolean> {
      await current()
      return locked
    },

    async status(): Promise<LockStatus> {
      await current()
      return status()
    },

    /** The user typed or clicked: the inactivity time starts again (not while locked). */
    async activity(): Promise<LockStatus> {
      await current()
      if (!locked) lastActivity = now()
      return status()
    },

    async lock(): Promise<LockStatus> {
      if (await current()) locked = true
      return status()
    },

    async unlock(password: string): Promise<LockStatus> {
      const lock = await current()
      if (lock && locked) {
        await attempt(password, lock.passwordHash, 'password', 'Nieprawidłowe hasło.')
        locked = false
        lastActivity = now()
      }
      return status()
    },

    async setup(input: {
      currentPassword: string
      newPassword: string
      timeoutMin: number
    }): Promise<LockSetupResult> {
      const lock = await current()
      if (lock)
        await attempt(
          input.currentPassword,
          lock.passwordHash,
          'currentPassword',
          'Obecne hasło jest nieprawidłowe.',
        )
      return store(input.newPassword, input.timeoutMin)
    },

    async configure(timeoutMin: number): Promise<LockStatus> {
      const lock = await current()
      if (!lock) throw new DomainError('CONFLICT', 'Najpierw ustaw hasło blokady ekranu.')
      const next = { ...lock, timeoutMin }
      await saveLock(target.database.db, next, new Date(now()).toISOString())
      config = next
      return status()
    },

    async disable(currentPassword: string): Promise<LockStatus> {
      const lock = await current()
      if (!lock) return status()
      await attempt(currentPassword, lock.passwordHash, 'currentPassword', 'Obecne hasło jest nieprawidłowe.')
      await removeLock(target.database.db)
      config = null
      locked = false
      return status()
    },

    /** A forgotten password: the recovery code sets a new one (and a new code); the data stays. */
    async recover(input: { recoveryCode: string; newPassword: string }): Promise<LockSetupResult> {
      const lock = await current()
      if (!lock)
        throw new DomainError('CONFLICT', 'Blokada ekranu nie jest włączona — nie ma czego odzyskiwać.')
      const code = normaliseRecoveryCode(input.recoveryCode)
      await attempt(code, lock.recoveryHash, 'recoveryCode', 'Nieprawidłowy kod odzyskiwania.')
      return store(input.newPassword, lock.timeoutMin)
    },
  }
}

const services = new WeakMap<object, LockService>()

/** One lock per runtime (the Electron app has one; each e2e app its own). */
export function lockFor(runtime: LockTarget): LockService {
  let service = services.get(runtime)
  if (!service) {
    service = createLockService(runtime)
    services.set(runtime, service)
  }
  return service
}
