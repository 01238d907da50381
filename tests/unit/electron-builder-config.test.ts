// The packaging config as electron-builder itself reads and validates it: fuses that close the
// ways to run the packaged app as plain Node or with injected code, an ASAR archive with the native
// addon beside it, a per-user Polish installer that never holds the database, and an AppImage.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DebugLogger } from 'builder-util/out/DebugLogger'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'
import { resolveDatabasePath } from '../../src/main/app/database-path'

const ROOT = join(__dirname, '../..')
const config = await getConfig(ROOT, null, null)
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  productName: string
  scripts: Record<string, string>
  dependencies: Record<string, string>
}

describe('electron-builder configuration', () => {
  // The schema check compiles electron-builder's whole JSON schema first: seconds on a loaded machine.
  it('passes electron-builder’s own schema', { timeout: 60_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs the app into app.asar, unpacking only native addons', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toEqual(['**/*.node'])
    // Only the built app and its fonts: no sources, tests or fixtures with sample data; and of
    // better-sqlite3 not its C sources.
    expect(config.files).toEqual([
      {
        filter: [
          'out/**',
          'resources/**',
          'package.json',
          '!**/node_modules/better-sqlite3/{deps,src,build}/**',
          '!**/node_modules/better-sqlite3/binding.gyp',
        ],
      },
    ])
  })

  it('never rebuilds native modules: better-sqlite3’s Node-API prebuilds load in Electron as they are', () => {
    expect(config.npmRebuild).toBe(false)
    expect(config.nodeGypRebuild).toBe(false)
    const prebuilds = join(ROOT, 'node_modules/better-sqlite3/prebuilds')
    // The packaged app loads node_modules/better-sqlite3/prebuilds/<platform>-<arch>.node from
    // app.asar.unpacked: both installer platforms must find theirs.
    expect(readdirSync(prebuilds)).toEqual(expect.arrayContaining(['win32-x64.node', 'linux-x64.node']))
    expect(config.win?.files).toEqual([
      '!**/node_modules/better-sqlite3/prebuilds/{darwin,linux,linuxmusl}-*.node',
    ])
    expect(config.linux?.files).toEqual(['!**/node_modules/better-sqlite3/prebuilds/{darwin,win32}-*.node'])
  })

  it('builds a per-user NSIS installer in Polish with the app’s icon and shortcut name', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.win?.icon).toBe('build/icon.ico')
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      installerLanguages: ['pl_PL'],
      language: '1045',
      shortcutName: 'KIS i PSU',
      installerIcon: 'build/icon.ico',
      uninstallerIcon: 'build/icon.ico',
    })
    expect(config.nsis?.artifactName).toContain('${version}')
    expect(existsSync(join(ROOT, 'build/icon.ico'))).toBe(true)
    expect(config.productName).toBe(pkg.productName)
  })

  it('keeps the database out of the install folder, and the uninstaller leaves it', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
    // The app's own default: the user-data folder, not anything beside the executable.
    const userData = 'C:\\Users\\koordynator\\AppData\\Roaming\\KIS i PSU'
    const installDir = 'C:\\Users\\koordynator\\AppData\\Local\\Programs\\kis-psu'
    const dbPath = resolveDatabasePath(['KIS i PSU.exe'], {}, userData)
    expect(dbPath.startsWith(userData)).toBe(true)
    expect(dbPath.startsWith(installDir)).toBe(false)
    // Nothing is copied beside the executable either (no sample database, no extra files).
    expect(config.extraFiles).toBeUndefined()
    expect(config.extraResources).toBeUndefined()
  })

  it('builds an AppImage for Linux as the second target, with the 512 px icon', () => {
    expect(config.linux?.target).toEqual([{ target: 'AppImage', arch: ['x64'] }])
    expect(config.linux?.icon).toBe('build/icon.png')
    expect(config.appImage?.artifactName).toContain('${version}')
    expect(existsSync(join(ROOT, 'build/icon.png'))).toBe(true)
  })
})

describe('what the installer carries', () => {
  /** Package names the main process and the shared rules import (bundled or loaded at run time). */
  function mainProcessPackages(): string[] {
    const names = new Set<string>()
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) visit(path)
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          for (const [, spec] of readFileSync(path, 'utf8').matchAll(/from '([^'.][^']*)'/g)) {
            if (spec!.startsWith('node:') || spec!.startsWith('@shared/') || spec === 'electron') continue
            names.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!)
          }
        }
      }
    }
    for (const dir of ['src/main', 'src/shared']) visit(join(ROOT, dir))
    return [...names].sort()
  }

  it('dependencies are exactly what main imports: the renderer’s libraries are bundled, so devDependencies', () => {
    // electron-builder copies every dependency into app.asar; a renderer-only one there is dead weight.
    const imported = mainProcessPackages()
    expect(imported.length).toBeGreaterThan(3)
    expect(Object.keys(pkg.dependencies).sort(), `main imports: ${imported.join(', ')}`).toEqual(imported)
  })

  it('npm run dist fetches Electron first, so a missing binary stops it with a clear message', () => {
    expect(pkg.scripts.predist).toBe('node scripts/ensure-electron.mjs start')
    expect(pkg.scripts.prestart).toBe(pkg.scripts.predist)
    expect(pkg.scripts.predev).toBe(pkg.scripts.predist)
    expect(pkg.scripts.postinstall).toBe('node scripts/ensure-electron.mjs install')
    expect(existsSync(join(ROOT, 'scripts/ensure-electron.mjs'))).toBe(true)
  })
})
