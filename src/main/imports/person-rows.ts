// One sheet row as a person of the register: read the mapped cells, check them with the register's
// own schema (the form's validator), and compare with the stored person of the same PESEL or document.
import { formatDate } from '@shared/dates'
import { TARGET_GROUP_SHORT } from '@shared/eligibility'
import {
  IMPORT_FIELD_LABELS,
  type ImportDefaults,
  type ImportMapping,
  type PersonField,
} from '@shared/imports.schema'
import {
  participantInput,
  type ParticipantData,
  type ParticipantForm,
  type ParticipantRecord,
} from '@shared/participant.schema'
import { checkPesel } from '@shared/pesel'
import { cellText, readDate, readGroups, readPesel, readSex, type Read } from './cell-values'
import type { Cell } from './sheet-data'

export interface PersonReading {
  /** PESEL, or the normalised document number; '' when the row has neither. */
  identity: string
  identityKind: 'pesel' | 'document'
  name: string
  /** Values read from the mapped, non-empty cells. */
  values: Partial<ParticipantForm>
  errors: string[]
}

const SEX_WORDS = { K: 'kobieta', M: 'mężczyzna' } as const

export function normaliseDocument(text: string): string {
  return text.toUpperCase().replace(/\s+/g, '')
}

function cellOf(cells: readonly Cell[], mapping: ImportMapping, field: PersonField): Cell | undefined {
  const column = mapping[field]
  return column === null || column === undefined ? undefined : cells[column]
}

/** Reads the person's cells; nothing is checked against the register yet. */
export function readPerson(cells: readonly Cell[], mapping: ImportMapping, today: string): PersonReading {
  const errors: string[] = []
  const values: Partial<ParticipantForm> = {}
  const take = <T>(field: PersonField, read: Read<T>): T | undefined => {
    if (read.ok) return read.value
    errors.push(`${IMPORT_FIELD_LABELS[field]}: ${read.message}.`)
    return undefined
  }
  for (const field of ['firstName', 'lastName', 'address', 'email', 'notes'] as const) {
    const text = cellText(cellOf(cells, mapping, field))
    if (text !== '') values[field] = text
  }
  const phone = cellText(cellOf(cells, mapping, 'phone'))
    .replace(/[().]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (phone !== '') values.phone = phone
  const pesel = take('pesel', readPesel(cellOf(cells, mapping, 'pesel'))) ?? ''
  const document = normaliseDocument(cellText(cellOf(cells, mapping, 'idDocument')))
  const birthDate = take('birthDate', readDate(cellOf(cells, mapping, 'birthDate'), today))
  if (birthDate) values.birthDate = birthDate
  const sex = take('sex', readSex(cellOf(cells, mapping, 'sex')))
  if (sex) values.sex = sex
  const admission = take('admissionDate', readDate(cellOf(cells, mapping, 'admissionDate'), today))
  if (admission) values.admissionDate = admission
  const groups = take('targetGroups', readGroups(cellOf(cells, mapping, 'targetGroups')))
  if (groups && groups.groups.length > 0) {
    values.targetGroups = groups.groups
    values.otherGroupReason = groups.otherReason
  }
  const identityKind = pesel !== '' || document === '' ? 'pesel' : 'document'
  if (pesel === '' && document === '' && !errors.some((e) => e.startsWith('PESEL'))) {
    errors.push('Brak numeru PESEL i numeru dokumentu tożsamości — jedno z nich jest potrzebne.')
  }
  if (identityKind === 'pesel') values.pesel = pesel
  else values.idDocument = document
  const name = [values.lastName, values.firstName].filter(Boolean).join(' ')
  return { identity: identityKind === 'pesel' ? pesel : document, identityKind, name, values, errors }
}

/** The register's form for a new person: the row's values over the wizard's defaults. */
function newPersonForm(reading: PersonReading, defaults: ImportDefaults): ParticipantForm {
  const v = reading.values
  const document = reading.identityKind === 'document'
  return {
    firstName: v.firstName ?? '',
    lastName: v.lastName ?? '',
    identityKind: reading.identityKind,
    pesel: v.pesel ?? '',
    idDocument: v.idDocument ?? '',
    birthDate: document ? (v.birthDate ?? '') : '',
    sex: document ? (v.sex ?? '') : '',
    address: v.address ?? '',
    phone: v.phone ?? '',
    email: v.email ?? '',
    admissionDate: v.admissionDate ?? defaults.admissionDate,
    targetGroups: v.targetGroups ?? (defaults.targetGroup ? [defaults.targetGroup] : []),
    otherGroupReason: v.otherGroupReason ?? '',
    exclusions: [],
    therapyCompleted: false,
    notes: v.notes ?? '',
    status: 'aktywny',
  }
}

/** The stored person with the row's non-empty values over it: an empty cell never erases data. */
function mergedForm(reading: PersonReading, stored: ParticipantRecord): ParticipantForm {
  const v = reading.values
  const document = stored.pesel === null
  return {
    firstName: v.firstName ?? stored.firstName,
    lastName: v.lastName ?? stored.lastName,
    identityKind: document ? 'document' : 'pesel',
    pesel: stored.pesel ?? '',
    idDocument: stored.idDocument ?? '',
    birthDate: document ? (v.birthDate ?? stored.birthDate) : '',
    sex: document ? (v.sex ?? stored.sex) : '',
    address: v.address ?? stored.address,
    phone: v.phone ?? stored.phone,
    email: v.email ?? stored.email,
    admissionDate: v.admissionDate ?? stored.admissionDate,
    targetGroups: v.targetGroups ?? stored.targetGroups,
    otherGroupReason: v.targetGroups ? (v.otherGroupReason ?? '') : stored.otherGroupReason,
    exclusions: stored.exclusions,
    therapyCompleted: stored.therapyCompleted,
    notes: v.notes ?? stored.notes,
    status: stored.status,
  }
}

/** The schema's refusals, plus a PESEL that contradicts the row's own birth date or sex. */
function validate(
  form: ParticipantForm,
  reading: PersonReading,
): { ok: true; data: ParticipantData } | { ok: false; messages: string[] } {
  const messages = [...reading.errors]
  const parsed = participantInput.safeParse(form)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as PersonField
      const label = IMPORT_FIELD_LABELS[field]
      // A cell that could not be read already has its reason; the schema would only repeat it.
      if (label && reading.errors.some((e) => e.startsWith(`${label}:`))) continue
      if (!messages.includes(issue.message)) messages.push(issue.message)
    }
  }
  const pesel = form.identityKind === 'pesel' ? checkPesel(form.pesel) : null
  if (pesel?.valid) {
    const { birthDate, sex } = reading.values
    if (birthDate && birthDate !== pesel.birthDate) {
      messages.push(
        `PESEL wskazuje datę urodzenia ${formatDate(pesel.birthDate)}, a w pliku jest ${formatDate(birthDate)}.`,
      )
    }
    if (sex && sex !== pesel.sex) {
      messages.push(`PESEL wskazuje płeć: ${SEX_WORDS[pesel.sex]}, a w pliku jest: ${SEX_WORDS[sex]}.`)
    }
  }
  if (messages.length > 0) return { ok: false, messages }
  return { ok: true, data: parsed.data! }
}

export type PersonOutcome =
  | { class: 'nowa'; data: ParticipantData }
  | { class: 'taka-sama'; stored: ParticipantRecord }
  | { class: 'rozni-sie'; stored: ParticipantRecord; data: ParticipantData; differences: Difference[] }
  | { class: 'blad'; messages: string[] }

export interface Difference {
  field: string
  stored: string
  file: string
}

export function classifyPerson(
  reading: PersonReading,
  stored: ParticipantRecord | undefined,
  defaults: ImportDefaults,
): PersonOutcome {
  const checked = validate(stored ? mergedForm(reading, stored) : newPersonForm(reading, defaults), reading)
  if (!checked.ok) return { class: 'blad', messages: checked.messages }
  if (!stored) return { class: 'nowa', data: checked.data }
  const differences = differencesFrom(reading, stored)
  return differences.length === 0
    ? { class: 'taka-sama', stored }
    : { class: 'rozni-sie', stored, data: checked.data, differences }
}

function groupsText(groups: readonly string[]): string {
  return [...groups]
    .sort()
    .map((g) => TARGET_GROUP_SHORT[g as keyof typeof TARGET_GROUP_SHORT] ?? g)
    .join(', ')
}

/** Only fields the file has a value for; birth date and sex of a PESEL come from the PESEL itself. */
function differencesFrom(reading: PersonReading, stored: ParticipantRecord): Difference[] {
  const v = reading.values
  const out: Difference[] = []
  const compare = (field: PersonField, storedText: string, fileText: string | undefined) => {
    if (fileText !== undefined && fileText !== storedText) {
      out.push({ field: IMPORT_FIELD_LABELS[field], stored: storedText, file: fileText })
    }
  }
  compare('lastName', stored.lastName, v.lastName)
  compare('firstName', stored.firstName, v.firstName)
  if (stored.pesel === null) {
    compare('birthDate', formatDate(stored.birthDate), v.birthDate && formatDate(v.birthDate))
    compare('sex', SEX_WORDS[stored.sex], v.sex ? SEX_WORDS[v.sex] : undefined)
  }
  compare('address', stored.address, v.address)
  compare('phone', stored.phone, v.phone)
  compare('email', stored.email, v.email)
  compare('admissionDate', formatDate(stored.admissionDate), v.admissionDate && formatDate(v.admissionDate))
  compare('targetGroups', groupsText(stored.targetGroups), v.targetGroups && groupsText(v.targetGroups))
  compare('notes', stored.notes, v.notes)
  return out
}
