// The rooms of src/main as a lint rule (the way VS Code encodes its layering): no folder imports
// another folder's *.repo.ts, and a domain folder imports another domain only through its service
// (*.service.ts) or the index.ts the domain chooses. Infrastructure folders (db, ipc, exports,
// printing, backup, app…) may use a domain's pure helpers, never its repo.
import { dirname, relative, resolve, sep } from 'node:path'

export const DOMAINS = [
  'activities',
  'kontrakty',
  'participants',
  'participations',
  'payouts',
  'psu',
  'refunds',
  'reports',
  'settings',
  'start',
  'timeline',
]

const MAIN = resolve(import.meta.dirname, '../../src/main')

/** The folder under src/main and the module name (without extension) a file or import resolves to. */
function place(file) {
  const rel = relative(MAIN, file)
  if (rel.startsWith('..')) return null
  const parts = rel.split(sep)
  if (parts.length < 2) return null
  return { folder: parts[0], module: parts.at(-1).replace(/\.(ts|tsx|mjs|js)$/, '') }
}

export const domainBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A domain folder is entered through its service, never its repo.' },
    messages: {
      repo: 'Folder {{from}} nie sięga do repozytorium innej domeny ({{target}}) — zapytaj jej serwis (*.service.ts).',
      service:
        'Domena {{from}} korzysta z domeny {{to}} tylko przez jej serwis (*.service.ts) albo index.ts, nie przez {{target}}.',
    },
    schema: [],
  },
  create(context) {
    const from = place(resolve(context.filename))
    if (!from) return {}
    function check(source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return
      const target = place(resolve(dirname(resolve(context.filename)), source.value))
      if (!target || target.folder === from.folder) return
      const data = { from: from.folder, to: target.folder, target: `${target.folder}/${target.module}` }
      if (target.module.endsWith('.repo')) {
        context.report({ node: source, messageId: 'repo', data })
      } else if (
        DOMAINS.includes(from.folder) &&
        DOMAINS.includes(target.folder) &&
        !target.module.endsWith('.service') &&
        target.module !== 'index'
      ) {
        context.report({ node: source, messageId: 'service', data })
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    }
  },
}
