// The order of start-up, kept apart from Electron so it can be tested: the window is shown before
// any backup, and the daily backup then runs behind it (its progress is the backup screen's).
export interface StartupSteps<Runtime> {
  openDatabase(): Promise<Runtime>
  registerIpc(runtime: Runtime): void
  /** Resolves once the window is on screen. */
  showWindow(): Promise<void>
  backupIfDue(runtime: Runtime): Promise<unknown>
  logError(message: string, error: unknown): void
}

export interface Started<Runtime> {
  runtime: Runtime
  /** Settles when the daily backup has finished or failed (a failure is logged, never thrown). */
  backupDone: Promise<void>
}

export async function startApp<Runtime>(steps: StartupSteps<Runtime>): Promise<Started<Runtime>> {
  const runtime = await steps.openDatabase()
  steps.registerIpc(runtime)
  await steps.showWindow()
  // Also covers offices where the computer is switched off with the app open (no close backup).
  const backupDone = steps
    .backupIfDue(runtime)
    .then(() => undefined)
    .catch((error: unknown) => steps.logError('Automatyczna kopia przy starcie nie powiodła się', error))
  return { runtime, backupDone }
}
