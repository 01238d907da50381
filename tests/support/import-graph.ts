// The import graph of src/main folded to folders, read with the TypeScript compiler's own import
// scanner (static, type-only, re-exports and dynamic imports alike), and its cycles.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

/** from folder → to folder → the imports that make the edge ("payouts/x.ts → ../refunds/y"). */
export type FolderGraph = Map<string, Map<string, string[]>>

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** A folder directly under the root, or the file's own name for files at the root (index.ts). */
function folderOf(root: string, file: string): string | null {
  const rel = relative(root, file)
  if (rel.startsWith('..')) return null
  const parts = rel.split(sep)
  return parts.length === 1 ? parts[0]!.replace(/\.tsx?$/, '') : parts[0]!
}

export function folderGraph(root: string): FolderGraph {
  const graph: FolderGraph = new Map()
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file)!
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    for (const { fileName: spec } of importedFiles) {
      if (!spec.startsWith('.')) continue
      const to = folderOf(root, resolve(dirname(file), spec))
      if (to === null || to === from) continue
      const edges = graph.get(from) ?? new Map<string, string[]>()
      edges.set(to, [...(edges.get(to) ?? []), `${relative(root, file)} → ${spec}`])
      graph.set(from, edges)
    }
  }
  return graph
}

/**
 * The folder cycles (strongly connected sets of two or more folders, Tarjan), each with the imports
 * that close it.
 */
export function folderCycles(graph: FolderGraph): string[] {
  const edges = (from: string) => [...(graph.get(from)?.keys() ?? [])]
  const nodes = [...new Set([...graph.keys(), ...[...graph.values()].flatMap((m) => [...m.keys()])])].sort()
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[] = []
  const visit = (v: string) => {
    index.set(v, index.size)
    low.set(v, index.get(v)!)
    stack.push(v)
    onStack.add(v)
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const members: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      members.push(w)
    } while (w !== v)
    if (members.length < 2) return
    const inside = members
      .sort()
      .flatMap((from) =>
        edges(from)
          .filter((to) => members.includes(to))
          .map((to) => [from, to] as const),
      )
      .map(([from, to]) => `${from} → ${to} (${graph.get(from)!.get(to)!.join('; ')})`)
    cycles.push(`${members.join(' ↔ ')}: ${inside.join(', ')}`)
  }
  for (const v of nodes) if (!index.has(v)) visit(v)
  return cycles
}
