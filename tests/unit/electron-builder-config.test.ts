// The packaging config as electron-builder itself reads and validates it: fuses that close the
// ways to run the packaged app as plain Node or with injected code, and an ASAR archive.
import { DebugLogger } from 'builder-util/out/DebugLogger'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'

const config = await getConfig(process.cwd(), null, null)

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
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
    // Only the built app and its fonts: no sources, tests or fixtures with sample data.
    expect(config.files).toEqual([{ filter: ['out/**', 'resources/**', 'package.json'] }])
  })
})
