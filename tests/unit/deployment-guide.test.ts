// The deployment guide says what an office must do because the database file is not encrypted at
// rest, and it names the files the program really writes: a renamed lock file or backup folder, or a
// new default location, must be followed by the guide.
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDatabasePath } from '../../src/main/app/database-path'
import { backupFolderOf, journalPath, lockPath } from '../../src/main/db/data-folder'

const ROOT = join(__dirname, '../..')
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')

describe('docs/deployment.md', () => {
  const guide = read('docs/deployment.md')

  it('is linked from the README', () => {
    expect(read('README.md')).toContain('](docs/deployment.md)')
  })

  it('covers disk encryption, encrypted sticks for backups and Windows accounts', () => {
    for (const topic of [
      'nie jest szyfrowany',
      'BitLocker',
      'BitLocker To Go',
      'manage-bde -status',
      'Konta Windows',
    ])
      expect(guide).toContain(topic)
  })

  it('names the files where the data lives as the program names them', () => {
    const { productName } = JSON.parse(read('package.json')) as { productName: string }
    const file = resolveDatabasePath([], {}, `%APPDATA%\\${productName}`).replaceAll('/', '\\')
    expect(guide).toContain(`\`${file}\``)
    for (const own of [journalPath('kis.sqlite'), lockPath('kis.sqlite')])
      expect(guide).toContain(`\`${own}\``)
    expect(guide).toContain(`\`${basename(backupFolderOf('kis.sqlite'))}\\\``)
  })
})
