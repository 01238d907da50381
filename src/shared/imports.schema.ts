// Import from Excel/CSV: the wizard's calls. Main keeps the parsed file under a token; the renderer
// sends the token, the sheet, the header row and the mapping (field → column), never file contents.
import { z } from './zod-pl'
import { TARGET_GROUP_CODES } from './eligibility'
import { isRealDate } from './dates'

export const IMPORT_KINDS = ['participants', 'psu'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  participants: 'rejestr uczestników',
  psu: 'osoby skierowane do PSU',
}

export const PERSON_FIELDS = [
  'lastName',
  'firstName',
  'pesel',
  'idDocument',
  'birthDate',
  'sex',
  'address',
  'phone',
  'email',
  'admissionDate',
  'targetGroups',
  'notes',
] as const
export const ASSIGNMENT_FIELDS = [
  'skierowanieNumber',
  'skierowanieDate',
  'workplace',
  'position',
  'porozumienie',
  'dateFrom',
  'dateTo',
] as const
export const IMPORT_FIELDS = [...PERSON_FIELDS, ...ASSIGNMENT_FIELDS] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]
export type PersonField = (typeof PERSON_FIELDS)[number]

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  lastName: 'Nazwisko',
  firstName: 'Imię',
  pesel: 'PESEL',
  idDocument: 'Nr dokumentu tożsamości (bez PESEL)',
  birthDate: 'Data urodzenia',
  sex: 'Płeć',
  address: 'Adres',
  phone: 'Telefon',
  email: 'E-mail',
  admissionDate: 'Data przyjęcia',
  targetGroups: 'Grupy docelowe',
  notes: 'Uwagi',
  skierowanieNumber: 'Nr skierowania z PUP',
  skierowanieDate: 'Data skierowania',
  workplace: 'Miejsce pracy',
  position: 'Rodzaj prac (stanowisko)',
  porozumienie: 'Nr porozumienia',
  dateFrom: 'Praca od',
  dateTo: 'Praca do',
}

/** The fields each kind of file offers for mapping, in the order the wizard shows them. */
export const FIELDS_OF_KIND: Record<ImportKind, readonly ImportField[]> = {
  participants: PERSON_FIELDS,
  psu: [...PERSON_FIELDS, ...ASSIGNMENT_FIELDS],
}

/** Without these columns nothing can be imported; PESEL or a document number is checked separately. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  participants: ['lastName', 'firstName'],
  psu: ['lastName', 'firstName', ...ASSIGNMENT_FIELDS],
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** Required columns not yet mapped, in Polish: the wizard shows them, main refuses with them. */
export function missingColumns(
  kind: ImportKind,
  mapping: Partial<Record<ImportField, number | null>>,
): string[] {
  const problems: string[] = []
  const missing = REQUIRED_FIELDS[kind].filter((f) => mapping[f] === null || mapping[f] === undefined)
  if (missing.length > 0) {
    problems.push(`Przypisz kolumny: ${missing.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')}.`)
  }
  if (mapping.pesel == null && mapping.idDocument == null) {
    problems.push('Przypisz kolumnę PESEL albo numer dokumentu tożsamości.')
  }
  return problems
}

const token = z.string().uuid('Sesja importu wygasła — wybierz plik ponownie.')
const column = z.number().int().min(0).max(16_383)

export const importMapping = z.partialRecord(z.enum(IMPORT_FIELDS), column.nullable())
export type ImportMapping = z.output<typeof importMapping>

export const importDefaults = z.strictObject({
  /** For new people whose row has no group (the register requires one, art. 1 ust. 2). */
  targetGroup: z.enum(TARGET_GROUP_CODES).nullable(),
  /** For new people whose row has no admission date (PSU: the skierowanie date comes first). */
  admissionDate: z.string().max(10).refine(isRealDate, 'Podaj datę przyjęcia w formacie DD.MM.RRRR.'),
})
export type ImportDefaults = z.output<typeof importDefaults>

export const importOpenInput = z.strictObject({ kind: z.enum(IMPORT_KINDS) })

export const FILE_FORMATS = ['xlsx', 'csv'] as const
export const importSheetInfo = z.object({
  name: z.string(),
  rows: z.number().int().min(0),
  columns: z.number().int().min(0),
})
export const importOpened = z.union([
  z.object({ cancelled: z.literal(true) }),
  z.object({
    cancelled: z.literal(false),
    token: z.string(),
    fileName: z.string(),
    format: z.enum(FILE_FORMATS),
    /** CSV only: the encoding and separator found, in Polish ("UTF-8 ze znacznikiem BOM", "średnik"). */
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    sheets: z.array(importSheetInfo).min(1),
  }),
])
export type ImportOpened = z.infer<typeof importOpened>

export const importSheetInput = z.strictObject({
  token,
  sheet: z.string().max(200),
  /** 1-based row of the header; null lets main find it (the first row with two filled cells). */
  headerRow: z.number().int().min(1).max(1_048_576).nullable(),
})
export type ImportSheetInput = z.output<typeof importSheetInput>

export const importPreview = z.object({
  headerRow: z.number().int().min(1),
  headers: z.array(z.string()),
  /** The first rows under the header, as text. */
  sample: z.array(z.array(z.string())),
  dataRows: z.number().int().min(0),
  mapping: importMapping,
  /** Columns taken from the mapping remembered after the last import of this kind. */
  remembered: z.array(z.enum(IMPORT_FIELDS)),
})
export type ImportPreview = z.infer<typeof importPreview>

export const importPlanInput = importSheetInput.extend({
  headerRow: z.number().int().min(1).max(1_048_576),
  mapping: importMapping,
  defaults: importDefaults,
})
export type ImportPlanInput = z.output<typeof importPlanInput>

export const ROW_CLASSES = ['nowa', 'taka-sama', 'rozni-sie', 'blad'] as const
export type RowClass = (typeof ROW_CLASSES)[number]
export const ROW_CLASS_LABELS: Record<RowClass, string> = {
  nowa: 'nowa osoba',
  'taka-sama': 'już jest (ta sama osoba)',
  'rozni-sie': 'różni się od zapisanej',
  blad: 'błąd',
}

export const ASSIGNMENT_CLASSES = ['nowy', 'jest', 'blad'] as const
export type AssignmentClass = (typeof ASSIGNMENT_CLASSES)[number]
export const ASSIGNMENT_CLASS_LABELS: Record<AssignmentClass, string> = {
  nowy: 'nowy przydział',
  jest: 'przydział już jest',
  blad: 'przydział pominięty',
}

export const rowDifference = z.object({ field: z.string(), stored: z.string(), file: z.string() })
export type RowDifference = z.infer<typeof rowDifference>

export const classifiedRow = z.object({
  /** The row's number in the sheet (as Excel shows it). */
  row: z.number().int().min(1),
  class: z.enum(ROW_CLASSES),
  name: z.string(),
  identity: z.string(),
  messages: z.array(z.string()),
  differences: z.array(rowDifference),
  /** PSU files: what happens with the row's assignment (null when the person row is an error). */
  assignment: z
    .object({ class: z.enum(ASSIGNMENT_CLASSES), label: z.string(), message: z.string() })
    .nullable(),
})
export type ClassifiedRow = z.infer<typeof classifiedRow>

const classCounts = z.object({
  nowa: z.number().int(),
  'taka-sama': z.number().int(),
  'rozni-sie': z.number().int(),
  blad: z.number().int(),
})

export const importDryRun = z.object({
  rows: z.array(classifiedRow),
  counts: classCounts,
  assignments: z.object({ nowy: z.number().int(), jest: z.number().int(), blad: z.number().int() }),
  /** Rows with no value in any column, left out of the list. */
  emptyRows: z.number().int(),
})
export type ImportDryRun = z.infer<typeof importDryRun>

export const importRunInput = importPlanInput.extend({
  /** Rows (sheet numbers) classed "różni się" that the coordinator ticked for updating. */
  update: z.array(z.number().int().min(1)).max(1_048_576),
})
export type ImportRunInput = z.output<typeof importRunInput>

export const importResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  assignments: z.number().int(),
  skipped: z.number().int(),
  /** The verified backup made just before writing; null when there was nothing to write. */
  backupPath: z.string().nullable(),
})
export type ImportResult = z.infer<typeof importResult>

export const IMPORT_PHASES = ['czytanie', 'sprawdzanie', 'kopia', 'zapis'] as const
export const IMPORT_PHASE_LABELS: Record<(typeof IMPORT_PHASES)[number], string> = {
  czytanie: 'Czytanie pliku',
  sprawdzanie: 'Sprawdzanie wierszy',
  kopia: 'Sprawdzona kopia zapasowa przed importem',
  zapis: 'Zapisywanie',
}
export const importProgress = z
  .object({ phase: z.enum(IMPORT_PHASES), done: z.number().int(), total: z.number().int() })
  .nullable()
export type ImportProgress = z.infer<typeof importProgress>

export const importTokenInput = z.strictObject({ token })
export const importReportSaved = z.object({ path: z.string().nullable(), rows: z.number().int() })

export const importsContract = {
  'imports:open': { input: importOpenInput, output: importOpened },
  'imports:preview': { input: importSheetInput, output: importPreview },
  'imports:dryrun': { input: importPlanInput, output: importDryRun },
  'imports:run': { input: importRunInput, output: importResult },
  'imports:progress': { input: z.undefined(), output: importProgress },
  'imports:report': { input: importTokenInput, output: importReportSaved },
  'imports:close': { input: importTokenInput, output: z.undefined() },
} as const
