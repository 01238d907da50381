// The worker side of db/worker-client.ts: answers each call with its result or SQLite-style error,
// and relays progress. Imports only Node, so a worker can load it from source (with its extension).
import { parentPort } from 'node:worker_threads'

export type WorkerReply<Result> =
  | { id: number; ok: true; result: Result }
  | { id: number; ok: false; message: string; code: string | undefined }
  | { id: number; progress: [done: number, total: number] }

export type Progress = (done: number, total: number) => void

export function serveCalls<Call, Result>(
  handle: (call: Call, progress: Progress) => Promise<Result> | Result,
) {
  const port = parentPort!
  port.on('message', async ({ id, call }: { id: number; call: Call }) => {
    const send = (reply: WorkerReply<Result>, transfer: ArrayBuffer[] = []) =>
      port.postMessage(reply, transfer)
    try {
      const result = await handle(call, (done, total) => send({ id, progress: [done, total] }))
      // Bytes (an XLSX file) move to the main thread instead of being copied.
      const transfer = result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : []
      send({ id, ok: true, result }, transfer)
    } catch (error) {
      const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined
      send({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        code: typeof code === 'string' ? code : undefined,
      })
    }
  })
}
