// Which PSU rules a porozumienie follows: decided by its signing date alone (DOMAIN.md §4).
// Old porozumienia keep running under the old rules after 1 June 2025 (art. 435 ust. 1 of the 2025 act).

export const NEW_REGIME_FROM = '2025-06-01'

export const PSU_REGIMES = ['stary', 'nowy'] as const
export type PsuRegime = (typeof PSU_REGIMES)[number]

export const REFUND_BASES = ['stawka_minimalna', 'stawka_wyplacona'] as const
export type RefundBase = (typeof REFUND_BASES)[number]
export const REFUND_BASE_LABELS: Record<RefundBase, string> = {
  stawka_minimalna: 'minimalnej stawki świadczenia',
  stawka_wyplacona: 'wypłaconego świadczenia',
}

export interface RegimeInfo {
  label: string
  legalBasis: string
  /** The statutory weekly cap in minutes, or null where the porozumienie decides (not confirmed). */
  weeklyCapMin: number | null
  /** The highest refund share the law allows, in basis points, or null where the porozumienie decides. */
  maxRefundShareBp: number | null
  /** The refund base the law fixes, or null where the porozumienie decides. */
  refundBase: RefundBase | null
  /** What the app suggests for a new porozumienie of this regime; null: only from the porozumienie. */
  defaults: {
    monthlyLimitMin: number
    weeklyLimitMin: number | null
    refundShareBp: number | null
    refundBase: RefundBase | null
  }
  /** How sure the project is of these rules (DOMAIN.md: S = official page or legal press, U = unchecked). */
  confidence: string
}

export const REGIMES: Record<PsuRegime, RegimeInfo> = {
  stary: {
    label: 'dotychczasowe przepisy (porozumienie podpisane przed 1 czerwca 2025 r.)',
    legalBasis:
      'art. 73a ustawy z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy; ' +
      'rozporządzenie Ministra Rodziny, Pracy i Polityki Społecznej z dnia 21 grudnia 2017 r. ' +
      'w sprawie organizowania prac społecznie użytecznych (Dz.U. 2017 poz. 2447); ' +
      'porozumienie trwa na dotychczasowych zasadach (art. 435 ust. 1 ustawy z dnia 20 marca 2025 r.)',
    weeklyCapMin: 600,
    maxRefundShareBp: 6000,
    refundBase: 'stawka_minimalna',
    defaults: {
      monthlyLimitMin: 2400,
      weeklyLimitMin: 600,
      refundShareBp: 6000,
      refundBase: 'stawka_minimalna',
    },
    confidence:
      'Potwierdzone (strona urzędowa, prasa prawnicza): najwyżej 10 godzin tygodniowo; refundacja do 60% minimalnego świadczenia za przepracowane godziny',
  },
  nowy: {
    label: 'nowe przepisy (porozumienie podpisane od 1 czerwca 2025 r.)',
    legalBasis: 'ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia (Dz.U. 2025 poz. 620)',
    weeklyCapMin: null,
    maxRefundShareBp: null,
    refundBase: null,
    // The 2025 act has no valorised minimum rate of the old kind: no "60 % of the minimum" default.
    defaults: {
      monthlyLimitMin: 2400,
      weeklyLimitMin: null,
      refundShareBp: null,
      refundBase: null,
    },
    confidence:
      'Do potwierdzenia: limity godzin, sposób ustalania świadczenia i udział refundacji nie zostały sprawdzone — ' +
      'obowiązują wartości wpisane z porozumienia',
  },
}

/** The mark beside terms the 2025 act leaves to the porozumienie, on screen and in print. */
export const TERMS_TO_CONFIRM = 'do potwierdzenia w porozumieniu'

export function regimeFor(signedOn: string): PsuRegime {
  return signedOn < NEW_REGIME_FROM ? 'stary' : 'nowy'
}

/** 6000 → "60%", 5550 → "55,5%". */
export function formatBasisPoints(bp: number): string {
  const percent = bp / 100
  return `${String(Number.isInteger(percent) ? percent : percent.toFixed(2).replace(/0$/, '')).replace('.', ',')}%`
}
