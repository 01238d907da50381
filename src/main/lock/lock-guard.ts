// While the screen is locked, main answers only the lock's own channels: the renderer hides the
// screens, and even a call that reached main anyway gets no personal data.
import type { Dispatch } from '@shared/result'
import type { LockService } from './lock.service'

export const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set([
  'lock:status',
  'lock:activity',
  'lock:lock',
  'lock:unlock',
  'lock:recover',
])

export const LOCKED_MESSAGE = 'Program jest zablokowany. Odblokuj go hasłem, aby zobaczyć dane.'

export function guardLock(lock: LockService, dispatch: Dispatch): Dispatch {
  return async (channel, input) => {
    if (!OPEN_WHILE_LOCKED.has(channel) && (await lock.isLocked())) {
      return { ok: false, error: { code: 'LOCKED', message: LOCKED_MESSAGE } }
    }
    return dispatch(channel, input)
  }
}
