// Peak memory of the main process on ten years of data: a child Node process runs main's services the
// way the Electron main does and makes the calls of the start screen, the participant list and the
// yearly summary (Electron's own share of a real window is not in this figure).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase } from '../src/main/db/connection'
import { bundleForNode, type NodeEntry } from '../tests/support/node-entry'
import { startChild } from '../tests/support/child-process'
import { seedTenYears } from './ten-years'

const TARGET_MIB = 150
let dir: string
let entry: NodeEntry

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kis-bench-memory-'))
  const database = await openDatabase(join(dir, 'kis.sqlite'))
  seedTenYears(database.sqlite)
  await database.close()
  entry = await bundleForNode(join(__dirname, 'support/main-memory-child.ts'))
})

afterAll(() => {
  entry?.cleanup()
  rmSync(dir, { recursive: true, force: true })
})

it('keeps the main process under 150 MB for the start screen, participants and the yearly summary', async () => {
  const child = startChild(entry.script, [join(dir, 'kis.sqlite')])
  const { peakMib, steps } = JSON.parse(await child.firstLine) as { peakMib: number; steps: object }
  await child.exited
  expect(peakMib).toBeGreaterThan(0)
  const verdict = peakMib <= TARGET_MIB ? 'ok' : 'OVER'
  const after = Object.entries(steps)
    .map(([step, mib]) => `${step} ${mib}`)
    .join(', ')
  console.log(
    `bench: main peak RSS, 10 years (start + participants + summary): app ${peakMib} MiB / target ${TARGET_MIB} MiB / ratio ${(peakMib / TARGET_MIB).toFixed(2)} (target ≤ 1) ${verdict} · RSS after each step, MiB: ${after}`,
  )
})
