// Who may join KIS — ustawa o zatrudnieniu socjalnym art. 1 ust. 2, 3 and 3a (DOMAIN.md §2).

export const TARGET_GROUPS = {
  bezdomni: 'osoba bezdomna realizująca indywidualny program wychodzenia z bezdomności',
  uzaleznieni_alkohol: 'osoba uzależniona od alkoholu',
  uzaleznieni_narkotyki: 'osoba uzależniona od narkotyków lub innych środków odurzających',
  zaburzenia_psychiczne: 'osoba z zaburzeniami psychicznymi',
  dlugotrwale_bezrobotni: 'osoba długotrwale bezrobotna',
  opuszczajacy_zaklad_karny: 'osoba zwalniana z zakładu karnego mająca trudności z integracją',
  uchodzcy: 'uchodźca realizujący indywidualny program integracji',
  niepelnosprawni: 'osoba z niepełnosprawnością',
  inna: 'inna osoba wykluczona społecznie (podać powód)',
} as const satisfies Record<string, string>

export type TargetGroup = keyof typeof TARGET_GROUPS
export const TARGET_GROUP_CODES = Object.keys(TARGET_GROUPS) as [TargetGroup, ...TargetGroup[]]

/** Short labels for filters and lists. */
export const TARGET_GROUP_SHORT: Record<TargetGroup, string> = {
  bezdomni: 'bezdomni',
  uzaleznieni_alkohol: 'uzależnieni od alkoholu',
  uzaleznieni_narkotyki: 'uzależnieni od narkotyków',
  zaburzenia_psychiczne: 'z zaburzeniami psychicznymi',
  dlugotrwale_bezrobotni: 'długotrwale bezrobotni',
  opuszczajacy_zaklad_karny: 'opuszczający zakład karny',
  uchodzcy: 'uchodźcy',
  niepelnosprawni: 'z niepełnosprawnością',
  inna: 'inni',
}

export const EXCLUSIONS = {
  zasilek_dla_bezrobotnych: 'ma prawo do zasiłku dla bezrobotnych',
  zasilek_przedemerytalny: 'ma prawo do zasiłku przedemerytalnego',
  swiadczenie_przedemerytalne: 'ma prawo do świadczenia przedemerytalnego',
  renta_strukturalna: 'ma prawo do renty strukturalnej',
  renta_niezdolnosc: 'ma prawo do renty z tytułu niezdolności do pracy',
  emerytura: 'ma prawo do emerytury',
  nauczycielskie_swiadczenie: 'ma prawo do nauczycielskiego świadczenia kompensacyjnego',
  zatrudnienie: 'pozostaje w zatrudnieniu (zasada ośrodka)',
} as const satisfies Record<string, string>

export type Exclusion = keyof typeof EXCLUSIONS
export const EXCLUSION_CODES = Object.keys(EXCLUSIONS) as [Exclusion, ...Exclusion[]]

const ADDICTION_GROUPS: readonly TargetGroup[] = ['uzaleznieni_alkohol', 'uzaleznieni_narkotyki']

export interface EligibilityInput {
  targetGroups: readonly TargetGroup[]
  exclusions: readonly Exclusion[]
  therapyCompleted: boolean
}

export interface EligibilityOptions {
  /** The office's own rule: addicted people should have completed therapy (a warning, not a block). */
  requireTherapyForAddicted: boolean
}

export interface EligibilityResult {
  blocking: string[]
  warnings: string[]
}

export function checkEligibility(input: EligibilityInput, options: EligibilityOptions): EligibilityResult {
  const blocking: string[] = []
  const warnings: string[] = []
  if (input.targetGroups.length === 0)
    blocking.push('Zaznacz co najmniej jedną grupę docelową (art. 1 ust. 2).')
  for (const code of new Set(input.exclusions)) {
    if (code === 'renta_niezdolnosc') {
      warnings.push(
        'Osoba ma prawo do renty z tytułu niezdolności do pracy — może uczestniczyć w zajęciach KIS (art. 1 ust. 3a), ' +
          'ale nie w pełnym programie zatrudnienia socjalnego.',
      )
    } else if (code === 'zatrudnienie') {
      blocking.push('Osoba pozostaje w zatrudnieniu — ośrodek nie przyjmuje osób pracujących.')
    } else {
      blocking.push(`Osoba ${EXCLUSIONS[code]} — wyklucza to udział w KIS (art. 1 ust. 3).`)
    }
  }
  const addicted = input.targetGroups.some((g) => ADDICTION_GROUPS.includes(g))
  if (options.requireTherapyForAddicted && addicted && !input.therapyCompleted) {
    warnings.push('Ośrodek wymaga od osób uzależnionych ukończenia terapii — brak potwierdzenia terapii.')
  }
  return { blocking, warnings }
}
