import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppDispatch } from '../ipc/handlers'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { UNUSED_PLATFORM } from '../../../tests/support/test-platform'
import { addParticipant } from '../../../tests/support/backup-data'
import { hashSecret, normaliseRecoveryCode, SCRYPT_PARAMS, verifySecret } from './lock-hash'
import { createLockService, retryDelaySec } from './lock.service'

let temp: TempDatabase
let clock: number
const now = () => clock

beforeEach(async () => {
  temp = await createTempDatabase()
  clock = Date.UTC(2026, 0, 5, 8, 0, 0)
})

afterEach(async () => {
  await temp.cleanup()
})

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    return error as { code: string; message: string }
  }
  throw new Error('expected a refusal')
}

describe('lock password hash', () => {
  it('is salted scrypt with N = 2^15, its parameters stored beside it, and never the password', async () => {
    const a = await hashSecret('tajne-hasło-1')
    const b = await hashSecret('tajne-hasło-1')
    const parsed = JSON.parse(a) as Record<string, unknown>
    expect(parsed).toMatchObject({ alg: 'scrypt', N: 2 ** 15, r: 8, p: 1 })
    expect(SCRYPT_PARAMS.N).toBe(32768)
    expect(a).not.toBe(b)
    expect(a).not.toContain('tajne')
    expect(await verifySecret('tajne-hasło-1', a)).toBe(true)
    expect(await verifySecret('tajne-hasło-2', a)).toBe(false)
    expect(await verifySecret('tajne-hasło-1', '{"alg":"md5"}')).toBe(false)
  })

  it('takes a noticeable time per try (slow on purpose)', async () => {
    const stored = await hashSecret('x'.repeat(12))
    const start = performance.now()
    await verifySecret('y'.repeat(12), stored)
    expect(performance.now() - start).toBeGreaterThan(10)
  })

  it('reads a recovery code typed in lower case, with spaces or without dashes', () => {
    expect(normaliseRecoveryCode(' abcd efgh-jkmn pqrs tuvw ')).toBe('ABCD-EFGH-JKMN-PQRS-TUVW')
  })
})

describe('screen lock', () => {
  it('locks at start when a password is set, and after the set minutes without activity', async () => {
    const lock = createLockService({ database: temp.database }, now)
    expect(await lock.status()).toMatchObject({ enabled: false, locked: false })
    await lock.setup({ currentPassword: '', newPassword: 'haslo-koordynatora', timeoutMin: 10 })
    expect(await lock.status()).toMatchObject({ enabled: true, locked: false, timeoutMin: 10 })

    clock += 9 * 60_000
    await lock.activity()
    clock += 9 * 60_000
    expect((await lock.status()).locked).toBe(false)
    clock += 60_000
    expect((await lock.status()).locked).toBe(true)
    // Activity while locked does not unlock or postpone anything.
    await lock.activity()
    expect((await lock.status()).locked).toBe(true)
    expect((await lock.unlock('haslo-koordynatora')).locked).toBe(false)

    const atStart = createLockService({ database: temp.database }, now)
    expect(await atStart.status()).toMatchObject({ enabled: true, locked: true })
  })

  it('slows wrong passwords down: 1, 2, 4 s…, refusing even the right one before the wait is over', async () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelaySec)).toEqual([1, 2, 4, 8, 60, 60, 60])
    const lock = createLockService({ database: temp.database }, now)
    await lock.setup({ currentPassword: '', newPassword: 'dobre-haslo', timeoutMin: 5 })
    await lock.lock()

    const first = await rejection(lock.unlock('zle-haslo'))
    expect(first).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Nieprawidłowe hasło. Następna próba możliwa za 1 s.',
    })
    const tooSoon = await rejection(lock.unlock('dobre-haslo'))
    expect(tooSoon.message).toBe('Zbyt wiele nieudanych prób. Spróbuj ponownie za 1 s.')
    clock += 1000
    expect((await rejection(lock.unlock('zle-haslo'))).message).toContain('za 2 s')
    clock += 1000
    expect((await rejection(lock.unlock('dobre-haslo'))).message).toContain('za 1 s')
    expect((await lock.status()).retryAfterSec).toBe(1)
    clock += 1000
    expect((await rejection(lock.unlock('zle-haslo'))).message).toContain('za 4 s')
    clock += 4000
    expect((await lock.unlock('dobre-haslo')).locked).toBe(false)
    // A success starts the count again.
    await lock.lock()
    expect((await rejection(lock.unlock('zle-haslo'))).message).toContain('za 1 s')
  })

  it('resets a forgotten password with the recovery code, once, keeping the data', async () => {
    await addParticipant(temp.database.db, 'Zostaje')
    const lock = createLockService({ database: temp.database }, now)
    const { recoveryCode } = await lock.setup({
      currentPassword: '',
      newPassword: 'zapomniane-1',
      timeoutMin: 10,
    })
    expect(recoveryCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/)
    expect(JSON.stringify(temp.database.sqlite.prepare('SELECT * FROM app_lock').all())).not.toContain(
      recoveryCode,
    )
    await lock.lock()
    const renewed = await lock.recover({
      recoveryCode: recoveryCode.toLowerCase(),
      newPassword: 'nowe-haslo-2',
    })
    expect(renewed.recoveryCode).not.toBe(recoveryCode)
    expect(renewed.status.locked).toBe(false)
    await lock.lock()
    expect((await rejection(lock.unlock('zapomniane-1'))).code).toBe('FORBIDDEN')
    clock += 2000
    expect((await lock.unlock('nowe-haslo-2')).locked).toBe(false)
    await lock.lock()
    expect((await rejection(lock.recover({ recoveryCode, newPassword: 'inne-haslo-3' }))).code).toBe(
      'FORBIDDEN',
    )
    expect(temp.database.sqlite.prepare('SELECT last_name FROM participants').pluck().all()).toEqual([
      'Zostaje',
    ])
  })

  it('asks for the current password to change or remove it', async () => {
    const lock = createLockService({ database: temp.database }, now)
    await lock.setup({ currentPassword: '', newPassword: 'pierwsze-haslo', timeoutMin: 10 })
    const wrong = await rejection(
      lock.setup({ currentPassword: 'cudze', newPassword: 'drugie-haslo', timeoutMin: 10 }),
    )
    expect(wrong.code).toBe('FORBIDDEN')
    clock += 1000
    expect((await lock.disable('pierwsze-haslo')).enabled).toBe(false)
    expect(temp.database.sqlite.prepare('SELECT count(*) FROM app_lock').pluck().get()).toBe(0)
  })
})

describe('lock in the dispatch', () => {
  it('refuses every data channel while locked, answers the lock channels, and logs lock changes', async () => {
    const id = (await addParticipant(temp.database.db, 'Ukryta')).id
    const dispatch = createAppDispatch({
      database: temp.database,
      appVersion: 'test',
      platform: UNUSED_PLATFORM,
    })
    const setup = await dispatch('lock:setup', {
      currentPassword: '',
      newPassword: 'haslo-ekranu',
      timeoutMin: 10,
    })
    expect(setup.ok).toBe(true)
    expect((await dispatch('lock:lock', undefined)).ok).toBe(true)
    for (const [channel, input] of [
      ['participants:get', { id }],
      ['participants:list', {}],
      ['app:info', undefined],
      ['audit:list', {}],
      ['lock:setup', { currentPassword: 'haslo-ekranu', newPassword: 'przejete-haslo', timeoutMin: 10 }],
    ] as const) {
      expect(await dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    }
    expect(await dispatch('lock:status', undefined)).toMatchObject({ ok: true, data: { locked: true } })
    expect(await dispatch('lock:unlock', { password: 'haslo-ekranu' })).toMatchObject({
      ok: true,
      data: { locked: false },
    })
    expect(await dispatch('participants:get', { id })).toMatchObject({
      ok: true,
      data: { lastName: 'Ukryta' },
    })
    const actions = temp.database.sqlite.prepare('SELECT action, subject FROM audit_log').all()
    expect(actions).toEqual([{ action: 'blokada', subject: 'lock:setup' }])
  })
})
