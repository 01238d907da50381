// A sandboxed preload must be one CommonJS file needing nothing but 'electron'. Checks the built file.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('built preload', () => {
  it('is CommonJS and requires only electron', () => {
    const file = 'out/preload/index.js'
    expect(existsSync(file), 'npm test builds before the unit tests; run `npm run build` first').toBe(true)
    const code = readFileSync(file, 'utf8')
    const requires = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(requires).toEqual(['electron'])
    expect(code).not.toMatch(/^\s*import\s|^\s*export\s/m)
    expect(code).toContain('exposeInMainWorld')
    expect(code).not.toContain('zod')
  })
})
