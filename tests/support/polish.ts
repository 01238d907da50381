// Test helper: is a user-facing message Polish (and not zod's or Node's English)?

const ENGLISH =
  /\b(invalid|expected|received|required|unrecognized|unknown|must|should|too big|too small|cannot|failed|error)\b/i
const POLISH_LETTERS = /[ąćęłńóśźż]/i
const POLISH_WORDS = /\b(nie\w*|podaj|oczekiwano|wybierz|zaznacz|osoba|plik|baza|program\w*)\b/i

export function looksPolish(message: string): boolean {
  return (POLISH_LETTERS.test(message) || POLISH_WORDS.test(message)) && !ENGLISH.test(message)
}
