// What printed documents need about the office: header, "miejscowość, data", kontrakt numbering.
// Kept beside the general settings (same key → value table) under their own keys and channels.
import { z } from './zod-pl'
import { settingsSchema } from './settings.schema'
import { KONTRAKT_PREFIX_PATTERN } from './kontrakt-number'
import { isRealDate } from './dates'

export const officeSchema = z.strictObject({
  officeName: settingsSchema.shape.officeName.min(1, 'Podaj nazwę ośrodka — trafia do nagłówka wydruków.'),
  officeAddress: z.string().trim().max(200, 'Adres może mieć najwyżej 200 znaków.'),
  /** The place in "Zgierz, dnia 05.03.2026" and the default place of signing a kontrakt. */
  officePlace: z.string().trim().max(60, 'Nazwa miejscowości może mieć najwyżej 60 znaków.'),
  kontraktPrefix: z
    .string()
    .trim()
    .min(1, 'Podaj przedrostek numeru kontraktu, np. KS.')
    .max(20, 'Przedrostek może mieć najwyżej 20 znaków.')
    .regex(
      KONTRAKT_PREFIX_PATTERN,
      'Przedrostek może zawierać litery, cyfry, kropkę, myślnik i ukośnik (np. KS albo OPS.KS).',
    ),
  // The club the yearly report to the wojewoda is about (art. 18a ust. 6) and its entry in the
  // wojewoda's register of KIS; printed in the report's heading.
  kisName: z.string().trim().max(200, 'Nazwa klubu może mieć najwyżej 200 znaków.'),
  kisAddress: z.string().trim().max(200, 'Adres klubu może mieć najwyżej 200 znaków.'),
  kisRegisterNumber: z.string().trim().max(60, 'Numer wpisu może mieć najwyżej 60 znaków.'),
  /** ISO date of the register entry, or '' when not entered. */
  kisRegisterDate: z
    .string()
    .max(10)
    .refine((v) => v === '' || isRealDate(v), 'Podaj datę wpisu w formacie DD.MM.RRRR.'),
})
export type Office = z.infer<typeof officeSchema>

export const DEFAULT_OFFICE: Office = {
  officeName: 'Ośrodek Pomocy Społecznej',
  officeAddress: '',
  officePlace: '',
  kontraktPrefix: 'KS',
  kisName: '',
  kisAddress: '',
  kisRegisterNumber: '',
  kisRegisterDate: '',
}
