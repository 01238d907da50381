// The repository stands alone: the README and docs/ link only to files inside it, and the README
// still opens with the three commands a newcomer runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`)]

describe('README and docs/', () => {
  it('has the domain, architecture and release documents', () => {
    expect(DOCS).toEqual(
      expect.arrayContaining(['docs/domain.md', 'docs/architecture.md', 'docs/releasing.md']),
    )
  })

  it.each(DOCS)('%s links only to files that exist inside the repository', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8')
    expect(text).not.toMatch(/\.\.\/shared|\/work\//)
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue
      const file = resolve(dirname(join(ROOT, doc)), target!)
      expect(relative(ROOT, file).startsWith('..'), `${doc} → ${target}`).toBe(false)
      expect(existsSync(file), `${doc} → ${target}`).toBe(true)
    }
  })

  it('the README starts with npm install, npm start and npm test', () => {
    const block = /```bash\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!
    expect(
      block
        .split('\n')
        .map((line) => line.split(/\s+/).slice(0, 2).join(' '))
        .slice(0, 3),
    ).toEqual(['npm install', 'npm start', 'npm test'])
  })
})
