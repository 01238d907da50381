#!/usr/bin/env node
// Electron 42+ no longer downloads its binary when npm installs it, and electron-vite only reads
// node_modules/electron/path.txt (else "Electron uninstall"). This runs Electron's own installer
// (node_modules/electron/install.js, idempotent) after `npm install` and before `npm start`, `npm run dev`
// and `npm run dist`. After an install it only warns; before a start it stops within seconds with what
// to do. ELECTRON_SKIP_BINARY_DOWNLOAD=1 (machines without Electron: the tests run in Chromium) is honoured.
//
//   node scripts/ensure-electron.mjs install   # postinstall: never fails npm install / npm ci
//   node scripts/ensure-electron.mjs start     # prestart, predev, predist: exits 1 without a binary
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** A stalled download gives up after this long; a failing one (no network, 404) fails at once. */
export const DOWNLOAD_TIMEOUT_MS = 10 * 60_000

/** The executable's path inside node_modules/electron/dist, as Electron's installer writes it to path.txt. */
export function platformExecutable(platform) {
  if (platform === 'win32') return 'electron.exe'
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  return 'electron'
}

/** What is installed: the electron package (absent after `npm ci --omit=dev`) and its binary. */
export function readElectronState(electronDir, env, platform) {
  if (!electronDir || !existsSync(join(electronDir, 'package.json'))) {
    return { packageFound: false, version: null, installed: false }
  }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
  // electron-vite runs ELECTRON_EXEC_PATH when it is set: an Electron kept elsewhere counts.
  if (env.ELECTRON_EXEC_PATH)
    return { packageFound: true, version, installed: existsSync(env.ELECTRON_EXEC_PATH) }
  const executable = platformExecutable(env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform)
  const installed =
    readText(join(electronDir, 'dist', 'version'))?.replace(/^v/, '') === version &&
    readText(join(electronDir, 'path.txt')) === executable &&
    existsSync(join(electronDir, 'dist', executable))
  return { packageFound: true, version, installed }
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return null
  }
}

export function skipRequested(env) {
  return Boolean(env.ELECTRON_SKIP_BINARY_DOWNLOAD)
}

/** 'ready', 'download', or what to say instead: a note (install goes on) or a failure (start stops). */
export function decide(mode, env, state) {
  if (!state.packageFound) {
    return mode === 'install' ? { action: 'ready' } : { action: 'fail', message: packageMissingMessage() }
  }
  if (state.installed) return { action: 'ready' }
  if (skipRequested(env)) {
    return mode === 'install'
      ? { action: 'note', message: skipNote(state.version) }
      : { action: 'fail', message: skippedMessage(state.version) }
  }
  return { action: 'download' }
}

function packageMissingMessage() {
  return [
    'The electron package is not installed (node_modules/electron is missing): run `npm install` first.',
    'Pakiet electron nie jest zainstalowany (brak node_modules/electron): najpierw uruchom `npm install`.',
  ].join('\n')
}

function skipNote(version) {
  return (
    `Electron ${version}: binary not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set). ` +
    'Tests run in Chromium; `npm start` needs the binary.'
  )
}

function skippedMessage(version) {
  return [
    `The Electron ${version} binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded.`,
    `Program Electron ${version} nie jest zainstalowany, a ustawione ELECTRON_SKIP_BINARY_DOWNLOAD wyłącza jego pobieranie.`,
    '',
    'To download it, clear the variable and run again / Aby go pobrać, usuń zmienną i uruchom ponownie:',
    '  ELECTRON_SKIP_BINARY_DOWNLOAD= npm start        (PowerShell: Remove-Item Env:ELECTRON_SKIP_BINARY_DOWNLOAD)',
  ].join('\n')
}

/** The message of a failed download, in English and Polish, with the ways forward. */
export function downloadFailedMessage({ version, platform, arch, cause, mode }) {
  const target = `${platform}-${arch}`
  const lines = [
    `The Electron ${version} binary (${target}) could not be downloaded.`,
    `Nie udało się pobrać programu Electron ${version} (${target}).`,
    `Cause / Przyczyna: ${describeCause(cause)}`,
    '',
    'How to proceed / Co zrobić:',
    '  - check the internet connection and retry / sprawdź połączenie i spróbuj ponownie:',
    '      npm run electron:install',
    '  - behind a proxy / przez serwer proxy: set HTTPS_PROXY=http://proxy:port and ELECTRON_GET_USE_PROXY=1',
    '  - from a mirror / z serwera lustrzanego: ELECTRON_MIRROR=https://<mirror>/electron/',
    '      (the mirror must hold v' + version + `/electron-v${version}-${target}.zip)`,
    '  - offline / bez sieci: copy the download cache from a machine that has it',
    '      (Windows: %LOCALAPPDATA%\\electron\\Cache, Linux: ~/.cache/electron, also read by `npm run dist`)',
    '      or set electron_config_cache=<folder> to a copy of it',
  ]
  if (mode === 'install') {
    lines.push('', 'npm install finished anyway; `npm start` tries the download again.')
  }
  return lines.join('\n')
}

function describeCause(cause) {
  if (!cause) return 'unknown / nieznana'
  // Node's fetch says only this when the server cannot be reached at all (no network, DNS, firewall).
  if (cause.includes('fetch failed'))
    return `no connection to the download server / brak połączenia (${cause})`
  return cause
}

/**
 * Runs Electron's installer; resolves with its exit code and the first line of its error output
 * (its stack trace would bury the message that says what to do).
 */
export function runInstaller(installScript, env, timeoutMs = DOWNLOAD_TIMEOUT_MS) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installScript], { env, stdio: ['ignore', 'inherit', 'pipe'] })
    let errorOutput = ''
    child.stderr.on('data', (chunk) => (errorOutput += chunk))
    const timer = setTimeout(() => {
      errorOutput = `no answer within ${timeoutMs / 1000} s\n${errorOutput}`
      child.kill()
    }, timeoutMs)
    const finish = (code, cause) => {
      clearTimeout(timer)
      resolve({ code, cause: cause ?? firstLine(errorOutput) })
    }
    child.on('error', (error) => finish(1, error.message))
    child.on('close', (code) => finish(code ?? 1))
  })
}

function firstLine(text) {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? null
  )
}

function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
}

/** The whole step; returns the process exit code. */
export async function ensureElectron(mode, { env = process.env, electronDir = electronPackageDir() } = {}) {
  const state = readElectronState(electronDir, env, process.platform)
  const decision = decide(mode, env, state)
  if (decision.action === 'ready') return 0
  if (decision.action === 'note') {
    console.log(decision.message)
    return 0
  }
  if (decision.action === 'fail') {
    console.error(`\n${decision.message}\n`)
    return 1
  }
  console.log(
    `Electron ${state.version}: downloading the binary (over 100 MB, once; kept in node_modules/electron/dist)…`,
  )
  const result = await runInstaller(join(electronDir, 'install.js'), env)
  if (result.code === 0 && readElectronState(electronDir, env, process.platform).installed) return 0
  const arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform
  const message = downloadFailedMessage({ version: state.version, platform, arch, cause: result.cause, mode })
  console.error(`\n${message}\n`)
  return mode === 'install' ? 0 : 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const mode = process.argv[2]
  if (mode !== 'install' && mode !== 'start') {
    console.error('usage: node scripts/ensure-electron.mjs install|start')
    process.exit(2)
  }
  // An unexpected error must not fail `npm install` either.
  ensureElectron(mode).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`ensure-electron: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(mode === 'install' ? 0 : 1)
    },
  )
}
