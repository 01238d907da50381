import type { LockService } from '../lock/lock.service'
import type { Handlers } from './handle'

type LockChannels = Extract<keyof Handlers, `lock:${string}`>

export function lockHandlers(lock: LockService): Pick<Handlers, LockChannels> {
  return {
    'lock:status': () => lock.status(),
    'lock:activity': () => lock.activity(),
    'lock:lock': () => lock.lock(),
    'lock:unlock': ({ password }) => lock.unlock(password),
    'lock:setup': (input) => lock.setup(input),
    'lock:configure': ({ timeoutMin }) => lock.configure(timeoutMin),
    'lock:disable': ({ currentPassword }) => lock.disable(currentPassword),
    'lock:recover': (input) => lock.recover(input),
  }
}
