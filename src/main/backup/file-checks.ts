// Is this file a good copy of our database? The checks, in order, for a backup just made and for a
// file someone wants to restore. Each refusal names the check that failed, in Polish.
import { createHash } from 'node:crypto'
import { createReadStream, lstatSync, statSync, type Stats } from 'node:fs'
import { basename } from 'node:path'
import { pluralPl } from '@shared/text'
import { formatFileSize } from '@shared/backup.schema'
import { APPLICATION_ID } from '../db/application-id'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { compareSchemas, schemaAt, type SchemaDifference } from '../db/schema-snapshot'
import { holdForCopy, readDatabaseFacts, sqliteCode, type CopyProgress } from '../db/sqlite-files'
import { DomainError } from '../errors'
import { sameFile } from '../platform/user-files'
import {
  describeFileKind,
  expectedSize,
  parseSqliteHeader,
  readFileStart,
  type SqliteHeader,
} from './sqlite-header'

export type FileCheck =
  | 'missing'
  | 'dangling-link'
  | 'directory'
  | 'not-a-file'
  | 'same-file'
  | 'empty'
  | 'unreadable'
  | 'not-sqlite'
  | 'truncated'
  | 'damaged-header'
  | 'wal-pending'
  | 'wal-mode'
  | 'unfinished-save'
  | 'locked'
  | 'foreign-app'
  | 'not-kis'
  | 'no-schema'
  | 'changed-during-copy'
  | 'missing-tables'
  | 'corrupt'
  | 'foreign-keys'
  | 'newer'
  | 'schema-differs'

const UNCHANGED = ' Bieżąca baza nie została zmieniona.'

/** A file that must not become the database, with the check that failed. */
export class RefusedFile extends DomainError {
  constructor(
    readonly check: FileCheck,
    message: string,
  ) {
    super(
      check === 'locked' ? 'CONFLICT' : check === 'missing' ? 'NOT_FOUND' : 'INVALID_INPUT',
      message + UNCHANGED,
    )
    this.name = 'RefusedFile'
  }
}

function refuse(check: FileCheck, message: string): never {
  throw new RefusedFile(check, message)
}

export interface FileShape {
  sizeBytes: number
  modifiedAt: string
  header: SqliteHeader
}

/**
 * What can be told without opening the file with SQLite: that it exists and is a readable file,
 * that it starts like a complete SQLite database, and that no unfinished save sits beside it.
 */
export function checkFileShape(path: string, currentDatabase?: string): FileShape {
  const name = basename(path)
  let link: Stats
  try {
    link = lstatSync(path)
  } catch {
    return refuse(
      'missing',
      `Nie ma pliku „${name}”. Sprawdź, czy nośnik jest podłączony i czy plik nie został przeniesiony.`,
    )
  }
  let stats: Stats
  try {
    stats = statSync(path)
  } catch {
    return refuse(
      link.isSymbolicLink() ? 'dangling-link' : 'unreadable',
      link.isSymbolicLink()
        ? `„${name}” to skrót (dowiązanie) do pliku, którego już nie ma.`
        : `Nie można odczytać pliku „${name}” (brak uprawnień albo plik jest otwarty w innym programie).`,
    )
  }
  if (stats.isDirectory())
    refuse('directory', `„${name}” to folder, a nie plik kopii. Wybierz plik z kopią bazy.`)
  if (!stats.isFile())
    refuse('not-a-file', `„${name}” nie jest zwykłym plikiem (to np. urządzenie albo potok).`)
  if (currentDatabase && sameFile(path, currentDatabase)) {
    refuse(
      'same-file',
      `„${name}” to plik bazy, na której program właśnie pracuje — nie można przywrócić go na nim samym.`,
    )
  }
  if (stats.size === 0) refuse('empty', `Plik „${name}” jest pusty (0 bajtów) — to nie jest kopia bazy.`)
  let start: Buffer
  try {
    start = readFileStart(path)
  } catch {
    return refuse(
      'unreadable',
      `Nie można odczytać pliku „${name}” (brak uprawnień albo plik jest otwarty w innym programie).`,
    )
  }
  const reading = parseSqliteHeader(start)
  if (reading.kind === 'not-sqlite') {
    const kind = describeFileKind(start)
    refuse('not-sqlite', `Plik „${name}” nie jest bazą danych SQLite${kind ? ` — wygląda na ${kind}` : ''}.`)
  }
  if (reading.kind === 'short') {
    refuse(
      'truncated',
      `Plik „${name}” jest obcięty: ma tylko ${formatFileSize(stats.size)}, mniej niż sam nagłówek bazy. To niekompletna kopia.`,
    )
  }
  if (reading.kind === 'damaged') {
    refuse('damaged-header', `Plik „${name}” zaczyna się jak baza SQLite, ale jego nagłówek jest uszkodzony.`)
  }
  const { header } = reading
  const needed = expectedSize(header)
  if (needed !== null ? stats.size < needed : stats.size % header.pageSize !== 0) {
    const wanted =
      needed !== null
        ? `baza zapisana w nagłówku ma ${formatFileSize(needed)}`
        : 'to nie jest pełna liczba stron bazy'
    refuse(
      'truncated',
      `Plik „${name}” jest obcięty: ma ${formatFileSize(stats.size)}, a ${wanted}. To niekompletna kopia (np. przerwane kopiowanie).`,
    )
  }
  if (header.wal) {
    if (nonEmpty(`${path}-wal`)) {
      refuse(
        'wal-pending',
        `Obok pliku „${name}” leży plik „${name}-wal” z niezapisanymi w nim zmianami (tryb WAL), więc sam plik nie zawiera wszystkich danych.`,
      )
    }
    refuse(
      'wal-mode',
      `Plik „${name}” to baza w trybie WAL, którego program KIS nie używa — to nie jest kopia z tego programu.`,
    )
  }
  if (nonEmpty(`${path}-journal`)) {
    refuse(
      'unfinished-save',
      `Obok pliku „${name}” leży plik „${name}-journal”: zapis do tej bazy trwał albo został przerwany, więc sam plik może być niespójny. Wybierz inną kopię albo skopiuj plik, gdy żaden program go nie używa.`,
    )
  }
  return { sizeBytes: stats.size, modifiedAt: stats.mtime.toISOString(), header }
}

function nonEmpty(path: string): boolean {
  try {
    return statSync(path).size > 0
  } catch {
    return false
  }
}

/** Names SQLite's own errors when a file is opened or read; anything else is a bug and goes up. */
function refuseSqliteError(error: unknown, name: string): never {
  const code = sqliteCode(error)
  if (code === undefined) throw error
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    refuse(
      'locked',
      `Plik „${name}” jest zablokowany — inny program właśnie w nim zapisuje. Zamknij ten program i spróbuj ponownie.`,
    )
  }
  if (code === 'SQLITE_NOTADB') {
    refuse('damaged-header', `Plik „${name}” zaczyna się jak baza SQLite, ale jego nagłówek jest uszkodzony.`)
  }
  if (code === 'SQLITE_READONLY_ROLLBACK') {
    refuse(
      'unfinished-save',
      `Zapis do pliku „${name}” został przerwany i nie da się go odczytać bez naprawy.`,
    )
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    refuse('corrupt', `Plik „${name}” jest uszkodzony — nie da się odczytać jego stron.`)
  }
  return refuse('unreadable', `Nie można odczytać pliku „${name}” jako bazy danych.`)
}

function checkIdentity(applicationId: number, userVersion: number, name: string): void {
  if (applicationId === 0) {
    refuse(
      'not-kis',
      `Plik „${name}” jest bazą SQLite, ale nie ma znacznika programu KIS (identyfikator aplikacji 0) — to nie jest kopia z tego programu.`,
    )
  }
  if (applicationId !== APPLICATION_ID) {
    refuse(
      'foreign-app',
      `Plik „${name}” to baza innego programu (identyfikator aplikacji 0x${applicationId.toString(16).padStart(8, '0')}), a nie programu KIS.`,
    )
  }
  if (userVersion === 0) {
    refuse(
      'no-schema',
      `Plik „${name}” ma znacznik programu KIS, ale nie zawiera jego tabel (wersja schematu 0).`,
    )
  }
}

export interface ContentFacts {
  schemaVersion: number
  rowCounts: Record<string, number>
}

/**
 * The checks that need SQLite, on a file nobody else writes (our own fresh copy, or the staging
 * copy of a candidate): our application id, the tables and columns of its version, integrity,
 * foreign keys, a version this program knows, and then the whole schema — tables' SQL, indexes
 * (the unique PESEL and document ones among them), triggers and views — exactly as its version's
 * migrations create it.
 */
export async function checkContent(
  file: string,
  name = basename(file),
  check: 'full' | 'quick' = 'full',
  /** `file` is a copy this program just wrote (a backup, a staging copy), not a file someone picked. */
  ownCopy = false,
): Promise<ContentFacts> {
  let facts: Awaited<ReturnType<typeof readDatabaseFacts>>
  try {
    facts = await readDatabaseFacts(file, check, ownCopy)
  } catch (error) {
    return refuseSqliteError(error, name)
  }
  checkIdentity(facts.applicationId, facts.userVersion, name)
  const expected = await schemaAt(Math.min(facts.userVersion, LATEST_SCHEMA_VERSION))
  const missing: string[] = []
  for (const [table, columns] of Object.entries(expected.columns)) {
    const present = facts.schema.columns[table]
    if (!present) missing.push(table)
    else for (const column of columns) if (!present.includes(column)) missing.push(`${table}.${column}`)
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 6).join(', ') + (missing.length > 6 ? ' …' : '')
    refuse(
      'missing-tables',
      `W pliku „${name}” brakuje tabel lub kolumn programu KIS (${shown}) — to niepełna albo zmieniona baza.`,
    )
  }
  const errors = facts.integrityErrors.length
  if (errors > 0) {
    refuse(
      'corrupt',
      `Plik „${name}” jest uszkodzony: kontrola integralności (${check === 'full' ? 'integrity_check' : 'quick_check'}) wykazała ${errors}${errors >= 100 ? ' lub więcej' : ''} ${pluralPl(errors, 'błąd', 'błędy', 'błędów')}.`,
    )
  }
  if (facts.foreignKeyErrors > 0) {
    const n = facts.foreignKeyErrors
    refuse(
      'foreign-keys',
      `Plik „${name}” jest niespójny: ${n} ${pluralPl(n, 'wpis wskazuje', 'wpisy wskazują', 'wpisów wskazuje')} na nieistniejące rekordy.`,
    )
  }
  if (facts.userVersion > LATEST_SCHEMA_VERSION) {
    refuse(
      'newer',
      `Plik „${name}” pochodzi z nowszej wersji programu (schemat ${facts.userVersion}, ten program zna ${LATEST_SCHEMA_VERSION}). Zaktualizuj program, zanim przywrócisz tę kopię.`,
    )
  }
  const differences = compareSchemas(expected.objects, facts.schema.objects)
  if (differences.length > 0) {
    const shown = differences.slice(0, 4).map(describeDifference).join(', ')
    const rest = differences.length - 4
    const more =
      rest > 0 ? ` i ${rest} ${pluralPl(rest, 'inna różnica', 'inne różnice', 'innych różnic')}` : ''
    refuse(
      'schema-differs',
      `Schemat pliku „${name}” różni się od tego, który program KIS tworzy dla wersji ${facts.userVersion}: ${shown}${more}. To zmieniona baza — program jej nie przywróci.`,
    )
  }
  return { schemaVersion: facts.userVersion, rowCounts: facts.rowCounts }
}

const OBJECT_WORDS: Record<SchemaDifference['type'], { extra: string; missing: string; of: string }> = {
  table: { extra: 'dodatkowa tabela', missing: 'brak tabeli', of: 'tabeli' },
  index: { extra: 'dodatkowy indeks', missing: 'brak indeksu', of: 'indeksu' },
  trigger: { extra: 'dodatkowy wyzwalacz', missing: 'brak wyzwalacza', of: 'wyzwalacza' },
  view: { extra: 'dodatkowy widok', missing: 'brak widoku', of: 'widoku' },
}

function describeDifference({ change, type, name, table }: SchemaDifference): string {
  const words = OBJECT_WORDS[type]
  const what = change === 'changed' ? `inna definicja ${words.of}` : words[change]
  const on = type === 'index' || type === 'trigger' ? ` (tabela ${table})` : ''
  return `${what} „${name}”${on}`
}

export interface CandidateFacts extends ContentFacts, FileShape {}

/**
 * Every check on a file someone picked, in order: the file itself, a lock (a read transaction is
 * held so no SQLite writer commits meanwhile), our application id, then — on a copy in `staging`
 * when one is given, else on the file read-only — tables, integrity and version. The file is never
 * written. A program that writes the file without SQLite's locks (a sync client, a file copy) is
 * caught by comparing its size, time and hash before and after the staging copy.
 */
export async function checkCandidate(
  path: string,
  options: { currentDatabase?: string; staging?: string; onProgress?: CopyProgress } = {},
): Promise<CandidateFacts> {
  const name = basename(path)
  const shape = checkFileShape(path, options.currentDatabase)
  let held: ReturnType<typeof holdForCopy>
  try {
    held = holdForCopy(path)
  } catch (error) {
    return refuseSqliteError(error, name)
  }
  try {
    checkIdentity(held.applicationId, held.userVersion, name)
    if (options.staging) {
      const before = await fingerprint(path)
      await held.copyTo(options.staging, options.onProgress)
      if (!sameFingerprint(before, await fingerprint(path))) {
        refuse(
          'changed-during-copy',
          `Plik „${name}” zmieniał się w trakcie kopiowania (zapisywał go inny program, np. synchronizacja albo kopiowanie plików), więc kopia mogłaby łączyć dwa różne stany. Spróbuj ponownie, gdy nic go nie zmienia.`,
        )
      }
    }
  } catch (error) {
    if (error instanceof RefusedFile) throw error
    return refuseSqliteError(error, name)
  } finally {
    held.close()
  }
  return {
    ...shape,
    ...(await checkContent(options.staging ?? path, name, 'full', options.staging !== undefined)),
  }
}

interface Fingerprint {
  size: number
  modifiedMs: number
  sha256: string
}

async function fingerprint(path: string): Promise<Fingerprint> {
  const stats = statSync(path)
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return { size: stats.size, modifiedMs: stats.mtimeMs, sha256: hash.digest('hex') }
}

function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.size === b.size && a.modifiedMs === b.modifiedMs && a.sha256 === b.sha256
}
