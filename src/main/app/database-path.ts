import { join } from 'node:path'

/** `--db <path>` or `--db=<path>` wins, then KIS_DB, then `<userData>/kis.sqlite`. */
export function resolveDatabasePath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--db' && argv[i + 1]) return argv[i + 1]!
    if (arg.startsWith('--db=') && arg.length > 5) return arg.slice(5)
  }
  if (env.KIS_DB) return env.KIS_DB
  return join(userDataDir, 'kis.sqlite')
}
