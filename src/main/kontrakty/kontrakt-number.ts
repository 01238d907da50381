// Allocating kontrakt numbers: a yearly sequence by the year of the date the kontrakt is concluded.
// The caller runs this inside the transaction that inserts the kontrakt (number is UNIQUE in SQL).
import { formatKontraktNumber } from '@shared/kontrakt-number'

export interface TakenNumber {
  year: number
  seq: number
}

export interface KontraktNumber {
  year: number
  seq: number
  number: string
}

export function nextKontraktNumber(
  prefix: string,
  concludedOn: string,
  taken: readonly TakenNumber[],
): KontraktNumber {
  const year = Number(concludedOn.slice(0, 4))
  const last = taken.filter((t) => t.year === year).reduce((max, t) => Math.max(max, t.seq), 0)
  const seq = last + 1
  return { year, seq, number: formatKontraktNumber(prefix, seq, year) }
}
