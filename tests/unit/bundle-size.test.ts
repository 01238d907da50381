// The built renderer (npm test builds before the unit tests): the start screen's JavaScript stays
// within its budget, because each section and pdf.js are chunks of their own, loaded when used.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  formatReport,
  INITIAL_BUDGET_BYTES,
  measureBundle,
  RENDERER_DIR,
} from '../../scripts/report-bundle-size.mjs'

describe('renderer bundle', () => {
  const sizes = measureBundle()
  const code = (file: string) => readFileSync(join(RENDERER_DIR, file), 'utf8')

  it('loads at most 500 KB of gzipped JavaScript for the start screen', () => {
    console.log(formatReport(sizes))
    expect(INITIAL_BUDGET_BYTES).toBe(500 * 1024)
    expect(sizes.startScreen.gzip).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES)
    expect(sizes.initial.gzip).toBeLessThan(sizes.startScreen.gzip)
    expect(sizes.startScreen.gzip).toBeLessThan(sizes.all.gzip)
  })

  it('counts as initial exactly the scripts index.html loads', () => {
    expect(sizes.initial.files).toEqual(sizes.htmlScripts)
    expect(sizes.initial.files.length).toBeGreaterThan(0)
  })

  it('keeps pdf.js and the report charts out of the start screen', () => {
    const manifest = JSON.parse(readFileSync(join(RENDERER_DIR, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string }
    >
    const pdfjs = Object.entries(manifest).find(([source]) => source.endsWith('pdfjs-dist/build/pdf.mjs'))
    expect(pdfjs, 'pdf.js is a chunk of its own').toBeDefined()
    expect(sizes.startScreen.files).not.toContain(pdfjs![1].file)
    const withCharts = sizes.all.files.filter((file) => code(file).includes('recharts'))
    expect(withCharts.length).toBeGreaterThan(0)
    expect(withCharts.filter((file) => sizes.startScreen.files.includes(file))).toEqual([])
  })

  it('gives every section its own chunk', () => {
    for (const page of [
      'StartPage',
      'ParticipantsPage',
      'PsuPage',
      'PayoutsPage',
      'ReportsPage',
      'BackupPage',
    ]) {
      expect(sizes.all.files.some((file) => file.startsWith(`assets/${page}-`))).toBe(true)
      expect(sizes.initial.files.some((file) => file.startsWith(`assets/${page}-`))).toBe(false)
    }
  })
})
