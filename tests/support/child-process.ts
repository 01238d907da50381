// A child running a bundled entry, read line by line: tests wait for what it says, then end it.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

export interface RunningChild {
  process: ChildProcess
  /** Resolves with the first line of output (stdout), or rejects when the child ends first. */
  firstLine: Promise<string>
  /** Resolves when the child has exited (and its pid is free). */
  exited: Promise<void>
}

export function startChild(script: string, args: string[], options: SpawnOptions = {}): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], ...options })
  let out = ''
  let err = ''
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()))
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (chunk: string) => {
      out += chunk
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')))
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    void exited.then(() => reject(new Error(`child ended without a line: ${err}`)))
  })
  return { process: child, firstLine, exited }
}
