// Personal data on request (art. 15/20 RODO), retention per record class, and anonymisation.
import { z } from './zod-pl'
import { recordId } from './participant.schema'

export const RETENTION_CLASSES = ['uczestnictwo', 'kontrakty', 'psu', 'wyplaty'] as const
export type RetentionClass = (typeof RETENTION_CLASSES)[number]

/** What each class holds and from when its years are counted (the end of the calendar year of…). */
export const RETENTION_CLASS_LABELS: Record<RetentionClass, { label: string; countedFrom: string }> = {
  uczestnictwo: {
    label: 'Rejestr uczestników, uczestnictwo w KIS i działania wspierające',
    countedFrom: 'zakończenia ostatniego uczestnictwa',
  },
  kontrakty: { label: 'Kontrakty socjalne z aneksami i ocenami', countedFrom: 'końca kontraktu' },
  psu: { label: 'Przydziały PSU, karty ewidencji godzin, zdarzenia', countedFrom: 'końca przydziału' },
  wyplaty: { label: 'Listy wypłat PSU i refundacja', countedFrom: 'miesiąca wypłaty' },
}

/** Shown beside every period the office has not yet confirmed. */
export const RETENTION_UNCONFIRMED = 'do uzgodnienia z JRWA ośrodka'

const retentionPeriod = z.strictObject({
  years: z
    .number({ error: 'Podaj liczbę lat.' })
    .int('Liczba lat musi być całkowita.')
    .min(1, 'Okres przechowywania to co najmniej 1 rok.')
    .max(100, 'Okres przechowywania to najwyżej 100 lat.'),
  /** The office checked the period against its JRWA. */
  confirmed: z.boolean(),
})

export const retentionSettings = z.strictObject({
  uczestnictwo: retentionPeriod,
  kontrakty: retentionPeriod,
  psu: retentionPeriod,
  wyplaty: retentionPeriod,
})
export type RetentionSettings = z.infer<typeof retentionSettings>

export const retentionDue = z.object({
  participantId: recordId,
  lastName: z.string(),
  firstName: z.string(),
  /** The day the last of the person's retention periods ended (ISO). */
  endedOn: z.string(),
  /** Per class the person has records in: when its records ended and when keeping them ended. */
  classes: z.array(
    z.object({ recordClass: z.enum(RETENTION_CLASSES), recordsEnd: z.string(), keptUntil: z.string() }),
  ),
})
export type RetentionDue = z.infer<typeof retentionDue>

export const retentionOverview = z.object({ periods: retentionSettings, due: z.array(retentionDue) })
export type RetentionOverview = z.infer<typeof retentionOverview>

export const anonymiseInput = z.strictObject({
  participantId: recordId,
  /** The surname typed by the coordinator, as the confirmation names the person. */
  confirmLastName: z.string().trim().min(1, 'Wpisz nazwisko osoby, aby potwierdzić.').max(80),
})
export const anonymised = z.object({ participantId: recordId, anonymisedAt: z.string() })

export const personExportInput = z.strictObject({ participantId: recordId })
export const personExported = z.discriminatedUnion('cancelled', [
  z.object({ cancelled: z.literal(true) }),
  z.object({ cancelled: z.literal(false), folder: z.string(), files: z.array(z.string()) }),
])
export type PersonExported = z.infer<typeof personExported>
