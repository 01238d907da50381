// Child processes that run the app's own TypeScript (openDatabase, services) need it compiled: the
// sources use the @shared alias and extensionless imports that plain Node cannot load. Vite bundles
// an entry once per test file into node_modules/.cache, where better-sqlite3 (a native addon, kept
// external) resolves from the project; each child is then a plain, fast `node <bundle>.mjs`.
import { chmodSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(__dirname, '../..')

export interface NodeEntry {
  /** The bundled script, to run with `process.execPath`. */
  script: string
  cleanup(): void
}

export async function bundleForNode(entry: string): Promise<NodeEntry> {
  const cache = join(ROOT, 'node_modules/.cache/kis-test-entries')
  mkdirSync(cache, { recursive: true })
  const outDir = mkdtempSync(join(cache, `${basename(entry, '.ts')}-`))
  // Readable by every account: some tests run the child as another user (permissions are the point).
  chmodSync(outDir, 0o755)
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@shared': join(ROOT, 'src/shared') } },
    ssr: { noExternal: true, external: ['better-sqlite3'] },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node22',
      rolldownOptions: { output: { format: 'esm', entryFileNames: '[name].mjs' } },
    },
  })
  return {
    script: join(outDir, `${basename(entry, '.ts')}.mjs`),
    cleanup: () => rmSync(outDir, { recursive: true, force: true }),
  }
}
