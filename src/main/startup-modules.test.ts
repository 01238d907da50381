// The built main process must not load exceljs or date-holidays at start: each is imported where it is
// first used (an export, an import, a calendar), which keeps the start screen's memory and time down.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const ENTRY = join(__dirname, '..', '..', 'out', 'main', 'index.js')

it('the built main entry loads exceljs and date-holidays only on first use', () => {
  expect(existsSync(ENTRY), 'out/main/index.js is missing: run `npm run build` first').toBe(true)
  const code = readFileSync(ENTRY, 'utf8')
  for (const heavy of ['exceljs', 'date-holidays']) {
    // The CommonJS bundle requires its static imports at the top (`let x = require("…")`).
    expect(code, heavy).not.toContain(`require("${heavy}")`)
    expect(code, heavy).toMatch(new RegExp(`\\bimport\\("${heavy}"\\)`))
  }
})
