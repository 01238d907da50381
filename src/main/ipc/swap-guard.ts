// Calls pass the backup's swap gate: while a restore swaps the database file, calls arriving are
// refused in Polish (as a Result) instead of touching a closed or replaced connection.
import type { SwapGate } from '../backup/swap-gate'
import { DomainError } from '../errors'
import type { Dispatch } from './handle'

/** Channels that swap the database themselves (they take the gate inside the service). */
const SWAP_CHANNELS: ReadonlySet<string> = new Set(['backup:restore', 'backup:undo'])

/** Channels that never touch the database, so they answer during a swap (the progress bar). */
const UNGATED: ReadonlySet<string> = new Set([...SWAP_CHANNELS, 'backup:progress'])

export function guardDispatch(gate: SwapGate, dispatch: Dispatch): Dispatch {
  return (channel, input) => {
    if (UNGATED.has(channel)) return dispatch(channel, input)
    return gate
      .admit(() => dispatch(channel, input))
      .catch((error: unknown) => {
        if (error instanceof DomainError) return { ok: false, error: error.toApiError() }
        throw error
      })
  }
}
