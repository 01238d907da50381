// .github/workflows/release.yml cannot run on the machines here; this reads it as GitHub would
// (YAML) and checks what it promises: both runners, the real Electron, npm test, npm run dist, the
// installers kept, a release from a version tag.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')
const WORKFLOW_FILE = join(ROOT, '.github/workflows/release.yml')

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  needs?: string
  if?: string
  permissions?: Record<string, string>
  strategy?: { matrix: { include: Record<string, string>[] } }
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  env?: Record<string, string>
  jobs: Record<string, Job>
}

const text = readFileSync(WORKFLOW_FILE, 'utf8')
const workflow = parse(text) as Workflow
const packaging = workflow.jobs.package!
const steps = packaging.steps
const matrix = packaging.strategy!.matrix.include

/** The index of the first step whose command starts with `command` (after an optional wrapper). */
function stepRunning(command: string): number {
  const index = steps.findIndex((step) =>
    step.run?.split('\n').some((line) => new RegExp(`(^|\\s)${command}(\\s|$)`).test(line.trim())),
  )
  expect(index, `a step runs \`${command}\``).toBeGreaterThanOrEqual(0)
  return index
}

describe('release workflow', () => {
  it('is valid YAML with jobs', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['package', 'release'])
  })

  it('runs on both a Windows and a Linux runner', () => {
    expect(packaging['runs-on']).toBe('${{ matrix.os }}')
    expect(matrix.map((entry) => entry.os)).toEqual(['windows-latest', 'ubuntu-latest'])
  })

  it('uses Node 22 and installs with npm ci, letting Electron download its binary', () => {
    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'))
    expect(setupNode?.with?.['node-version']).toBe(22)
    stepRunning('npm ci')
    expect(text).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(stepRunning('npm run electron:install')).toBeGreaterThan(stepRunning('npm ci'))
  })

  it('runs npm test with the real Electron, under a display server on Linux', () => {
    const test = steps[stepRunning('npm test')]!
    expect(test.run).toBe('${{ matrix.run-with-display }} npm test')
    const linux = matrix.find((entry) => entry.os === 'ubuntu-latest')!
    const windows = matrix.find((entry) => entry.os === 'windows-latest')!
    expect(linux['run-with-display']).toMatch(/^xvfb-run /)
    expect(windows['run-with-display']).toBe('')
    expect(stepRunning('npm test')).toBeGreaterThan(stepRunning('npm run electron:install'))
  })

  it('gives the Playwright tests a Chromium through CHROMIUM_PATH, which playwright.config.ts reads', () => {
    const chromium = steps[stepRunning('npx playwright install')]!
    expect(chromium.run).toContain('CHROMIUM_PATH=')
    expect(chromium.run).toContain('$GITHUB_ENV')
    expect(readFileSync(join(ROOT, 'playwright.config.ts'), 'utf8')).toContain('process.env.CHROMIUM_PATH')
    expect(stepRunning('npx playwright install')).toBeLessThan(stepRunning('npm test'))
  })

  it('builds the installers with npm run dist after the tests, and keeps them as artifacts', () => {
    const dist = stepRunning('npm run dist')
    expect(dist).toBeGreaterThan(stepRunning('npm test'))
    expect(steps[dist]!.run).toContain('--publish never')
    const upload = steps.findIndex((step, i) => i > dist && step.uses?.startsWith('actions/upload-artifact@'))
    expect(upload).toBeGreaterThan(dist)
    expect(steps[upload]!.with).toMatchObject({
      path: '${{ matrix.installer }}',
      'if-no-files-found': 'error',
    })
    expect(Object.fromEntries(matrix.map((entry) => [entry.os, entry.installer]))).toEqual({
      'windows-latest': 'dist/*.exe',
      'ubuntu-latest': 'dist/*.AppImage',
    })
  })

  it('publishes a GitHub release from a version tag once both installers are built', () => {
    expect(workflow.on.push).toMatchObject({ tags: ['v*'] })
    const release = workflow.jobs.release!
    expect(release.needs).toBe('package')
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')")
    expect(release.permissions).toEqual({ contents: 'write' })
    expect(release.steps.some((step) => step.run?.startsWith('gh release create'))).toBe(true)
    // A tag that does not match package.json stops before anything is built.
    const tagCheck = steps.findIndex((step) => step.run?.includes('GITHUB_REF_NAME'))
    expect(tagCheck).toBeGreaterThanOrEqual(0)
    expect(tagCheck).toBeLessThan(stepRunning('npm ci'))
  })
})
