// The lint rules that keep the database and IPC where they belong actually fire.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

async function boundaryBreaks(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'kis/domain-boundaries').map((m) => m.message)
}

// The first lint loads typescript-eslint: seconds on a busy machine.
describe('import boundaries', { timeout: 30_000 }, () => {
  it('refuses the database and Node in the renderer', async () => {
    const file = 'src/renderer/src/features/x/Example.tsx'
    expect(
      await restrictedImports(file, "import Database from 'better-sqlite3'\nvoid Database\n"),
    ).toHaveLength(1)
    expect(await restrictedImports(file, "import { sql } from 'kysely'\nvoid sql\n")).toHaveLength(1)
    expect(
      await restrictedImports(file, "import { readFileSync } from 'node:fs'\nvoid readFileSync\n"),
    ).toHaveLength(1)
    expect(
      await restrictedImports(file, "import { ipcRenderer } from 'electron'\nvoid ipcRenderer\n"),
    ).toHaveLength(1)
  })

  it('allows ipcMain only in the IPC registration and ipcRenderer only in the preload', async () => {
    const useIpcMain = "import { ipcMain } from 'electron'\nvoid ipcMain\n"
    const useIpcRenderer = "import { ipcRenderer } from 'electron'\nvoid ipcRenderer\n"
    expect(await restrictedImports('src/main/ipc/register.ts', useIpcMain)).toHaveLength(0)
    expect(await restrictedImports('src/main/participants/example.service.ts', useIpcMain)).toHaveLength(1)
    expect(await restrictedImports('src/preload/index.ts', useIpcMain)).toHaveLength(1)
    expect(await restrictedImports('src/preload/index.ts', useIpcRenderer)).toHaveLength(0)
    expect(await restrictedImports('src/main/participants/example.service.ts', useIpcRenderer)).toHaveLength(
      1,
    )
  })

  it('opens better-sqlite3 only in src/main/db and keeps src/shared pure', async () => {
    const useSqlite = "import Database from 'better-sqlite3'\nvoid Database\n"
    expect(await restrictedImports('src/main/db/connection.ts', useSqlite)).toHaveLength(0)
    expect(await restrictedImports('src/main/participants/participants.repo.ts', useSqlite)).toHaveLength(1)
    expect(
      await restrictedImports('src/shared/example.ts', "import { sql } from 'kysely'\nvoid sql\n"),
    ).toHaveLength(1)
    expect(
      await restrictedImports('src/shared/example.ts', "import { app } from 'electron'\nvoid app\n"),
    ).toHaveLength(1)
  })

  it('lets a domain reach another only through its service, and nobody reach another folder’s repo', async () => {
    const refunds = 'src/main/refunds/refunds.service.ts'
    const use = (from: string) => `import * as x from '${from}'\nvoid x\n`
    expect(await boundaryBreaks(refunds, use('../payouts/payouts.repo'))).toEqual([
      expect.stringContaining('repozytorium innej domeny (payouts/payouts.repo)'),
    ])
    expect(await boundaryBreaks(refunds, use('../payouts/month-close'))).toEqual([
      expect.stringContaining('tylko przez jej serwis'),
    ])
    expect(await boundaryBreaks(refunds, use('../payouts/payouts.service'))).toEqual([])
    expect(await boundaryBreaks(refunds, use('./refunds.repo'))).toEqual([])
    expect(await boundaryBreaks(refunds, use('../db/schema'))).toEqual([])
    // Infrastructure may use a domain's pure helpers, but its repo is closed to everyone.
    const exporter = 'src/main/exports/payout-tables.ts'
    expect(await boundaryBreaks(exporter, use('../payouts/amount-in-words'))).toEqual([])
    expect(await boundaryBreaks(exporter, use('../payouts/payouts.repo'))).toHaveLength(1)
    expect(await boundaryBreaks('src/main/ipc/payouts.ipc.ts', use('../refunds/refunds.repo'))).toHaveLength(
      1,
    )
    expect(await boundaryBreaks(refunds, "export { nextSeq } from '../payouts/payouts.repo'\n")).toHaveLength(
      1,
    )
  })
})
