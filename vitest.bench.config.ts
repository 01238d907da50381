import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run bench`: speed figures printed on real databases, kept out of `npm test`.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  test: { include: ['bench/**/*.bench.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 300_000 },
})
