// Lint rules, including where the dangerous modules may be imported:
// the database and ipcMain in main only, ipcRenderer in the preload only, Node nowhere in the renderer;
// and the rooms of src/main: another domain only through its service (scripts/eslint/domain-boundaries.mjs).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { domainBoundaries } from './scripts/eslint/domain-boundaries.mjs'

const msg = {
  db: 'better-sqlite3 i kysely wolno importować tylko w procesie głównym (src/main).',
  sqlite: 'better-sqlite3 otwiera tylko src/main/db — reszta pracuje przez Kysely.',
  ipcMain: 'ipcMain rejestruje kanały tylko w src/main/ipc/register.ts (przez handle).',
  ipcRenderer: 'ipcRenderer jest dostępny tylko w preloadzie (src/preload).',
  node: 'Renderer nie ma dostępu do Node ani Electron — używaj window.api.',
  main: 'Renderer nie importuje kodu procesu głównego — tylko src/shared.',
  modal: 'Okna dialogowe przez components/AppModal (Esc zamyka tylko wierzchnie okno) lub FormModal.',
}

const dbModules = [
  { name: 'better-sqlite3', message: msg.db },
  { name: 'kysely', message: msg.db },
]

const rendererImports = (...extraPaths) => [
  'error',
  {
    paths: [...dbModules, { name: 'electron', message: msg.node }, ...extraPaths],
    patterns: [
      { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: msg.node },
      { group: ['**/main/**', '../../main/*'], message: msg.main },
    ],
  },
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.ci/.node/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports({
        name: '@mantine/core',
        importNames: ['Modal'],
        message: msg.modal,
      }),
    },
  },
  {
    files: ['src/renderer/src/components/AppModal.tsx'],
    rules: { 'no-restricted-imports': rendererImports() },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...dbModules, { name: 'electron', message: 'src/shared jest czysty: bez Electron.' }],
          patterns: [{ group: ['node:*'], message: 'src/shared jest czysty: bez modułów Node.' }],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...dbModules, { name: 'electron', importNames: ['ipcMain'], message: msg.ipcMain }],
          patterns: [{ group: ['node:*'], message: 'Preload w piaskownicy nie ma modułów Node.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/db/**', 'src/main/ipc/register.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: msg.sqlite },
            { name: 'electron', importNames: ['ipcMain'], message: msg.ipcMain },
            { name: 'electron', importNames: ['ipcRenderer'], message: msg.ipcRenderer },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/**/*.test.ts'],
    plugins: { kis: { rules: { 'domain-boundaries': domainBoundaries } } },
    rules: { 'kis/domain-boundaries': 'error' },
  },
  {
    files: ['src/main/db/**/*.ts', 'src/main/ipc/register.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcRenderer'], message: msg.ipcRenderer }] },
      ],
    },
  },
)
