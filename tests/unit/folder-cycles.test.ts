// Folders under src/main import each other in one direction only: db at the bottom (it knows no
// domain), backup beneath ipc, security beneath platform. A cycle between folders means neither
// can be understood or tested without the other.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const MAIN = resolve(__dirname, '../../src/main')

/** Folder → the folders its (non-test) files import, with one example import each. */
function folderImports(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>()
  for (const entry of readdirSync(MAIN, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue
    const file = join(entry.parentPath, entry.name)
    const from = relative(MAIN, file)
      .split(/[\\/]/)[0]!
      .replace(/\.tsx?$/, '')
    for (const match of readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = relative(MAIN, resolve(dirname(file), match[1]!))
      if (target.startsWith('..')) continue
      const to = target.split(/[\\/]/)[0]!
      if (to === from) continue
      const edges = graph.get(from) ?? new Map<string, string>()
      if (!edges.has(to)) edges.set(to, `${relative(MAIN, file)} → ${match[1]}`)
      graph.set(from, edges)
    }
  }
  return graph
}

/** The folders that reach `start` again through imports, with the path that proves it. */
function cycleThrough(graph: Map<string, Map<string, string>>, start: string): string[] | null {
  const seen = new Set<string>()
  const walk = (folder: string, path: string[]): string[] | null => {
    for (const [next, example] of graph.get(folder) ?? []) {
      if (next === start) return [...path, example]
      if (seen.has(next)) continue
      seen.add(next)
      const found = walk(next, [...path, example])
      if (found) return found
    }
    return null
  }
  return walk(start, [])
}

describe('folder imports under src/main', () => {
  const graph = folderImports()

  it('db imports no other folder of main (migrations, pragmas and file facts stand alone)', () => {
    expect([...(graph.get('db')?.values() ?? [])]).toEqual([])
  })

  it.each(['db', 'backup', 'ipc', 'security', 'platform'])('%s is in no import cycle', (folder) => {
    expect(cycleThrough(graph, folder)).toBeNull()
  })
})
