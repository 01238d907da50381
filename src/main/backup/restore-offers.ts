// backup:restore takes a token, never a path: the renderer can restore only a file that main itself
// offered — a backup from the list or the file picked in main's own dialog. A path from the renderer
// would let a compromised page point the restore at anything, e.g. \\server\share, and make Windows
// look the server up (and send the user's credentials) just to check the file.
import { randomUUID } from 'node:crypto'
import { perRuntime } from './per-runtime'

export interface RestoreOffers {
  /** The token for a file main offers (the same token for the same path). */
  offer(path: string): string
  /** The file behind a token, or null when main never offered it. */
  pathOf(token: string): string | null
}

export function createRestoreOffers(): RestoreOffers {
  const byToken = new Map<string, string>()
  const byPath = new Map<string, string>()
  return {
    offer(path) {
      let token = byPath.get(path)
      if (!token) {
        token = randomUUID()
        byPath.set(path, token)
        byToken.set(token, path)
      }
      return token
    },
    pathOf: (token) => byToken.get(token) ?? null,
  }
}

/** One set of offers per runtime: it outlives the services rebuilt after a restore. */
export const restoreOffersFor = perRuntime(createRestoreOffers)
