// "… złotych xx/100" as payout lists write it (DOMAIN.md §5). The złoty part comes from n2words,
// which knows the forms (jeden złoty; dwa złote; dwanaście złotych; tysiąc / tysiące / tysięcy).
import { toCurrency } from 'n2words/pl-PL'

export function amountInWords(grosze: number): string {
  if (!Number.isSafeInteger(grosze) || grosze < 0)
    throw new RangeError(`Kwota musi być nieujemną liczbą groszy: ${grosze}`)
  const zloty = Math.floor(grosze / 100)
  const rest = String(grosze % 100).padStart(2, '0')
  // An integer string: the library never sees a float.
  return `${toCurrency(String(zloty))} ${rest}/100`
}
