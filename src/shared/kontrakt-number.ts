// Kontrakt numbers: <prefix>/<number in the year>/<year>, e.g. KS/12/2026. The sequence starts
// again at 1 every calendar year (the year of the date the kontrakt is concluded).

export const KONTRAKT_PREFIX_PATTERN = /^[0-9A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż./-]+$/

export function formatKontraktNumber(prefix: string, sequence: number, year: number): string {
  return `${prefix}/${sequence}/${year}`
}
