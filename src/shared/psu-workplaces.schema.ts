// Host units (miejsca wykonywania PSU), their positions, and the editable dictionary of position types.
import { z } from './zod-pl'
import { recordId, requiredText, text } from './psu-common.schema'

export const workplaceInput = z.strictObject({
  name: requiredText(200, 'Podaj nazwę miejsca pracy.', 'Nazwa może mieć najwyżej 200 znaków.'),
  address: text(300, 'Adres może mieć najwyżej 300 znaków.'),
  contact: text(200, 'Kontakt może mieć najwyżej 200 znaków.'),
  supervisorName: requiredText(
    120,
    'Podaj opiekuna, który podpisuje karty ewidencji godzin.',
    'Imię i nazwisko opiekuna może mieć najwyżej 120 znaków.',
  ),
  supervisorRole: text(120, 'Stanowisko opiekuna może mieć najwyżej 120 znaków.'),
  notes: text(2000, 'Uwagi mogą mieć najwyżej 2000 znaków.'),
})
export type WorkplaceInput = z.output<typeof workplaceInput>
export type WorkplaceForm = z.input<typeof workplaceInput>

export const positionInput = z.strictObject({
  workplaceId: recordId,
  typeId: z.number({ error: 'Wybierz rodzaj prac.' }).int().positive('Wybierz rodzaj prac.'),
  places: z
    .number({ error: 'Podaj liczbę miejsc.' })
    .int('Liczba miejsc musi być całkowita.')
    .min(1, 'Stanowisko ma co najmniej jedno miejsce.')
    .max(500, 'Liczba miejsc może wynosić najwyżej 500.'),
  description: text(500, 'Opis może mieć najwyżej 500 znaków.'),
})
export type PositionInput = z.output<typeof positionInput>
export type PositionForm = z.input<typeof positionInput>

export const positionTypeInput = z.strictObject({
  name: requiredText(100, 'Podaj nazwę rodzaju prac.', 'Nazwa może mieć najwyżej 100 znaków.'),
})

export const positionTypeRecord = z.object({
  id: recordId,
  name: z.string(),
  archived: z.boolean(),
  /** Positions of this type (archived included). */
  positions: z.number().int(),
})
export type PositionTypeRecord = z.infer<typeof positionTypeRecord>

export const positionRecord = z.object({
  id: recordId,
  workplaceId: recordId,
  typeId: recordId,
  typeName: z.string(),
  places: z.number().int(),
  description: z.string(),
  archived: z.boolean(),
  /** People assigned on the given day (today in lists). */
  occupied: z.number().int(),
  /** Assignments ever made: a position with history can only be archived. */
  assignments: z.number().int(),
})
export type PositionRecord = z.infer<typeof positionRecord>

export const workplaceRecord = z.object({
  id: recordId,
  name: z.string(),
  address: z.string(),
  contact: z.string(),
  supervisorName: z.string(),
  supervisorRole: z.string(),
  notes: z.string(),
  archived: z.boolean(),
  positions: z.array(positionRecord),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type WorkplaceRecord = z.infer<typeof workplaceRecord>

export const workplaceListQuery = z.strictObject({ includeArchived: z.boolean().default(false) })
