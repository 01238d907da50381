// Grants settled in the report to the wojewoda (art. 18a ust. 6 pkt 4 ustawy o zatrudnieniu
// socjalnym: "rozliczenie przyznanych dotacji za rok poprzedni", DOMAIN.md §2): entered as data on
// Sprawozdania → Dane do sprawozdań, printed per grant with the year, and flagged when the amounts
// used and returned do not add up to the amount granted.
import { z } from './zod-pl'
import { formatGrosze } from './money'
import { recordId } from './participant.schema'

export const grantRecord = z.object({
  id: recordId,
  year: z.number().int(),
  name: z.string(),
  grantedGr: z.number().int(),
  usedGr: z.number().int(),
  returnedGr: z.number().int(),
  notes: z.string(),
})
export type GrantRecord = z.infer<typeof grantRecord>

/**
 * What is left unsettled: granted − (used + returned), in grosze. Zero means the grant is settled;
 * positive, money neither used nor returned; negative, more used and returned than was granted.
 */
export function grantUnsettledGr(g: Pick<GrantRecord, 'grantedGr' | 'usedGr' | 'returnedGr'>): number {
  return g.grantedGr - (g.usedGr + g.returnedGr)
}

/** The settlement as the report prints it: "rozliczona", or what does not add up. */
export function grantSettlementText(g: Pick<GrantRecord, 'grantedGr' | 'usedGr' | 'returnedGr'>): string {
  const left = grantUnsettledGr(g)
  if (left === 0) return 'rozliczona'
  return left > 0
    ? `NIEZGODNOŚĆ: ${formatGrosze(left)} ani wykorzystane, ani zwrócone`
    : `NIEZGODNOŚĆ: wykorzystano i zwrócono o ${formatGrosze(-left)} więcej, niż przyznano`
}

export const GRANT_RULE =
  'Rozliczenie dotacji: kwota wykorzystana + kwota zwrócona = kwota przyznana. Dotacja, której to się nie zgadza, jest oznaczona.'

/** Złoty as typed, to the grosz. */
const zloty = (label: string) =>
  z
    .number({ error: `${label}: podaj kwotę liczbą.` })
    .min(0, `${label}: kwota nie może być ujemna.`)
    .max(100_000_000, `${label}: kwota jest nierealnie wysoka.`)
    .refine(
      (a) => Math.abs(a * 100 - Math.round(a * 100)) < 1e-6,
      `${label}: kwotę podaje się z dokładnością do grosza.`,
    )

export const grantInput = z
  .strictObject({
    id: recordId.nullable(),
    year: z
      .number({ error: 'Podaj rok, na który przyznano dotację.' })
      .int('Rok to liczba całkowita, np. 2025.')
      .min(2000, 'Podaj rok od 2000.')
      .max(2100, 'Podaj rok do 2100.'),
    name: z
      .string()
      .trim()
      .min(1, 'Podaj nazwę dotacji i kto jej udzielił (np. dotacja celowa wojewody).')
      .max(200, 'Nazwa może mieć najwyżej 200 znaków.'),
    granted: zloty('Przyznano'),
    used: zloty('Wykorzystano'),
    returned: zloty('Zwrócono'),
    notes: z.string().trim().max(500, 'Uwagi mogą mieć najwyżej 500 znaków.'),
  })
  .transform((v) => ({
    id: v.id,
    year: v.year,
    name: v.name,
    grantedGr: Math.round(v.granted * 100),
    usedGr: Math.round(v.used * 100),
    returnedGr: Math.round(v.returned * 100),
    notes: v.notes,
  }))
export type GrantForm = z.input<typeof grantInput>
export type GrantData = z.output<typeof grantInput>
