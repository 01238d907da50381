// One long-lived worker thread for a backup's heavy reads (database-facts.worker.ts), started on
// first use: each call is then one message, not a new thread and a new copy of the driver. It is
// unref'd while idle, so it never keeps the process alive; if it dies, the calls waiting on it fail
// and the next call starts a fresh one.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { RawDatabaseFacts } from './database-facts'
import type { FactsCall, FactsReply, FactsRequest } from './database-facts.worker'

type Progress = (done: number, total: number) => void

interface Pending {
  resolve(facts: RawDatabaseFacts | undefined): void
  reject(error: Error): void
  onProgress?: Progress
}

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Pending>()

/**
 * Beside the bundled main process (out/main) the worker is built JavaScript; from src (tests, the
 * Playwright harness) Node runs its TypeScript source, which it reads as an ES module.
 */
function newWorker(): Worker {
  const built = join(__dirname, 'database-facts.worker.js')
  if (existsSync(built)) return new Worker(built)
  return new Worker(join(__dirname, 'database-facts.worker.ts'), {
    execArgv: ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON'],
  })
}

function failAll(error: Error): void {
  worker = null
  for (const call of pending.values()) call.reject(error)
  pending.clear()
}

function answer(thread: Worker, reply: FactsReply): void {
  const call = pending.get(reply.id)
  if (!call) return
  if ('progress' in reply) return call.onProgress?.(...reply.progress)
  pending.delete(reply.id)
  if (pending.size === 0) thread.unref()
  if (reply.ok) call.resolve(reply.facts)
  else call.reject(Object.assign(new Error(reply.message), { code: reply.code }))
}

function started(): Worker {
  if (worker) return worker
  const thread = newWorker()
  thread.on('message', (reply: FactsReply) => answer(thread, reply))
  thread.on('error', failAll)
  thread.on('exit', (code) => {
    if (worker === thread) failAll(new Error(`Wątek sprawdzania bazy zakończył się (kod ${code}).`))
  })
  worker = thread
  return thread
}

function call(request: FactsCall, onProgress?: Progress): Promise<RawDatabaseFacts | undefined> {
  const thread = started()
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) })
    // Referenced while a call waits, so the process does not exit before the answer arrives.
    thread.ref()
    thread.postMessage({ id, ...request } satisfies FactsRequest)
  })
}

/** The facts of a database file, read on the worker thread. Rejects with SQLite's error and its code. */
export async function readFactsOffThread(
  file: string,
  check: 'full' | 'quick' = 'full',
): Promise<RawDatabaseFacts> {
  return (await call({ kind: 'facts', file, check }))!
}

/** A consistent copy of the database file `source` (open in this process) written to `dest`, fsync'd. */
export async function copyDatabaseOffThread(
  source: string,
  dest: string,
  onProgress?: Progress,
): Promise<void> {
  await call({ kind: 'copy', source, dest }, onProgress)
}
