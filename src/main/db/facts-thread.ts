// The backup's heavy reads on the facts worker (database-facts.worker.ts).
import type { RawDatabaseFacts } from './database-facts'
import type { FactsCall } from './database-facts.worker'
import { workerClient } from './worker-client'
import type { Progress } from './worker-serve'

const facts = workerClient<FactsCall, RawDatabaseFacts | null>('database-facts.worker', '.')

/** The facts of a database file, read on the worker thread. Rejects with SQLite's error and its code. */
export async function readFactsOffThread(
  file: string,
  check: 'full' | 'quick' = 'full',
  /** A copy this program just made and nobody else touches: read through a memory mapping. */
  ownCopy = false,
): Promise<RawDatabaseFacts> {
  return (await facts.call({ kind: 'facts', file, check, ownCopy }))!
}

/** A consistent copy of the database file `source` (open in this process) written to `dest`, fsync'd. */
export async function copyDatabaseOffThread(
  source: string,
  dest: string,
  onProgress?: Progress,
): Promise<void> {
  await facts.call({ kind: 'copy', source, dest }, onProgress)
}
