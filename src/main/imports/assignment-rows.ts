// The PSU part of a row: the skierowanie, the workplace and kind of work named in the sheet, the
// porozumienie number and the period. Names are matched to what the PSU screens hold (case and
// diacritics aside); nothing is created here, so a workplace, position or porozumienie that does not
// exist refuses the assignment with a reason, and the person is still imported.
import { formatDate } from '@shared/dates'
import { IMPORT_FIELD_LABELS, type ImportMapping } from '@shared/imports.schema'
import { foldForSearch, pluralPl } from '@shared/text'
import { findOverCapacity, findOverlap, isWithin, type Span } from '../psu/assignment-rules'
import { cellText, readDate } from './cell-values'
import type { Cell } from './sheet-data'

export interface PsuCatalogue {
  workplaces: {
    name: string
    positions: { id: number; typeName: string; places: number; archived: boolean }[]
  }[]
  porozumienia: { id: number; number: string; periodFrom: string; periodTo: string }[]
  /** Every assignment already recorded. */
  assignments: {
    id: number
    participantId: number
    positionId: number
    porozumienieId: number
    skierowanieNumber: string
    dateFrom: string
    dateTo: string
  }[]
}

export interface AssignmentPlan {
  positionId: number
  porozumienieId: number
  skierowanieNumber: string
  skierowanieDate: string
  dateFrom: string
  dateTo: string
}

export type AssignmentOutcome =
  | { class: 'nowy'; plan: AssignmentPlan; label: string }
  | { class: 'jest'; label: string; message: string }
  | { class: 'blad'; label: string; message: string }

/** "Nr 3/2026", "3 / 2026" and "3/2026" are one porozumienie number. */
function numberKey(text: string): string {
  return foldForSearch(text)
    .replace(/^(nr|numer)\.?\s*/, '')
    .replace(/\s+/g, '')
}

function cellOf(cells: readonly Cell[], mapping: ImportMapping, field: keyof ImportMapping) {
  const column = mapping[field]
  return column === null || column === undefined ? undefined : cells[column]
}

/** Reads the assignment columns and matches them to the PSU records; no rule about other rows yet. */
export function readAssignment(
  cells: readonly Cell[],
  mapping: ImportMapping,
  catalogue: PsuCatalogue,
  today: string,
): { ok: true; plan: AssignmentPlan; label: string } | { ok: false; label: string; message: string } {
  const errors: string[] = []
  const date = (field: 'skierowanieDate' | 'dateFrom' | 'dateTo') => {
    const read = readDate(cellOf(cells, mapping, field), today)
    if (!read.ok) errors.push(`${IMPORT_FIELD_LABELS[field]}: ${read.message}.`)
    else if (read.value === '') errors.push(`Brak: ${IMPORT_FIELD_LABELS[field].toLowerCase()}.`)
    return read.ok ? read.value : ''
  }
  const skierowanieNumber = cellText(cellOf(cells, mapping, 'skierowanieNumber'))
  const workplaceName = cellText(cellOf(cells, mapping, 'workplace'))
  const typeName = cellText(cellOf(cells, mapping, 'position'))
  const porozumienieNumber = cellText(cellOf(cells, mapping, 'porozumienie'))
  const label = [typeName, workplaceName].filter(Boolean).join(', ')
  if (skierowanieNumber === '') errors.push('Brak numeru skierowania z PUP.')
  else if (skierowanieNumber.length > 60) errors.push('Numer skierowania może mieć najwyżej 60 znaków.')
  const skierowanieDate = date('skierowanieDate')
  const dateFrom = date('dateFrom')
  const dateTo = date('dateTo')
  if (dateFrom && dateTo && dateFrom > dateTo) errors.push('Koniec pracy jest wcześniejszy niż jej początek.')
  if (skierowanieDate && dateFrom && skierowanieDate > dateFrom) {
    errors.push('Praca nie może zacząć się przed datą skierowania z PUP.')
  }
  const workplace = catalogue.workplaces.find((w) => foldForSearch(w.name) === foldForSearch(workplaceName))
  const position = workplace?.positions.find(
    (p) => !p.archived && foldForSearch(p.typeName) === foldForSearch(typeName),
  )
  if (workplaceName === '') errors.push('Brak miejsca pracy.')
  else if (!workplace) {
    errors.push(`Nie ma miejsca pracy „${workplaceName}” — dodaj je w PSU → Miejsca pracy albo popraw nazwę.`)
  } else if (!position) {
    errors.push(
      `W miejscu „${workplace.name}” nie ma stanowiska „${typeName}” — dodaj je w PSU → Miejsca pracy albo popraw nazwę.`,
    )
  }
  const porozumienie = catalogue.porozumienia.find(
    (p) => numberKey(p.number) === numberKey(porozumienieNumber),
  )
  if (porozumienieNumber === '') errors.push('Brak numeru porozumienia.')
  else if (!porozumienie) {
    errors.push(
      `Nie ma porozumienia nr „${porozumienieNumber}” — dodaj je w PSU → Porozumienia albo popraw numer.`,
    )
  } else if (
    dateFrom &&
    dateTo &&
    !isWithin({ dateFrom, dateTo }, { from: porozumienie.periodFrom, to: porozumienie.periodTo })
  ) {
    errors.push(
      `Przydział musi mieścić się w okresie porozumienia nr ${porozumienie.number}: od ${formatDate(porozumienie.periodFrom)} do ${formatDate(porozumienie.periodTo)}.`,
    )
  }
  if (errors.length > 0 || !position || !porozumienie) return { ok: false, label, message: errors.join(' ') }
  return {
    ok: true,
    label,
    plan: {
      positionId: position.id,
      porozumienieId: porozumienie.id,
      skierowanieNumber,
      skierowanieDate,
      dateFrom,
      dateTo,
    },
  }
}

/**
 * The rules of the assignments service, run over the records and the file's earlier rows together:
 * already recorded (same person, porozumienie and skierowanie), one assignment at a time per person,
 * no more people on a position than its places.
 */
export function createAssignmentChecker(catalogue: PsuCatalogue) {
  const places = new Map<number, number>()
  for (const w of catalogue.workplaces) for (const p of w.positions) places.set(p.id, p.places)
  const byPerson = new Map<
    string,
    (Span & { porozumienieId: number; skierowanie: string; row: number | null })[]
  >()
  const byPosition = new Map<number, Span[]>()
  let nextId = -1
  const personKey = (participantId: number | null, identity: string) =>
    participantId === null ? `file:${identity}` : `id:${participantId}`
  for (const a of catalogue.assignments) {
    const key = personKey(a.participantId, '')
    byPerson.set(key, [
      ...(byPerson.get(key) ?? []),
      { ...a, skierowanie: foldForSearch(a.skierowanieNumber), row: null },
    ])
    byPosition.set(a.positionId, [...(byPosition.get(a.positionId) ?? []), a])
  }

  return function check(
    row: number,
    person: { participantId: number | null; identity: string; archived: boolean; name: string },
    read: ReturnType<typeof readAssignment>,
  ): AssignmentOutcome {
    if (!read.ok) return { class: 'blad', label: read.label, message: read.message }
    const { plan, label } = read
    if (person.archived) {
      return {
        class: 'blad',
        label,
        message: `${person.name} jest w archiwum uczestników — przywróć osobę, zanim ją przydzielisz.`,
      }
    }
    const key = personKey(person.participantId, person.identity)
    const spans = byPerson.get(key) ?? []
    const same = spans.find(
      (s) =>
        s.porozumienieId === plan.porozumienieId && s.skierowanie === foldForSearch(plan.skierowanieNumber),
    )
    if (same) {
      return same.row === null
        ? {
            class: 'jest',
            label,
            message: `Przydział ze skierowania nr ${plan.skierowanieNumber} jest już zapisany.`,
          }
        : { class: 'blad', label, message: `Ten sam przydział jest już w wierszu ${same.row} pliku.` }
    }
    const candidate = { id: nextId--, dateFrom: plan.dateFrom, dateTo: plan.dateTo }
    const overlap = findOverlap(candidate, spans)
    if (overlap) {
      return {
        class: 'blad',
        label,
        message: `Osoba ma już przydział od ${formatDate(overlap.dateFrom)} do ${formatDate(overlap.dateTo)} — jedna osoba może mieć tylko jeden przydział naraz.`,
      }
    }
    const onPosition = byPosition.get(plan.positionId) ?? []
    const limit = places.get(plan.positionId) ?? 0
    const over = findOverCapacity(candidate, onPosition, limit)
    if (over) {
      return {
        class: 'blad',
        label,
        message: `Dnia ${formatDate(over.date)} na stanowisku byłoby ${over.count} ${pluralPl(over.count, 'osoba', 'osoby', 'osób')}, a ma ono ${limit} ${pluralPl(limit, 'miejsce', 'miejsca', 'miejsc')}.`,
      }
    }
    byPerson.set(key, [
      ...spans,
      {
        ...candidate,
        porozumienieId: plan.porozumienieId,
        skierowanie: foldForSearch(plan.skierowanieNumber),
        row,
      },
    ])
    byPosition.set(plan.positionId, [...onPosition, candidate])
    return { class: 'nowy', plan, label }
  }
}
