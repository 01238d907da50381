import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      // kysely, zod and n2words ship ESM; bundling them keeps the CommonJS main free of require(esm).
      // better-sqlite3 stays external: it carries a native addon.
      externalizeDeps: { exclude: ['kysely', 'zod', 'n2words'] },
      // Each worker is its own entry, built beside index.js where db/worker-client.ts looks for it.
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'database-facts.worker': resolve(__dirname, 'src/main/db/database-facts.worker.ts'),
          'xlsx.worker': resolve(__dirname, 'src/main/exports/xlsx.worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload can only require('electron'): everything else is bundled, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    build: {
      // Minified, and a manifest of the chunks for `npm run size` (scripts/report-bundle-size.mjs).
      minify: true,
      manifest: true,
    },
  },
})
