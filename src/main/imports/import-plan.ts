// The dry run as a pure function: every data row classed "nowa osoba", "już jest", "różni się" or
// "błąd" (with reasons), and — for PSU files — what happens with its assignment. The import writes
// exactly what this plan says; the same function runs again just before writing.
import {
  IMPORT_FIELD_LABELS,
  missingColumns,
  type ClassifiedRow,
  type ImportDefaults,
  type ImportField,
  type ImportKind,
  type ImportMapping,
} from '@shared/imports.schema'
import type { ParticipantData, ParticipantRecord } from '@shared/participant.schema'
import { isRealDate } from '@shared/dates'
import { DomainError } from '../errors'
import {
  createAssignmentChecker,
  readAssignment,
  type AssignmentPlan,
  type PsuCatalogue,
} from './assignment-rows'
import { readDate } from './cell-values'
import { classifyPerson, readPerson, type PersonReading } from './person-rows'
import { columnLetter, type Cell } from './sheet-data'
import type { SheetTable } from './sheet-table'

/** Existing people by identity key (see identityKey), archived included. */
export type ExistingPeople = ReadonlyMap<string, ParticipantRecord>

export function identityKey(kind: 'pesel' | 'document', identity: string): string {
  return `${kind === 'pesel' ? 'p' : 'd'}:${identity}`
}

export interface ImportPlan {
  rows: ClassifiedRow[]
  create: { row: number; key: string; data: ParticipantData }[]
  update: { row: number; id: number; data: ParticipantData }[]
  assignments: { row: number; key: string; participantId: number | null; plan: AssignmentPlan }[]
  /** Rows of the sheet by number, for the skipped-rows report. */
  cells: Map<number, Cell[]>
}

/** Refuses a mapping that cannot work, before any row is read. */
export function checkMapping(kind: ImportKind, mapping: ImportMapping, columns: number): void {
  const problems = missingColumns(kind, mapping)
  const byColumn = new Map<number, ImportField[]>()
  for (const [field, column] of Object.entries(mapping) as [ImportField, number | null][]) {
    if (column === null) continue
    if (column >= columns) problems.push(`Kolumna ${columnLetter(column)} nie istnieje w tym arkuszu.`)
    byColumn.set(column, [...(byColumn.get(column) ?? []), field])
  }
  for (const [column, fields] of byColumn) {
    if (fields.length > 1) {
      problems.push(
        `Kolumna ${columnLetter(column)} jest przypisana do kilku pól: ${fields.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')}.`,
      )
    }
  }
  if (problems.length > 0) throw new DomainError('INVALID_INPUT', problems.join(' '))
}

export interface PlanInput {
  kind: ImportKind
  table: SheetTable
  mapping: ImportMapping
  defaults: ImportDefaults
  today: string
  existing: ExistingPeople
  catalogue: PsuCatalogue | null
}

/** Reads the people first, so the caller can load the stored ones their identities name. */
export function readPeople(table: SheetTable, mapping: ImportMapping, today: string): PersonReading[] {
  return table.rows.map((r) => readPerson(r.cells, mapping, today))
}

export function planImport(input: PlanInput, readings: PersonReading[]): ImportPlan {
  const { table, mapping, today, existing } = input
  const plan: ImportPlan = { rows: [], create: [], update: [], assignments: [], cells: new Map() }
  const firstRowOf = new Map<string, { row: number; failed: boolean }>()
  const checkAssignment = input.catalogue ? createAssignmentChecker(input.catalogue) : null
  table.rows.forEach(({ row, cells }, index) => {
    plan.cells.set(row, cells)
    const reading = readings[index]!
    const key = identityKey(reading.identityKind, reading.identity)
    const stored = reading.identity === '' ? undefined : existing.get(key)
    const earlier = reading.identity === '' ? undefined : firstRowOf.get(key)
    const base = { row, name: reading.name, identity: reading.identity, differences: [], assignment: null }
    if (earlier && !checkAssignment) {
      plan.rows.push({
        ...base,
        class: 'blad',
        messages: [`Ta sama osoba (${reading.identity}) jest już w wierszu ${earlier.row} pliku.`],
      })
      return
    }
    let classified: ClassifiedRow
    if (earlier) {
      // A PSU list names a person once per skierowanie: the person comes from the first row.
      classified = earlier.failed
        ? { ...base, class: 'blad', messages: [`Dane tej osoby mają błędy w wierszu ${earlier.row}.`] }
        : { ...base, class: 'taka-sama', messages: [`Osoba jak w wierszu ${earlier.row}.`] }
    } else {
      const defaults = psuDefaults(input, cells)
      const outcome = classifyPerson(reading, stored, defaults)
      if (reading.identity !== '') firstRowOf.set(key, { row, failed: outcome.class === 'blad' })
      if (outcome.class === 'blad') classified = { ...base, class: 'blad', messages: outcome.messages }
      else if (outcome.class === 'nowa') {
        classified = { ...base, class: 'nowa', messages: [] }
        plan.create.push({ row, key, data: outcome.data })
      } else if (outcome.class === 'taka-sama') classified = { ...base, class: 'taka-sama', messages: [] }
      else {
        classified = { ...base, class: 'rozni-sie', messages: [], differences: outcome.differences }
        plan.update.push({ row, id: outcome.stored.id, data: outcome.data })
      }
    }
    if (checkAssignment && classified.class !== 'blad') {
      const outcome = checkAssignment(
        row,
        {
          participantId: stored?.id ?? null,
          identity: key,
          archived: stored?.status === 'archiwalny',
          name: reading.name,
        },
        readAssignment(cells, mapping, input.catalogue!, today),
      )
      classified.assignment = {
        class: outcome.class,
        label: outcome.label,
        message: outcome.class === 'nowy' ? '' : outcome.message,
      }
      if (outcome.class === 'nowy') {
        plan.assignments.push({ row, key, participantId: stored?.id ?? null, plan: outcome.plan })
      }
    }
    plan.rows.push(classified)
  })
  return plan
}

/** PSU: a new person's admission date is the skierowanie date when the sheet has no admission column. */
function psuDefaults(input: PlanInput, cells: readonly Cell[]): ImportDefaults {
  const column = input.mapping.skierowanieDate
  if (!input.catalogue || input.mapping.admissionDate != null || column == null) return input.defaults
  const read = readDate(cells[column], input.today)
  return read.ok && isRealDate(read.value) ? { ...input.defaults, admissionDate: read.value } : input.defaults
}

export function countClasses(rows: readonly ClassifiedRow[]) {
  const counts = { nowa: 0, 'taka-sama': 0, 'rozni-sie': 0, blad: 0 }
  const assignments = { nowy: 0, jest: 0, blad: 0 }
  for (const r of rows) {
    counts[r.class]++
    if (r.assignment) assignments[r.assignment.class]++
  }
  return { counts, assignments }
}

/** Why each row was not (fully) written, given the rows ticked for updating. */
export function skippedReasons(
  rows: readonly ClassifiedRow[],
  ticked: ReadonlySet<number>,
): Map<number, string> {
  const reasons = new Map<number, string>()
  for (const r of rows) {
    if (r.class === 'blad') reasons.set(r.row, r.messages.join(' '))
    else if (r.class === 'rozni-sie' && !ticked.has(r.row)) {
      const fields = r.differences.map((d) => d.field.toLowerCase()).join(', ')
      reasons.set(r.row, `Różni się od zapisanej osoby (${fields}) — nie zaznaczono aktualizacji.`)
    } else if (r.assignment?.class === 'blad') {
      reasons.set(r.row, `Przydział PSU pominięty: ${r.assignment.message}`)
    }
  }
  return reasons
}
