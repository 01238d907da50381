// While the database file is being swapped (restore, undo, closing), no call may touch the old
// connection: the swap waits for the calls already running, and calls arriving meanwhile are
// refused with a Polish message instead of writing to a closed (or replaced) database.
import { DomainError } from '../errors'
import { perRuntime } from './per-runtime'

export const SWAP_IN_PROGRESS = 'Trwa przywracanie kopii zapasowej — poczekaj chwilę i spróbuj ponownie.'
export const CLOSING = 'Program jest zamykany — polecenie nie zostało wykonane.'

export interface SwapGate {
  /** Runs an ordinary call, counted as in flight; refused while a swap runs. */
  admit<T>(call: () => Promise<T>): Promise<T>
  /** Refuses new calls, waits for those in flight, then runs `swap`. `final` keeps the gate shut. */
  exclusive<T>(swap: () => Promise<T>, options?: { final?: boolean }): Promise<T>
  /** A swap is running right now. */
  readonly swapping: boolean
  /** The database was closed for good (the app is quitting). */
  readonly closed: boolean
}

export function createSwapGate(): SwapGate {
  let inFlight = 0
  let state: 'open' | 'swapping' | 'closed' = 'open'
  let drained: (() => void) | null = null

  return {
    get swapping() {
      return state === 'swapping'
    },
    get closed() {
      return state === 'closed'
    },
    async admit(call) {
      if (state !== 'open') throw new DomainError('CONFLICT', state === 'closed' ? CLOSING : SWAP_IN_PROGRESS)
      inFlight++
      try {
        return await call()
      } finally {
        inFlight--
        if (inFlight === 0) drained?.()
      }
    },
    async exclusive(swap, options = {}) {
      if (state !== 'open') throw new DomainError('CONFLICT', state === 'closed' ? CLOSING : SWAP_IN_PROGRESS)
      state = 'swapping'
      try {
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve))
        drained = null
        return await swap()
      } finally {
        state = options.final ? 'closed' : 'open'
      }
    },
  }
}

/** One gate per runtime: a restore swaps the database under every call of that runtime. */
export const swapGateFor = perRuntime(createSwapGate)
