// The built app runs the facts worker from out/main/database-facts.worker.js (db/facts-thread.ts looks
// for it beside index.js): it must exist after the build and answer a request on a real database.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { expect, it } from 'vitest'
import { createTempDatabase } from '../support/temp-database'

const BUILT = resolve('out/main/database-facts.worker.js')

it('the built facts worker answers with the facts of a real database', async () => {
  expect(existsSync(BUILT), 'npm test builds before the unit tests; run `npm run build` first').toBe(true)
  const temp = await createTempDatabase()
  try {
    const worker = new Worker(BUILT)
    const reply = await new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.postMessage({ id: 7, kind: 'facts', file: temp.file, check: 'full' })
    })
    await worker.terminate()
    expect(reply).toMatchObject({ id: 7, ok: true, facts: { integrityErrors: [], foreignKeyErrors: 0 } })
  } finally {
    await temp.cleanup()
  }
})
