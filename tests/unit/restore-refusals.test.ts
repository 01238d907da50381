// Every kind of bad file a coordinator might pick for a restore is refused with a Polish message
// naming the failed check, and the current database stays byte-identical (sha256).
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackupService } from '../../src/main/backup/backup.service'
import { checkCandidate, RefusedFile, type FileCheck } from '../../src/main/backup/file-checks'
import { APPLICATION_ID, openDatabase } from '../../src/main/db/connection'
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations'
import { createAppDispatch, type AppRuntime } from '../../src/main/ipc/handlers'
import type { Dispatch } from '../../src/main/ipc/handle'
import { addParticipant } from '../support/backup-data'
import { looksPolish } from '../support/polish'
import {
  createTempDatabase,
  createTempDir,
  sha256OfFile,
  type TempDatabase,
  type TempDir,
} from '../support/temp-database'
import { createTestPlatform, type TestPlatform } from '../support/test-platform'

let current: TempDatabase
let files: TempDir
let runtime: AppRuntime
let platform: TestPlatform
let dispatch: Dispatch
let template: string
const held: SQLite.Database[] = []

/** A good KIS database with a few participants, to be damaged in different ways. */
async function makeTemplate(path: string): Promise<void> {
  const database = await openDatabase(path)
  for (let i = 0; i < 60; i++) await addParticipant(database.db, `Wzorcowa${i}`)
  await database.close()
}

function copyOfTemplate(name: string, change?: (sqlite: SQLite.Database) => void): string {
  const path = join(files.dir, name)
  copyFileSync(template, path)
  if (change) {
    const sqlite = new SQLite(path)
    change(sqlite)
    sqlite.close()
  }
  return path
}

function writeFile(name: string, content: string | Buffer): string {
  const path = join(files.dir, name)
  writeFileSync(path, content)
  return path
}

function rootPage(path: string, table: string): number {
  const sqlite = new SQLite(path, { readonly: true })
  try {
    return sqlite.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number
  } finally {
    sqlite.close()
  }
}

/** A copy of the file and its journal taken in the middle of a transaction. */
function copyMidTransaction(name: string): string {
  const source = copyOfTemplate(`${name}.zrodlo`)
  const path = join(files.dir, name)
  const sqlite = new SQLite(source)
  sqlite.pragma('journal_mode = DELETE')
  sqlite.pragma('cache_size = 1')
  sqlite.exec('BEGIN')
  sqlite.exec("UPDATE participants SET notes = 'zmiana w toku' || id")
  copyFileSync(source, path)
  copyFileSync(`${source}-journal`, `${path}-journal`)
  sqlite.exec('ROLLBACK')
  sqlite.close()
  return path
}

type Case = { kind: string; check: FileCheck; message: RegExp; make: () => string }

const CASES: Case[] = [
  {
    kind: 'empty file',
    check: 'empty',
    message: /jest pusty \(0 bajtów\)/,
    make: () => writeFile('pusty.sqlite', ''),
  },
  {
    kind: 'text file (CSV)',
    check: 'not-sqlite',
    message: /nie jest bazą danych SQLite — wygląda na plik tekstowy/,
    make: () => writeFile('lista.csv', 'Nazwisko;Imię;PESEL\nKowalska;Anna;81031412345\n'),
  },
  {
    kind: 'PNG image',
    check: 'not-sqlite',
    message: /wygląda na obraz PNG/,
    make: () =>
      writeFile('skan.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108', 'hex')),
  },
  {
    kind: 'PDF document',
    check: 'not-sqlite',
    message: /wygląda na dokument PDF/,
    make: () => writeFile('kontrakt.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
  },
  {
    kind: 'XLSX workbook (ZIP)',
    check: 'not-sqlite',
    message: /wygląda na archiwum ZIP albo dokument Office/,
    make: () =>
      writeFile('lista.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)])),
  },
  {
    kind: 'random bytes',
    check: 'not-sqlite',
    message: /nie jest bazą danych SQLite\./,
    make: () =>
      writeFile('losowe.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))),
  },
  {
    kind: 'huge non-SQLite file (2 GB, sparse zeros)',
    check: 'not-sqlite',
    message: /wygląda na plik wypełniony zerami/,
    make: () => {
      const path = writeFile('ogromny.sqlite', '')
      truncateSync(path, 2 * 1024 ** 3)
      return path
    },
  },
  {
    kind: 'only the SQLite magic string',
    check: 'truncated',
    message: /jest obcięty: ma tylko 16 B/,
    make: () => writeFile('sam-naglowek.sqlite', 'SQLite format 3\0'),
  },
  {
    kind: 'truncated SQLite (first half of a KIS database)',
    check: 'truncated',
    message: /jest obcięty: .*baza zapisana w nagłówku ma/,
    make: () => {
      const bytes = readFileSync(template)
      return writeFile('polowa.sqlite', bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096))
    },
  },
  {
    kind: 'SQLite header followed by garbage',
    check: 'damaged-header',
    message: /zaczyna się jak baza SQLite, ale jego nagłówek jest uszkodzony/,
    make: () => {
      const garbage = Buffer.alloc(8192, 0xab)
      Buffer.from('SQLite format 3\0', 'latin1').copy(garbage)
      return writeFile('smieci.sqlite', garbage)
    },
  },
  {
    kind: 'impossible page size in the header',
    check: 'damaged-header',
    message: /nagłówek jest uszkodzony/,
    make: () => {
      const bytes = readFileSync(template)
      bytes.writeUInt16BE(1000, 16)
      return writeFile('strona-1000.sqlite', bytes)
    },
  },
  {
    kind: 'page-corrupted copy (a b-tree page overwritten)',
    check: 'corrupt',
    message: /jest uszkodzony/,
    make: () => {
      const bytes = readFileSync(template)
      const page = rootPage(template, 'participants')
      bytes.fill(0x5a, (page - 1) * 4096 + 8, page * 4096 - 100)
      return writeFile('uszkodzona-strona.sqlite', bytes)
    },
  },
  {
    kind: 'right application id but failing integrity_check (index out of step with its table)',
    check: 'corrupt',
    message: /kontrola integralności \(integrity_check\) wykazała \d+/,
    make: () =>
      copyOfTemplate('zly-indeks.sqlite', (sqlite) => {
        // Defensive mode forbids editing the schema table; this test needs exactly that damage.
        sqlite.unsafeMode(true)
        sqlite.pragma('writable_schema = ON')
        sqlite
          .prepare(
            "UPDATE sqlite_schema SET sql = replace(sql, '(sort_name)', '(first_name)') WHERE name = 'participants_sort'",
          )
          .run()
      }),
  },
  {
    kind: "another application's database",
    check: 'foreign-app',
    message: /to baza innego programu \(identyfikator aplikacji 0x12345678\)/,
    make: () => {
      const path = join(files.dir, 'faktury.sqlite')
      const sqlite = new SQLite(path)
      sqlite.exec(
        'CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER); INSERT INTO invoices (amount) VALUES (100)',
      )
      sqlite.pragma('application_id = 305419896')
      sqlite.close()
      return path
    },
  },
  {
    kind: 'plain SQLite database (application id 0) with tables',
    check: 'not-kis',
    message: /nie ma znacznika programu KIS \(identyfikator aplikacji 0\)/,
    make: () => {
      const path = join(files.dir, 'zwykla.sqlite')
      const sqlite = new SQLite(path)
      sqlite.exec('CREATE TABLE participants (id INTEGER PRIMARY KEY, name TEXT)')
      sqlite.close()
      return path
    },
  },
  {
    kind: 'KIS database with the application id zeroed',
    check: 'not-kis',
    message: /identyfikator aplikacji 0/,
    make: () => copyOfTemplate('bez-znacznika.sqlite', (sqlite) => sqlite.pragma('application_id = 0')),
  },
  {
    kind: 'our application id but schema version 0',
    check: 'no-schema',
    message: /nie zawiera jego tabel \(wersja schematu 0\)/,
    make: () => {
      const path = join(files.dir, 'wersja-0.sqlite')
      const sqlite = new SQLite(path)
      sqlite.pragma(`application_id = ${APPLICATION_ID}`)
      sqlite.close()
      return path
    },
  },
  {
    kind: 'missing tables',
    check: 'missing-tables',
    message: /brakuje tabel lub kolumn programu KIS \(.*settings/,
    make: () => copyOfTemplate('bez-tabeli.sqlite', (sqlite) => sqlite.exec('DROP TABLE settings')),
  },
  {
    kind: 'missing column',
    check: 'missing-tables',
    message: /brakuje tabel lub kolumn programu KIS \(participants\.notes\)/,
    make: () =>
      copyOfTemplate('bez-kolumny.sqlite', (sqlite) =>
        sqlite.exec('ALTER TABLE participants DROP COLUMN notes'),
      ),
  },
  {
    kind: 'extra trigger that rewrites participants on insert',
    check: 'schema-differs',
    message:
      /Schemat pliku .* różni się .*: dodatkowy wyzwalacz „participants_rewrite” \(tabela participants\)/,
    make: () =>
      copyOfTemplate('wyzwalacz.sqlite', (sqlite) =>
        sqlite.exec(
          "CREATE TRIGGER participants_rewrite AFTER INSERT ON participants BEGIN UPDATE participants SET pesel = NULL, id_document = 'X' || NEW.id WHERE id = NEW.id; END",
        ),
      ),
  },
  {
    kind: 'unique PESEL index dropped',
    check: 'schema-differs',
    message: /brak indeksu „participants_pesel” \(tabela participants\)/,
    make: () =>
      copyOfTemplate('bez-unikalnosci.sqlite', (sqlite) => sqlite.exec('DROP INDEX participants_pesel')),
  },
  {
    kind: 'unique document index made non-unique under the same name',
    check: 'schema-differs',
    message: /inna definicja indeksu „participants_id_document”/,
    make: () =>
      copyOfTemplate('indeks-zwykly.sqlite', (sqlite) =>
        sqlite.exec(
          'DROP INDEX participants_id_document; CREATE INDEX participants_id_document ON participants (id_document)',
        ),
      ),
  },
  {
    kind: 'CHECK constraint removed from a table',
    check: 'schema-differs',
    message: /inna definicja tabeli „participants”/,
    make: () =>
      copyOfTemplate('bez-check.sqlite', (sqlite) => {
        sqlite.unsafeMode(true)
        sqlite.pragma('writable_schema = ON')
        sqlite
          .prepare(
            "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (sex IN (''K'', ''M''))', '') WHERE name = 'participants'",
          )
          .run()
        sqlite.pragma('writable_schema = OFF')
        sqlite.unsafeMode(false)
      }),
  },
  {
    kind: 'extra table and view',
    check: 'schema-differs',
    message: /dodatkowa tabela „kopia_peseli”, dodatkowy widok „wszyscy”/,
    make: () =>
      copyOfTemplate('dodatki.sqlite', (sqlite) =>
        sqlite.exec(
          'CREATE TABLE kopia_peseli (pesel TEXT); CREATE VIEW wszyscy AS SELECT first_name, last_name FROM participants',
        ),
      ),
  },
  {
    kind: 'rows pointing at missing records (foreign keys)',
    check: 'foreign-keys',
    message: /jest niespójny: 1 wpis wskazuje na nieistniejące rekordy/,
    make: () =>
      copyOfTemplate('osierocone.sqlite', (sqlite) => {
        sqlite.pragma('foreign_keys = OFF')
        sqlite.prepare("INSERT INTO participant_target_groups VALUES (999999, 'bezdomni')").run()
      }),
  },
  {
    kind: 'newer schema version',
    check: 'newer',
    message: new RegExp(
      `z nowszej wersji programu \\(schemat ${LATEST_SCHEMA_VERSION + 1}, ten program zna ${LATEST_SCHEMA_VERSION}\\)`,
    ),
    make: () =>
      copyOfTemplate('z-przyszlosci.sqlite', (sqlite) =>
        sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`),
      ),
  },
  {
    kind: 'file locked by a program writing to it',
    check: 'locked',
    message: /jest zablokowany — inny program właśnie w nim zapisuje/,
    make: () => {
      const path = copyOfTemplate('zablokowana.sqlite')
      const writer = new SQLite(path)
      writer.exec('BEGIN EXCLUSIVE')
      held.push(writer)
      return path
    },
  },
  {
    kind: 'leftover -journal (copy taken during a save)',
    check: 'unfinished-save',
    message: /leży plik „w-trakcie-zapisu\.sqlite-journal”: zapis do tej bazy trwał albo został przerwany/,
    make: () => copyMidTransaction('w-trakcie-zapisu.sqlite'),
  },
  {
    kind: 'WAL-mode database with changes pending in -wal',
    check: 'wal-pending',
    message: /leży plik „wal\.sqlite-wal” z niezapisanymi w nim zmianami/,
    make: () => {
      const source = copyOfTemplate('wal-zrodlo.sqlite', (sqlite) => sqlite.pragma('journal_mode = WAL'))
      const writer = new SQLite(source)
      writer.pragma('wal_autocheckpoint = 0')
      writer.exec("UPDATE settings SET value = value WHERE 0; INSERT INTO settings VALUES ('x', '1')")
      const path = join(files.dir, 'wal.sqlite')
      copyFileSync(source, path)
      copyFileSync(`${source}-wal`, `${path}-wal`)
      writer.close()
      return path
    },
  },
  {
    kind: 'WAL-mode database',
    check: 'wal-mode',
    message: /to baza w trybie WAL, którego program KIS nie używa/,
    make: () => copyOfTemplate('tryb-wal.sqlite', (sqlite) => sqlite.pragma('journal_mode = WAL')),
  },
  {
    kind: 'path that does not exist',
    check: 'missing',
    message: /Nie ma pliku „nie-ma-mnie\.sqlite”/,
    make: () => join(files.dir, 'nie-ma-mnie.sqlite'),
  },
  {
    kind: 'a directory',
    check: 'directory',
    message: /to folder, a nie plik kopii/,
    make: () => {
      const path = join(files.dir, 'folder.sqlite')
      mkdirSync(path)
      return path
    },
  },
  {
    kind: 'symbolic link to nothing',
    check: 'dangling-link',
    message: /to skrót \(dowiązanie\) do pliku, którego już nie ma/,
    make: () => {
      const path = join(files.dir, 'skrot.sqlite')
      symlinkSync(join(files.dir, 'usuniety.sqlite'), path)
      return path
    },
  },
  {
    kind: 'named pipe (not a regular file)',
    check: 'not-a-file',
    message: /nie jest zwykłym plikiem/,
    make: () => {
      const path = join(files.dir, 'potok.sqlite')
      execFileSync('mkfifo', [path])
      return path
    },
  },
  {
    kind: 'the current database file itself',
    check: 'same-file',
    message: /to plik bazy, na której program właśnie pracuje/,
    make: () => current.file,
  },
  {
    kind: 'a link to the current database file',
    check: 'same-file',
    message: /na której program właśnie pracuje/,
    make: () => {
      const path = join(files.dir, 'link-do-biezacej.sqlite')
      symlinkSync(current.file, path)
      return path
    },
  },
]

beforeAll(async () => {
  current = await createTempDatabase()
  for (let i = 0; i < 5; i++) await addParticipant(current.database.db, `Bieżąca${i}`)
  files = createTempDir('kis-zle-pliki-')
  template = join(files.dir, 'wzorzec.sqlite')
  await makeTemplate(template)
  platform = createTestPlatform(undefined as never, files.dir)
  runtime = { database: current.database, appVersion: 'test', platform }
  dispatch = createAppDispatch(runtime)
})

afterAll(async () => {
  for (const sqlite of held) sqlite.close()
  await current.cleanup()
  files.cleanup()
})

describe('restore refuses bad files and changes nothing', () => {
  const refusedWith = new Map<FileCheck, Set<string>>()

  it.each(CASES)('refuses $kind ($check)', async ({ check, message, make }) => {
    const path = make()
    const before = sha256OfFile(current.file)
    const database = runtime.database

    const refusal = await checkCandidate(path, { currentDatabase: current.file }).then(
      () => expect.unreachable('the file should have been refused'),
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(RefusedFile)
    expect((refusal as RefusedFile).check).toBe(check)

    // The file as the user picks it in the dialog (backup:pick checks it before offering a restore)…
    platform.answers.push(path)
    const result = await dispatch('backup:pick', undefined)
    expect(result.ok).toBe(false)
    if (result.ok) return
    // …and the restore itself, which checks it again on its staging copy.
    await expect(createBackupService(runtime, platform).restore(path)).rejects.toThrow(
      (refusal as RefusedFile).message,
    )
    expect(result.error.message).toMatch(message)
    expect(result.error.message).toContain('Bieżąca baza nie została zmieniona.')
    expect(looksPolish(result.error.message), result.error.message).toBe(true)
    expect(result.error.message).toBe((refusal as RefusedFile).message)

    expect(sha256OfFile(current.file)).toBe(before)
    expect(runtime.database).toBe(database)
    expect(readdirSync(current.dir)).toEqual(['kis.sqlite', 'kis.sqlite.lock'])
    expect(await dispatch('participants:list', {})).toMatchObject({ ok: true, data: { total: 5 } })

    const texts = refusedWith.get(check) ?? new Set()
    texts.add(result.error.message.replace(/„[^”]*”/g, '„…”'))
    refusedWith.set(check, texts)
  })

  it('refused every kind, each check with its own message', () => {
    const checks = [...refusedWith.keys()]
    expect(CASES.length).toBeGreaterThanOrEqual(25)
    expect(checks.length).toBe(new Set(CASES.map((c) => c.check)).size)
    const firstMessages = checks.map((c) => [...refusedWith.get(c)!][0]!.slice(0, 40))
    expect(new Set(firstMessages).size).toBe(checks.length)
    console.log(
      `bad restore files: ${CASES.length} kinds refused, ${checks.length} distinct checks, current database byte-identical after each (sha256)`,
    )
  })
})
