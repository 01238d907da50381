// `npm run fixtures:db`: runs scripts/make-db-fixture.ts, which writes the committed fixture databases.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, '../src/shared') } },
  test: {
    root: resolve(__dirname, '..'),
    include: ['scripts/make-db-fixture.ts'],
    environment: 'node',
    silent: false,
  },
})
