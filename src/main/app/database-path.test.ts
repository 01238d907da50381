import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDatabasePath } from './database-path'

describe('resolveDatabasePath', () => {
  const userData = join('/home', 'ops', 'KIS i PSU')

  it('defaults to kis.sqlite in the user-data folder', () => {
    expect(resolveDatabasePath(['electron', '.'], {}, userData)).toBe(join(userData, 'kis.sqlite'))
  })

  it('takes --db <path> and --db=<path> before KIS_DB', () => {
    expect(resolveDatabasePath(['app', '--db', 'D:/kopie/kis.sqlite'], { KIS_DB: 'x' }, userData)).toBe(
      'D:/kopie/kis.sqlite',
    )
    expect(resolveDatabasePath(['app', '--db=E:/kis.sqlite'], { KIS_DB: 'x' }, userData)).toBe(
      'E:/kis.sqlite',
    )
    expect(resolveDatabasePath(['app'], { KIS_DB: '/tmp/kis.sqlite' }, userData)).toBe('/tmp/kis.sqlite')
  })

  it('ignores a --db without a path', () => {
    expect(resolveDatabasePath(['app', '--db'], {}, userData)).toBe(join(userData, 'kis.sqlite'))
  })
})
