import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { reusingStatements } from './statement-cache'

let sqlite: SQLite.Database

beforeEach(() => {
  sqlite = new SQLite(':memory:')
})
afterEach(() => {
  if (sqlite.open) sqlite.close()
})

it('hands out the prepared statement again for the same text, and forgets the least recently used', () => {
  const db = reusingStatements(sqlite, 2)
  const one = db.prepare('SELECT 1')
  expect(db.prepare('SELECT 1')).toBe(one)
  const two = db.prepare('SELECT 2')
  expect(db.prepare('SELECT 1')).toBe(one)
  db.prepare('SELECT 3') // the third: SELECT 2 was used least recently
  expect(db.prepare('SELECT 1')).toBe(one)
  expect(db.prepare('SELECT 2')).not.toBe(two)
})

it('runs a kept statement again after the schema changed under it', () => {
  const db = reusingStatements(sqlite)
  sqlite.exec('CREATE TABLE t (a INTEGER)')
  db.prepare('INSERT INTO t VALUES (?)').run([1])
  sqlite.exec('CREATE INDEX t_a ON t (a)')
  db.prepare('INSERT INTO t VALUES (?)').run([2])
  expect(db.prepare('SELECT count(*) AS n FROM t').all([])).toEqual([{ n: 2 }])
  db.close()
  expect(sqlite.open).toBe(false)
})
