// Money is integer grosze everywhere; only display turns it into "1 234,56 zł".

export function formatGrosze(grosze: number): string {
  if (!Number.isSafeInteger(grosze)) throw new RangeError(`Kwota musi być całkowitą liczbą groszy: ${grosze}`)
  const sign = grosze < 0 ? '-' : ''
  const abs = Math.abs(grosze)
  const zloty = Math.floor(abs / 100)
  const rest = String(abs % 100).padStart(2, '0')
  // Polish thousands use a non-breaking space so an amount never wraps in a table cell.
  const grouped = String(zloty).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
  return `${sign}${grouped},${rest}\u00a0zł`
}
