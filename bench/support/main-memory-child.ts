// Main's services as the Electron main starts them (openAppDatabase, createAppDispatch), on the database
// named by argv[2]; then the calls of the start screen, the participant list and the yearly summary with
// two earlier years. Prints one JSON line: the peak RSS of the process and the RSS after each step.
import { existsSync, readFileSync } from 'node:fs'
import { openAppDatabase } from '../../src/main/backup/open-database'
import { createAppDispatch } from '../../src/main/ipc/handlers'
import { UNUSED_PLATFORM } from '../../tests/support/test-platform'

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** Linux's high-water mark of this process (getrusage's maxRSS keeps the parent's from before exec). */
function peakRssMib(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : ''
  const kib = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
  return Math.round((kib ? Number(kib) : process.resourceUsage().maxRSS) / 1024)
}

async function main(file: string) {
  const steps: Record<string, number> = { node: mib(process.memoryUsage().rss) }
  const runtime = { database: await openAppDatabase(file), appVersion: '0.1.0', platform: UNUSED_PLATFORM }
  const dispatch = createAppDispatch(runtime)
  const call = async (channel: string, input: unknown = undefined) => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  }
  steps.opened = mib(process.memoryUsage().rss)
  for (const channel of ['lock:status', 'settings:get', 'backup:status', 'start:board']) await call(channel)
  steps.start = mib(process.memoryUsage().rss)
  await call('participants:list', {})
  steps.participants = mib(process.memoryUsage().rss)
  await call('reports:summary', { from: '2025-01-01', to: '2025-12-31', compareYears: 2 })
  steps.summary = mib(process.memoryUsage().rss)
  await runtime.database.close()
  console.log(JSON.stringify({ peakMib: peakRssMib(), steps }))
}

main(process.argv[2]!).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
