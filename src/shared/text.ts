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
