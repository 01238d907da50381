// The import wizard's work in main: pick and read the file (kept in memory under a token while the
// wizard is open), preview with guessed columns, dry run, and the import itself — a verified backup,
// then one transaction for every new person, ticked update and PSU assignment, or nothing at all.
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Kysely } from 'kysely'
import { todayIso } from '@shared/dates'
import {
  FIELDS_OF_KIND,
  type ImportDryRun,
  type ImportKind,
  type ImportOpened,
  type ImportPlanInput,
  type ImportPreview,
  type ImportProgress,
  type ImportResult,
  type ImportRunInput,
  type ImportSheetInput,
} from '@shared/imports.schema'
import type { BackupEntry } from '@shared/backup.schema'
import type { Database } from '../db/schema'
import { DomainError } from '../errors'
import type { ExportService } from '../exports/export.service'
import type { ParticipantsService } from '../participants/participants.service'
import type { Platform } from '../platform/platform'
import type { PsuServices } from '../psu/psu-services'
import type { SettingsService } from '../settings/settings.service'
import { cellText } from './cell-values'
import { guessMapping, mappingToRemember, type RememberedMapping } from './column-guess'
import {
  checkMapping,
  countClasses,
  identityKey,
  planImport,
  readPeople,
  skippedReasons,
  type ImportPlan,
} from './import-plan'
import type { PsuCatalogue } from './assignment-rows'
import { readImportFile } from './read-file'
import { filledCount, refusedFile, type ImportBook } from './sheet-data'
import { findHeaderRow, sheetTable } from './sheet-table'
import { skippedRowsTable } from './skipped-report'

export interface ImportsDeps {
  db: Kysely<Database>
  participants: ParticipantsService
  psu: PsuServices
  settings: SettingsService
  backup: { backupBeforeImport(): Promise<BackupEntry> }
  exports: Pick<ExportService, 'saveTable'>
  platform: Platform
  now?: () => Date
}

interface Session {
  kind: ImportKind
  fileName: string
  book: ImportBook
  last: { plan: ImportPlan; headers: string[]; ticked: Set<number> } | null
}

/** Wizards open at once (each holds a parsed file in memory); the oldest is dropped beyond this. */
const MAX_SESSIONS = 3
const PREVIEW_ROWS = 8

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve))

export type ImportsService = ReturnType<typeof createImportsService>

export function createImportsService(deps: ImportsDeps) {
  const now = deps.now ?? (() => new Date())
  const sessions = new Map<string, Session>()
  let progress: ImportProgress = null

  function session(token: string): Session {
    const found = sessions.get(token)
    if (!found) throw new DomainError('NOT_FOUND', 'Sesja importu wygasła — wybierz plik ponownie.')
    return found
  }

  function sheetOf(s: Session, name: string) {
    const sheet = s.book.sheets.find((x) => x.name === name)
    if (!sheet) throw new DomainError('NOT_FOUND', `W pliku nie ma arkusza „${name}”.`)
    return sheet
  }

  async function catalogue(): Promise<PsuCatalogue> {
    const [workplaces, porozumienia, assignments] = await Promise.all([
      deps.psu.workplaces.list(false),
      deps.psu.porozumienia.list(),
      deps.psu.assignments.list({ month: null, porozumienieId: null, participantId: null }),
    ])
    return { workplaces, porozumienia, assignments }
  }

  async function makePlan(s: Session, input: ImportPlanInput) {
    const table = sheetTable(sheetOf(s, input.sheet), input.headerRow)
    checkMapping(s.kind, input.mapping, table.headers.length)
    const today = todayIso(now())
    const readings = readPeople(table, input.mapping, today)
    const stored = await deps.participants.findByIdentities(
      readings.filter((r) => r.identityKind === 'pesel' && r.identity).map((r) => r.identity),
      readings.filter((r) => r.identityKind === 'document' && r.identity).map((r) => r.identity),
    )
    const existing = new Map(
      stored.map((p) => [
        p.pesel ? identityKey('pesel', p.pesel) : identityKey('document', p.idDocument!),
        p,
      ]),
    )
    const plan = planImport(
      {
        kind: s.kind,
        table,
        mapping: input.mapping,
        defaults: input.defaults,
        today,
        existing,
        catalogue: s.kind === 'psu' ? await catalogue() : null,
      },
      readings,
    )
    return { plan, table }
  }

  async function track<T>(
    phase: NonNullable<ImportProgress>['phase'],
    total: number,
    task: () => Promise<T>,
  ) {
    progress = { phase, done: 0, total }
    await yieldToEvents()
    return task()
  }

  async function write(plan: ImportPlan, ticked: ReadonlySet<number>) {
    const updates = plan.update.filter((u) => ticked.has(u.row))
    const total = plan.create.length + updates.length + plan.assignments.length
    if (total === 0) return { updates, backupPath: null }
    const backup = await track('kopia', 0, () => deps.backup.backupBeforeImport())
    progress = { phase: 'zapis', done: 0, total }
    try {
      await deps.db.transaction().execute(async (trx) => {
        const ids = await deps.participants.importRows(
          trx,
          { create: plan.create.map((c) => c.data), update: updates },
          async (done) => {
            progress = { phase: 'zapis', done, total }
            await yieldToEvents()
          },
        )
        const idByKey = new Map(plan.create.map((c, i) => [c.key, ids[i]!]))
        for (const a of plan.assignments) {
          try {
            await deps.psu.assignments.createWithin(trx, {
              participantId: a.participantId ?? idByKey.get(a.key)!,
              ...a.plan,
              endReason: '',
              notes: '',
            })
          } catch (error) {
            if (error instanceof DomainError)
              throw new DomainError(error.code, `Wiersz ${a.row}: ${error.message}`)
            throw error
          }
        }
      })
    } catch (error) {
      if (error instanceof DomainError) {
        throw new DomainError(error.code, `${error.message} Import przerwany — nic nie zostało zapisane.`)
      }
      throw error
    }
    return { updates, backupPath: backup.path }
  }

  return {
    progress(): ImportProgress {
      return progress
    },

    async open(kind: ImportKind): Promise<ImportOpened> {
      const path = await deps.platform.chooseOpenPath([
        { name: 'Arkusz (Excel .xlsx, CSV)', extensions: ['xlsx', 'csv', 'txt'] },
        { name: 'Wszystkie pliki', extensions: ['*'] },
      ])
      if (!path) return { cancelled: true }
      const fileName = basename(path)
      try {
        const book = await track('czytanie', 0, async () => {
          let bytes: Uint8Array
          try {
            bytes = new Uint8Array(await readFile(path))
          } catch {
            throw refusedFile(
              `Nie udało się odczytać pliku ${fileName} — sprawdź, czy istnieje i czy nie jest otwarty w innym programie.`,
            )
          }
          return readImportFile(bytes, fileName)
        })
        const token = randomUUID()
        sessions.set(token, { kind, fileName, book, last: null })
        while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!)
        return {
          cancelled: false,
          token,
          fileName,
          format: book.format,
          encoding: book.encoding,
          delimiter: book.delimiter,
          sheets: book.sheets.map((sheet) => ({
            name: sheet.name,
            rows: sheet.rows.filter((r) => filledCount(r) > 0).length,
            columns: Math.max(0, ...sheet.rows.map((r) => r.length)),
          })),
        }
      } finally {
        progress = null
      }
    },

    async preview(input: ImportSheetInput): Promise<ImportPreview> {
      const s = session(input.token)
      const sheet = sheetOf(s, input.sheet)
      const table = sheetTable(sheet, input.headerRow ?? findHeaderRow(sheet))
      const remembered = (await deps.settings.importMapping(s.kind)) as RememberedMapping
      const guess = guessMapping(table.headers, FIELDS_OF_KIND[s.kind], remembered)
      return {
        headerRow: table.headerRow,
        headers: table.headers,
        sample: table.rows
          .slice(0, PREVIEW_ROWS)
          .map((r) => table.headers.map((_, i) => cellText(r.cells[i]))),
        dataRows: table.rows.length,
        mapping: guess.mapping,
        remembered: guess.remembered,
      }
    },

    async dryRun(input: ImportPlanInput): Promise<ImportDryRun> {
      const s = session(input.token)
      try {
        const { plan, table } = await track('sprawdzanie', 0, () => makePlan(s, input))
        s.last = { plan, headers: table.headers, ticked: new Set() }
        return { rows: plan.rows, ...countClasses(plan.rows), emptyRows: table.emptyRows }
      } finally {
        progress = null
      }
    },

    async run(input: ImportRunInput): Promise<ImportResult> {
      const s = session(input.token)
      try {
        // Classified again now: the register may have changed since the dry run.
        const { plan, table } = await track('sprawdzanie', 0, () => makePlan(s, input))
        const ticked = new Set(input.update)
        const { updates, backupPath } = await write(plan, ticked)
        await deps.settings.rememberImportMapping(s.kind, mappingToRemember(table.headers, input.mapping))
        s.last = { plan, headers: table.headers, ticked }
        return {
          created: plan.create.length,
          updated: updates.length,
          assignments: plan.assignments.length,
          skipped: skippedReasons(plan.rows, ticked).size,
          backupPath,
        }
      } finally {
        progress = null
      }
    },

    /** "Pobierz raport pominiętych wierszy": XLSX through the exports' save path. */
    async saveReport(token: string): Promise<{ path: string | null; rows: number }> {
      const s = session(token)
      if (!s.last) throw new DomainError('CONFLICT', 'Najpierw sprawdź plik (próbny import).')
      const table = skippedRowsTable(s.last.headers, s.last.plan.rows, s.last.ticked, s.last.plan.cells)
      if (table.rows.length === 0) {
        throw new DomainError('CONFLICT', 'Nie pominięto żadnego wiersza — raport byłby pusty.')
      }
      const base = s.fileName.replace(/\.[^.]+$/, '')
      return deps.exports.saveTable(`${base}-pominiete-wiersze`, table, 'xlsx')
    },

    close(token: string): void {
      sessions.delete(token)
    },
  }
}
