import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { addParticipant } from '../../../tests/support/backup-data'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createTestPlatform } from '../../../tests/support/test-platform'
import { createBackupService } from '../backup/backup.service'
import { swapGateFor } from '../backup/swap-gate'
import type { AppRuntime } from '../ipc/handlers'
import { startApp, type StartupSteps } from './startup'

/** Steps that record their order; the backup waits until the test lets it finish. */
function recordingSteps(backup: () => Promise<unknown>) {
  const order: string[] = []
  const errors: string[] = []
  const steps: StartupSteps<string> = {
    openDatabase: async () => (order.push('baza'), 'runtime'),
    registerIpc: () => void order.push('ipc'),
    showWindow: async () => void order.push('okno'),
    backupIfDue: async () => (order.push('kopia'), backup()),
    logError: (message) => void errors.push(message),
  }
  return { order, errors, steps }
}

describe('start-up order (issue 16: the first window shows before any backup)', () => {
  it('opens the database, registers IPC and shows the window before the daily backup starts', async () => {
    let finishBackup!: () => void
    const { order, steps } = recordingSteps(() => new Promise<void>((resolve) => (finishBackup = resolve)))
    const started = await startApp(steps)
    // startApp has returned while the backup is still running: the window is not waiting for it.
    expect(order).toEqual(['baza', 'ipc', 'okno', 'kopia'])
    let done = false
    void started.backupDone.then(() => (done = true))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(done).toBe(false)
    finishBackup()
    await started.backupDone
    expect(done).toBe(true)
  })

  it('logs a failed daily backup in Polish and keeps the app running', async () => {
    const { errors, steps } = recordingSteps(() => Promise.reject(new Error('dysk pełny')))
    const started = await startApp(steps)
    await started.backupDone
    expect(errors).toEqual(['Automatyczna kopia przy starcie nie powiodła się'])
    expect(started.runtime).toBe('runtime')
  })

  it('does not start a backup when the database cannot be opened', async () => {
    const { order, steps } = recordingSteps(async () => undefined)
    steps.openDatabase = () => Promise.reject(new Error('Baza jest uszkodzona'))
    await expect(startApp(steps)).rejects.toThrow('Baza jest uszkodzona')
    expect(order).toEqual([])
  })
})

describe('the daily backup behind the open window', () => {
  let temp: TempDatabase | null = null
  afterEach(async () => {
    if (temp?.database.sqlite.open) await temp.database.close()
    if (temp) rmSync(temp.dir, { recursive: true, force: true })
    temp = null
  })

  it('is admitted like a call: a restore or closing waits until the copy is finished and verified', async () => {
    temp = await createTempDatabase()
    const platform = createTestPlatform(undefined as never, temp.dir)
    const runtime: AppRuntime = { database: temp.database, appVersion: 'test', platform }
    for (let i = 0; i < 50; i++) await addParticipant(runtime.database.db, `Nazwisko${i}`)
    const backups = createBackupService(runtime, platform)
    const daily = backups.backupIfDueWhileOpen()
    // What a restore does first: shut the gate, wait for the calls in flight, then swap.
    const seenBySwap = await swapGateFor(runtime).exclusive(async () => backups.list())
    expect(seenBySwap).toEqual([expect.objectContaining({ kind: 'automatyczna', verified: true })])
    expect(await daily).toMatchObject({ kind: 'automatyczna', verified: true })
  })
})
