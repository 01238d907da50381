#!/usr/bin/env node
// `npm run size` (after `npm run build`; also part of `npm run bench`): how much JavaScript the
// renderer loads before the first paint, and in all. Read from the build's own manifest
// (out/renderer/.vite/manifest.json): "initial" is what index.html loads (its module script and the
// chunks it imports, which Vite lists as modulepreload), "start screen" adds the Start section's chunk
// and its imports, "all" is every script in the build, the pdf.js worker included.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const RENDERER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'renderer')
/** The budget for the start screen's JavaScript, gzipped. */
export const INITIAL_BUDGET_BYTES = 500 * 1024
const START_SECTION = 'src/features/start/StartPage.tsx'

/** The manifest keys a chunk pulls in statically, itself included. */
function withImports(manifest, key, into = new Set()) {
  if (into.has(key)) return into
  into.add(key)
  for (const imported of manifest[key]?.imports ?? []) withImports(manifest, imported, into)
  return into
}

function sizeOf(rendererDir, files) {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(join(rendererDir, file))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { files: [...files].sort(), raw, gzip }
}

const isScript = (file) => /\.m?js$/.test(file)

export function measureBundle(rendererDir = RENDERER_DIR) {
  const manifestFile = join(rendererDir, '.vite', 'manifest.json')
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: run \`npm run build\` first.`)
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
  const files = (keys) => new Set([...keys].map((key) => manifest[key].file).filter(isScript))
  const initialKeys = withImports(manifest, entry)
  const startKeys = withImports(manifest, START_SECTION, new Set(initialKeys))
  const everything = new Set(
    Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.assets ?? [])].filter(isScript)),
  )
  return {
    initial: sizeOf(rendererDir, files(initialKeys)),
    startScreen: sizeOf(rendererDir, files(startKeys)),
    all: sizeOf(rendererDir, everything),
    htmlScripts: scriptsNamedInHtml(rendererDir),
  }
}

/** The scripts index.html itself names (module script and modulepreload links), as a cross-check. */
function scriptsNamedInHtml(rendererDir) {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+)"[^>]*>/g)]
  return named
    .map((match) => match[1])
    .filter(isScript)
    .sort()
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

export function formatReport({ initial, startScreen, all }) {
  const line = (label, size) =>
    `bundle: ${label}: ${size.files.length} files, ${kb(size.raw)} raw, ${kb(size.gzip)} gzipped`
  return [
    line('initial JS (index.html + modulepreload)', initial),
    line('start screen JS (initial + Start section)', startScreen),
    line('all JS', all),
    `bundle: start screen budget ${kb(INITIAL_BUDGET_BYTES)} gzipped: ${
      startScreen.gzip <= INITIAL_BUDGET_BYTES ? 'within' : 'OVER'
    }`,
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(formatReport(measureBundle()))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
