// The built app runs its workers from out/main (db/worker-client.ts looks for them beside index.js):
// each must exist after the build and answer a real request.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import ExcelJS from 'exceljs'
import { expect, it } from 'vitest'
import { createTempDatabase } from '../support/temp-database'

async function ask(name: string, call: unknown): Promise<unknown> {
  const file = resolve(`out/main/${name}.js`)
  expect(existsSync(file), 'npm test builds before the unit tests; run `npm run build` first').toBe(true)
  const worker = new Worker(file)
  try {
    return await new Promise<unknown>((done, fail) => {
      worker.once('message', done)
      worker.once('error', fail)
      worker.postMessage({ id: 7, call })
    })
  } finally {
    await worker.terminate()
  }
}

it('the built facts worker answers with the facts of a real database', async () => {
  const temp = await createTempDatabase()
  try {
    const reply = await ask('database-facts.worker', { kind: 'facts', file: temp.file, check: 'full' })
    expect(reply).toMatchObject({ id: 7, ok: true, result: { integrityErrors: [], foreignKeyErrors: 0 } })
  } finally {
    await temp.cleanup()
  }
})

it('the built XLSX worker writes a workbook that reads back', async () => {
  const table = {
    sheetName: 'Lista',
    headers: ['Nazwisko', 'Kwota'],
    kinds: ['text', 'money'],
    widths: [20, 12],
  }
  const reply = (await ask('xlsx.worker', [{ ...table, rows: [['Żółć', 123456]] }])) as { result: Uint8Array }
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(reply.result.slice().buffer)
  const sheet = workbook.getWorksheet('Lista')!
  expect(sheet.getRow(2).values).toEqual([undefined, 'Żółć', 1234.56])
})
