// No folder of src/main depends on itself through others: a domain's code can be read, tested and
// moved with only what it imports, never what imports it. db sits at the bottom and knows no domain.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { folderCycles, folderGraph, type FolderGraph } from '../support/import-graph'

const graph = folderGraph(resolve(__dirname, '../../src/main'))

describe('folder cycles in src/main', () => {
  it('finds a cycle, with the imports that close it, in a made-up graph', () => {
    const made: FolderGraph = new Map([
      ['payouts', new Map([['refunds', ['payouts/a.ts → ../refunds/b']]])],
      ['refunds', new Map([['payouts', ['refunds/b.ts → ../payouts/a']]])],
      ['reports', new Map([['payouts', ['reports/c.ts → ../payouts/a']]])],
    ])
    expect(folderCycles(made)).toEqual([
      'payouts ↔ refunds: payouts → refunds (payouts/a.ts → ../refunds/b), refunds → payouts (refunds/b.ts → ../payouts/a)',
    ])
  })

  it('has none', () => {
    expect(folderCycles(graph)).toEqual([])
  })

  it('db imports no other folder of main (migrations, pragmas and file facts stand alone)', () => {
    expect([...(graph.get('db')?.values() ?? [])].flat()).toEqual([])
  })
})
