// A long-lived worker thread per job (database facts, XLSX files), started on first use: each call is
// then one message, not a new thread with its own copy of the modules. It is unref'd while idle, so
// it never keeps the process alive; if it dies, the calls waiting on it fail and the next call starts
// a fresh one. Kept in db/ (the bottom folder) so that db/ itself and the exports can both use it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Progress, WorkerReply } from './worker-serve'

interface Pending<Result> {
  resolve(result: Result): void
  reject(error: Error): void
  onProgress?: Progress
}

/**
 * `<name>.js` beside the bundled main process (out/main, each worker its own build entry), else the
 * TypeScript source `<name>.ts` in `sourceFolder` (relative to src/main/db), which Node runs as an ES
 * module (tests, Playwright). `__dirname` is read only here, when a worker starts.
 */
function newWorker(name: string, sourceFolder: string): Worker {
  const built = join(__dirname, `${name}.js`)
  if (existsSync(built)) return new Worker(built)
  return new Worker(join(__dirname, sourceFolder, `${name}.ts`), {
    execArgv: ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON'],
  })
}

export function workerClient<Call, Result>(name: string, sourceFolder: string) {
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending<Result>>()

  function failAll(error: Error): void {
    worker = null
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  }

  function answer(thread: Worker, reply: WorkerReply<Result>): void {
    const waiting = pending.get(reply.id)
    if (!waiting) return
    if ('progress' in reply) return waiting.onProgress?.(...reply.progress)
    pending.delete(reply.id)
    if (pending.size === 0) thread.unref()
    if (reply.ok) waiting.resolve(reply.result)
    else waiting.reject(Object.assign(new Error(reply.message), { code: reply.code }))
  }

  function started(): Worker {
    if (worker) return worker
    const thread = newWorker(name, sourceFolder)
    thread.on('message', (reply: WorkerReply<Result>) => answer(thread, reply))
    thread.on('error', failAll)
    thread.on('exit', (code) => {
      if (worker === thread) failAll(new Error(`Wątek roboczy ${name} zakończył się (kod ${code}).`))
    })
    worker = thread
    return thread
  }

  return {
    call(call: Call, onProgress?: Progress): Promise<Result> {
      const thread = started()
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) })
        // Referenced while a call waits, so the process does not exit before the answer arrives.
        thread.ref()
        thread.postMessage({ id, call })
      })
    },
  }
}
