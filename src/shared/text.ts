// Search ignores case and Polish diacritics: "lodz" finds "Łódź", "zolw" finds "Żółw".
// NFD strips most accents; ł/Ł has no decomposition and is mapped by hand.

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Polish plural forms: 1 błąd, 2–4 błędy (but 12–14 błędów), 5+ błędów. */
export function pluralPl(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one
  const lastTwo = n % 100
  const last = n % 10
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many
}

const polish = new Intl.Collator('pl')

/** Compares two texts in Polish alphabetical order (Ł after L, Ź before Ż), for the short lists sorted in code. */
export function comparePolish(a: string, b: string): number {
  return polish.compare(a, b)
}

/** Plain code-unit order: for ISO dates and keys spelled for it (participants.name_order). */
export function compareBinary(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** "2 osoby", "5 osób": a count with the noun in its Polish plural form. */
export function countPl(n: number, one: string, few: string, many: string): string {
  return `${n} ${pluralPl(n, one, few, many)}`
}

/** Non-empty text with nothing visible: only control or format characters (NUL, zero-width…) and spaces. */
export function onlyInvisible(text: string): boolean {
  const unspaced = text.replace(/\s/gu, '')
  return unspaced.length > 0 && /^[\p{Cc}\p{Cf}]+$/u.test(unspaced)
}

/** Bidi embeddings, overrides and isolates: they can show a name or a number other than the one stored. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** People in a list's order: surname, then first name, in Polish collation. */
export function byPersonName(
  a: { lastName: string; firstName: string },
  b: { lastName: string; firstName: string },
): number {
  return comparePolish(a.lastName, b.lastName) || comparePolish(a.firstName, b.firstName)
}
