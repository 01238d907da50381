// The yearly PSU needs plan (due by 31 January) and the PSU section's own settings.
import { z } from './zod-pl'
import { count, halfHours, recordId, text } from './psu-common.schema'

export const planYear = z
  .number({ error: 'Podaj rok.' })
  .int('Podaj rok.')
  .min(2000, 'Podaj rok od 2000.')
  .max(2100, 'Podaj rok do 2100.')

export const planItemInput = z.strictObject({
  positionTypeId: z.number({ error: 'Wybierz rodzaj prac.' }).int().positive('Wybierz rodzaj prac.'),
  workplaceId: recordId.nullable(),
  places: count(10_000, 'Liczba miejsc jest nierealnie wysoka.'),
  persons: count(10_000, 'Liczba osób jest nierealnie wysoka.'),
  hoursMin: halfHours(10_000_000 * 60, 'Liczba godzin jest nierealnie wysoka.'),
  notes: text(500, 'Uwagi mogą mieć najwyżej 500 znaków.'),
})
export type PlanItemInput = z.output<typeof planItemInput>

export const planInput = z.strictObject({
  year: planYear,
  items: z.array(planItemInput).max(500, 'Plan może mieć najwyżej 500 pozycji.'),
})
export type PlanInput = z.output<typeof planInput>

export const planRecord = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      positionTypeId: recordId,
      positionTypeName: z.string(),
      workplaceId: recordId.nullable(),
      workplaceName: z.string().nullable(),
      places: z.number().int(),
      persons: z.number().int(),
      hoursMin: z.number().int(),
      notes: z.string(),
    }),
  ),
})
export type PlanRecord = z.infer<typeof planRecord>

export const SHEET_PESEL_OPTIONS = ['koncowka', 'brak'] as const
export const SHEET_PESEL_LABELS: Record<(typeof SHEET_PESEL_OPTIONS)[number], string> = {
  koncowka: 'ostatnie 4 cyfry PESEL',
  brak: 'bez numeru PESEL',
}

export const psuSettings = z.strictObject({
  sheetPesel: z.enum(SHEET_PESEL_OPTIONS),
  coordinatorName: text(120, 'Imię i nazwisko może mieć najwyżej 120 znaków.'),
})
export type PsuSettings = z.infer<typeof psuSettings>

export const psuPlanRequest = z.strictObject({ kind: z.literal('psu-plan'), year: planYear })
