// Types of scripts/ensure-electron.mjs for its test (the script itself runs in plain Node).
export type Mode = 'install' | 'start'
export interface ElectronState {
  packageFound: boolean
  version: string | null
  installed: boolean
}
export type Decision =
  | { action: 'ready' }
  | { action: 'download' }
  | { action: 'note'; message: string }
  | { action: 'fail'; message: string }
type Env = Readonly<Record<string, string | undefined>>

export const DOWNLOAD_TIMEOUT_MS: number
export function platformExecutable(platform: string): string
export function readElectronState(electronDir: string | null, env: Env, platform: string): ElectronState
export function skipRequested(env: Env): boolean
export function decide(mode: Mode, env: Env, state: ElectronState): Decision
export function downloadFailedMessage(details: {
  version: string | null
  platform: string
  arch: string
  cause: string | null
  mode: Mode
}): string
export function runInstaller(
  installScript: string,
  env: Env,
  timeoutMs?: number,
): Promise<{ code: number; cause: string | null }>
export function ensureElectron(
  mode: Mode,
  options?: { env?: Env; electronDir?: string | null },
): Promise<number>
