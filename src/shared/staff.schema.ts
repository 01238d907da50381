// The office's staff list (social workers): chosen as the worker on a kontrakt, the OPS worker who
// refers a person to KIS, and the worker who holds an individual session.
import { z } from './zod-pl'
import { recordId } from './participant.schema'

export const staffInput = z.strictObject({
  fullName: z
    .string()
    .trim()
    .min(1, 'Podaj imię i nazwisko pracownika.')
    .max(120, 'Imię i nazwisko może mieć najwyżej 120 znaków.'),
  position: z.string().trim().max(120, 'Stanowisko może mieć najwyżej 120 znaków.'),
  phone: z
    .string()
    .trim()
    .max(30, 'Numer telefonu jest za długi.')
    .refine(
      (v) => v === '' || (/^\+?[\d\s-]{9,20}$/.test(v) && v.replace(/\D/g, '').length >= 9),
      'Podaj numer telefonu (co najmniej 9 cyfr) albo zostaw pole puste.',
    ),
  active: z.boolean(),
})
export type StaffForm = z.input<typeof staffInput>
export type StaffData = z.output<typeof staffInput>

export const staffRecord = z.object({
  id: recordId,
  fullName: z.string(),
  position: z.string(),
  phone: z.string(),
  active: z.boolean(),
  /** Referenced by a kontrakt, a participation or an activity: it may be deactivated, never deleted. */
  inUse: z.boolean(),
})
export type StaffRecord = z.infer<typeof staffRecord>

export const staffListQuery = z.strictObject({ includeInactive: z.boolean() })
export const staffList = z.array(staffRecord)
