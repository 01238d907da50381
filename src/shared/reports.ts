// The figures of the yearly activity summary and of the report to the wojewoda (DOMAIN.md §2), each
// with the one definition the screen, the PDF, the XLSX and the tests show beside it. Pure data and
// formatting: the main process computes the figures (src/main/reports/figures.ts) by these words.
import { formatDate } from './dates'
import { formatGrosze } from './money'

/** What a figure counts; drives its formatting and whether its drill-down rows are counted or summed. */
export type FigureUnit = 'osoby' | 'uczestnictwa' | 'zajecia' | 'stanowiska' | 'wpisy' | 'minuty' | 'grosze'

export interface FigureDefinition {
  label: string
  definition: string
  unit: FigureUnit
  /** The summary figure it is a share of ("ok. 52% uczestników"); see shareBase. */
  shareOf?: string
  /** Indented under the figure above it (a split). */
  part?: boolean
}

const IN_PERIOD = 'w okresie sprawozdania'
const PSU_LISTS =
  'Z list wypłat zatwierdzonych lub wypłaconych (bez projektów i anulowanych) za miesiące pracy od miesiąca daty początkowej do miesiąca daty końcowej.'

/** The yearly activity summary, in print order. */
export const SUMMARY_FIGURES = {
  uczestnicy: {
    label: 'Osoby, które uczestniczyły w KIS',
    definition: `Osoby z co najmniej jednym uczestnictwem trwającym choćby jeden dzień ${IN_PERIOD} (rozpoczętym nie później niż w ostatnim dniu okresu i niezakończonym przed jego pierwszym dniem). Osoba z kilkoma uczestnictwami liczy się raz.`,
    unit: 'osoby',
  },
  kobiety: {
    label: 'w tym kobiety',
    definition: 'Uczestnicy, których płeć w rejestrze to „K”.',
    unit: 'osoby',
    part: true,
  },
  mezczyzni: {
    label: 'w tym mężczyźni',
    definition: 'Uczestnicy, których płeć w rejestrze to „M”.',
    unit: 'osoby',
    part: true,
  },
  absolwenci: {
    label: 'Absolwenci (uczestnictwo co najmniej 6 miesięcy)',
    definition: `Osoby, których uczestnictwo zakończyło się ${IN_PERIOD} i trwało co najmniej sześć miesięcy kalendarzowych (np. od 15.01 do 15.07 — dzień 14.07 to o jeden dzień za mało; przy krótszym miesiącu liczy się jego ostatni dzień), niezależnie od przyczyny zakończenia. Uczestnictwa trwające jeszcze się nie liczą.`,
    unit: 'osoby',
    shareOf: 'uczestnicy',
  },
  zatrudnieni: {
    label: 'Osoby, które podjęły pracę',
    definition: `Wskaźnik ośrodka z jego zestawienia rocznego (nie ustawowy): osoby z zapisanym podjęciem pracy (umowa o pracę albo umowa cywilnoprawna) z datą ${IN_PERIOD} — w trakcie uczestnictwa albo po nim. Osoba z kilkoma umowami liczy się raz.`,
    unit: 'osoby',
    shareOf: 'uczestnicy',
  },
  'zatrudnieni-umowa-o-prace': {
    label: 'w tym na umowę o pracę',
    definition: `Osoby z podjęciem pracy na umowę o pracę z datą ${IN_PERIOD}.`,
    unit: 'osoby',
    part: true,
  },
  'zatrudnieni-cywilnoprawna': {
    label: 'w tym na umowę cywilnoprawną',
    definition: `Osoby z podjęciem pracy na umowę cywilnoprawną z datą ${IN_PERIOD}. Osoba z umowami obu rodzajów jest w obu wierszach.`,
    unit: 'osoby',
    part: true,
  },
  usamodzielnieni: {
    label: 'Osoby usamodzielnione',
    definition: `Osoby, których uczestnictwo zakończyło się ${IN_PERIOD} i które do końca okresu uzyskały stały własny dochód zapisany przy tym uczestnictwie: podjęcie pracy albo przyznanie świadczenia ZUS. Program nie wie, czy osoba przestała korzystać z pomocy społecznej — sprawdź listę przed wysłaniem.`,
    unit: 'osoby',
    shareOf: 'uczestnicy',
  },
  'usamodzielnieni-praca': {
    label: 'w tym pracujące',
    definition: 'Usamodzielnieni z zapisanym podjęciem pracy (także gdy mają też świadczenie ZUS).',
    unit: 'osoby',
    part: true,
  },
  'usamodzielnieni-zus': {
    label: 'w tym ze świadczeniem ZUS',
    definition: 'Usamodzielnieni ze świadczeniem ZUS, bez zapisanego podjęcia pracy.',
    unit: 'osoby',
    part: true,
  },
  staze: {
    label: 'Osoby na stażu',
    definition: `Osoby ze stażem, którego okres (od–do) obejmuje choćby jeden dzień ${IN_PERIOD}.`,
    unit: 'osoby',
  },
  'doradztwo-zawodowe': {
    label: 'Osoby korzystające z doradztwa zawodowego',
    definition: `Osoby z co najmniej jednym wpisem doradztwa zawodowego ${IN_PERIOD}.`,
    unit: 'osoby',
  },
  'poradnictwo-psychologiczne': {
    label: 'Osoby korzystające z poradnictwa psychologicznego',
    definition: `Osoby z co najmniej jednym wpisem poradnictwa psychologicznego ${IN_PERIOD}.`,
    unit: 'osoby',
  },
  'poradnictwo-prawne': {
    label: 'Osoby korzystające z poradnictwa prawnego',
    definition: `Osoby z co najmniej jednym wpisem poradnictwa prawnego ${IN_PERIOD}.`,
    unit: 'osoby',
  },
  'zajecia-grupowe': {
    label: 'Przeprowadzone zajęcia grupowe',
    definition: `Liczba zajęć grupowych z datą ${IN_PERIOD} (każde zajęcia raz, niezależnie od liczby obecnych).`,
    unit: 'zajecia',
  },
  'zajecia-grupowe-osoby': {
    label: 'Osoby obecne na zajęciach grupowych',
    definition: `Osoby obecne na co najmniej jednych zajęciach grupowych ${IN_PERIOD}.`,
    unit: 'osoby',
    part: true,
  },
  'projekty-ue': {
    label: 'Uczestnicy projektów UE',
    definition: `Osoby z udziałem w projekcie UE, którego okres obejmuje choćby jeden dzień ${IN_PERIOD} (bez daty końca: tylko dzień rozpoczęcia).`,
    unit: 'osoby',
  },
  'przerwane-kontrakty': {
    label: 'Uczestnictwa przerwane z powodu niewywiązywania się z kontraktu',
    definition: `Uczestnictwa zakończone ${IN_PERIOD} z przyczyną „przerwanie z powodu niewywiązywania się z kontraktu socjalnego”. Liczą się uczestnictwa, nie osoby.`,
    unit: 'uczestnictwa',
  },
  'psu-osoby': {
    label: 'Osoby wykonujące PSU',
    definition: `Osoby na listach wypłat PSU. ${PSU_LISTS}`,
    unit: 'osoby',
  },
  'psu-stanowiska': {
    label: 'Stanowiska PSU',
    definition: `Różne stanowiska (miejsce pracy i rodzaj), na których ktoś przepracował godziny według list wypłat. ${PSU_LISTS}`,
    unit: 'stanowiska',
  },
  'psu-godziny': {
    label: 'Przepracowane godziny PSU',
    definition: `Suma godzin z list wypłat. ${PSU_LISTS}`,
    unit: 'minuty',
  },
  'psu-naliczone': {
    label: 'Świadczenia PSU naliczone',
    definition: `Suma kwot świadczeń na listach wypłat. ${PSU_LISTS}`,
    unit: 'grosze',
  },
  'psu-wyplacone': {
    label: 'Świadczenia PSU wypłacone (wydatki)',
    definition: `Suma kwot świadczeń oznaczonych jako wypłacone. ${PSU_LISTS}`,
    unit: 'grosze',
  },
  'psu-refundacja-nalezna': {
    label: 'Refundacja z Funduszu Pracy należna',
    definition: `Suma refundacji wyliczonych na listach wypłat (porozumienia sprzed 1.06.2025: 60% stawki minimalnej × godziny, nie więcej niż wypłacono; późniejsze: według porozumienia). ${PSU_LISTS}`,
    unit: 'grosze',
  },
  'psu-refundacja-wnioskowana': {
    label: 'Refundacja z Funduszu Pracy — wnioskowana',
    definition: `Refundacja z list objętych wnioskiem do PUP, który nie jest anulowany. ${PSU_LISTS}`,
    unit: 'grosze',
  },
  'psu-refundacja-otrzymana': {
    label: 'Refundacja z Funduszu Pracy — otrzymana',
    definition: `Kwoty, które wpłynęły z PUP; wpływ z wniosku obejmującego kilka miesięcy jest rozdzielony na osoby i miesiące proporcjonalnie do wnioskowanych kwot (co do grosza). ${PSU_LISTS}`,
    unit: 'grosze',
  },
} as const satisfies Record<string, FigureDefinition>

export type SummaryFigureId = keyof typeof SUMMARY_FIGURES
export const SUMMARY_FIGURE_IDS = Object.keys(SUMMARY_FIGURES) as [SummaryFigureId, ...SummaryFigureId[]]
export const KIS_FIGURE_IDS = SUMMARY_FIGURE_IDS.filter((id) => !id.startsWith('psu-'))
export const PSU_FIGURE_IDS = SUMMARY_FIGURE_IDS.filter((id) => id.startsWith('psu-'))

/** Figures of the report to the wojewoda; keyed ones take a target group or an activity kind. */
export const WOJEWODA_FIGURES = {
  'grupa-uczestnicy': {
    label: 'Uczestnicy w grupie',
    definition: `Uczestnicy (jak w zestawieniu rocznym), których uczestnictwo ${IN_PERIOD} ma zaznaczoną tę grupę docelową (art. 1 ust. 2). Osoba w kilku grupach jest w każdej z nich, więc wiersze sumują się do więcej niż ogółem.`,
    unit: 'osoby',
  },
  reintegracja: {
    label: 'Osoby, które osiągnęły reintegrację społeczną i zawodową',
    definition: `Osoby, których uczestnictwo zakończyło się ${IN_PERIOD} z przyczyną „ukończenie programu” albo „podjęcie zatrudnienia”.`,
    unit: 'osoby',
  },
  'grupa-reintegracja': {
    label: 'Reintegracja w grupie',
    definition: 'Osoby, które osiągnęły reintegrację (jak wyżej), z tą grupą docelową.',
    unit: 'osoby',
  },
  'zatrudnieni-po-kis': {
    label: 'w tym zatrudnienie po ukończeniu uczestnictwa w klubie',
    definition: `Spośród osób, które osiągnęły reintegrację (jak wyżej): te, które podjęły pracę (umowa o pracę lub cywilnoprawna) z datą późniejszą niż ostatni dzień tego uczestnictwa i nie późniejszą niż koniec okresu (art. 18a ust. 6 pkt 2 lit. b). Praca podjęta w trakcie uczestnictwa — także w jego ostatnim dniu — się tu nie liczy; liczy ją wskaźnik ośrodka „${SUMMARY_FIGURES.zatrudnieni.label}” w części 3.`,
    unit: 'osoby',
    part: true,
  },
  'grupa-zatrudnieni-po-kis': {
    label: 'Zatrudnienie po ukończeniu uczestnictwa w grupie',
    definition: 'Osoby z zatrudnieniem po ukończeniu uczestnictwa (jak wyżej), z tą grupą docelową.',
    unit: 'osoby',
  },
  'wsparcie-osoby': {
    label: 'Osoby objęte formą wsparcia',
    definition: `Osoby z co najmniej jednym wpisem tej formy wsparcia ${IN_PERIOD} (staż i projekt UE: okres obejmujący choćby dzień okresu).`,
    unit: 'osoby',
  },
  'wsparcie-wpisy': {
    label: 'Liczba wpisów formy wsparcia',
    definition: `Wpisy tej formy wsparcia ${IN_PERIOD} (sesja, porada, obecność na zajęciach, staż, udział w projekcie).`,
    unit: 'wpisy',
  },
  kadra: {
    label: 'Kadra KIS',
    definition: `Osoby z listy pracowników (Ustawienia) z zapisanym zatrudnieniem w KIS (Sprawozdania → Dane do sprawozdań) trwającym choćby dzień ${IN_PERIOD}. Osoba z kilkoma okresami zatrudnienia liczy się raz.`,
    unit: 'osoby',
  },
} as const satisfies Record<string, FigureDefinition>

export type WojewodaFigureId = keyof typeof WOJEWODA_FIGURES

/** Positions of one PSU type: a split of 'psu-stanowiska', keyed by the type's name. */
export const PSU_TYPE_FIGURE: FigureDefinition = {
  label: 'Stanowiska PSU tego rodzaju',
  definition: 'Różne stanowiska tego rodzaju, na których ktoś przepracował godziny według list wypłat.',
  unit: 'stanowiska',
}

export const FIGURES: Record<FigureId, FigureDefinition> = {
  ...SUMMARY_FIGURES,
  ...WOJEWODA_FIGURES,
  'psu-stanowiska-rodzaj': PSU_TYPE_FIGURE,
}
export type FigureId = SummaryFigureId | WojewodaFigureId | 'psu-stanowiska-rodzaj'
export const FIGURE_IDS = Object.keys(FIGURES) as [FigureId, ...FigureId[]]

/** The figure a figure is a share of, if any. */
export function shareBase(id: FigureId): SummaryFigureId | null {
  return (FIGURES[id].shareOf as SummaryFigureId | undefined) ?? null
}

/** Figures whose drill-down rows are summed (hours, money) rather than counted. */
export function isSumUnit(unit: FigureUnit): boolean {
  return unit === 'minuty' || unit === 'grosze'
}

/**
 * A share in whole percent, rounded half up (12,5% → 13%, 12,4% → 12%), computed in integers so that
 * no floating-point error moves a value off the .5 edge. null when there is nothing to share.
 */
export function sharePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null
  return Math.floor((200 * part + whole) / (2 * whole))
}

/** "ok. 52%" as the office writes shares; "—" when the whole is zero. */
export function formatShare(part: number, whole: number): string {
  const percent = sharePercent(part, whole)
  return percent === null ? '—' : `ok. ${percent}%`
}

export const SHARE_RULE =
  'Udziały zaokrąglone do pełnego procentu: od 0,5 w górę (12,5% → ok. 13%), poniżej 0,5 w dół (12,4% → ok. 12%).'

/** 13050 → "217,5 h": hours with at most two decimals and a decimal comma. */
export function formatMinutesAsHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100
  return `${String(hours).replace('.', ',')}\u00a0h`
}

/** A figure's value as the report prints it. */
export function formatFigure(unit: FigureUnit, value: number): string {
  if (unit === 'grosze') return formatGrosze(value)
  if (unit === 'minuty') return formatMinutesAsHours(value)
  return String(value)
}

/** "01.01.2025–31.12.2025", or "rok 2025" for a whole calendar year. */
export function formatPeriod(from: string, to: string): string {
  const year = from.slice(0, 4)
  if (from === `${year}-01-01` && to === `${year}-12-31`) return `rok ${year}`
  return `${formatDate(from)}–${formatDate(to)}`
}

export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** The same period `years` earlier (29 February becomes 28 February in a common year). */
export function shiftRangeByYears(range: { from: string; to: string }, years: number) {
  return { from: shiftIsoByYears(range.from, years), to: shiftIsoByYears(range.to, years) }
}

function shiftIsoByYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) - years
  const monthDay = iso.slice(5)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`
}

/** Sources of funding (DOMAIN.md §2), entered as data by month range. */
export const FUNDING_SOURCES = {
  srodki_wlasne_gminy: 'środki własne gminy',
  fundusz_pracy: 'Fundusz Pracy (refundacja PSU)',
  projekt_ue: 'projekt UE',
  dotacja_wojewody: 'dotacja z budżetu państwa (wojewoda)',
  inne: 'inne źródło',
} as const
export type FundingSource = keyof typeof FUNDING_SOURCES
export const FUNDING_SOURCE_CODES = Object.keys(FUNDING_SOURCES) as [FundingSource, ...FundingSource[]]

/** How a KIS staff member is engaged (art. 18a ust. 6: "podstawa zatrudnienia"). */
export const STAFF_BASES = {
  umowa_o_prace: 'umowa o pracę',
  umowa_zlecenie: 'umowa zlecenia',
  umowa_o_dzielo: 'umowa o dzieło',
  powolanie: 'powołanie / mianowanie',
  wolontariat: 'wolontariat',
  inne: 'inna podstawa',
} as const
export type StaffBasis = keyof typeof STAFF_BASES
export const STAFF_BASIS_CODES = Object.keys(STAFF_BASES) as [StaffBasis, ...StaffBasis[]]

/** 500 → "0,5 etatu", 1000 → "1 etat", 1500 → "1,5 etatu". */
export function formatFte(permille: number): string {
  const value = String(permille / 1000).replace('.', ',')
  return permille === 1000 ? '1 etat' : `${value} etatu`
}

/** The working time as the report prints it: etat, hours a month, or both. */
export function formatWorkingTime(ftePermille: number | null, monthlyMin: number | null): string {
  const parts: string[] = []
  if (ftePermille !== null) parts.push(formatFte(ftePermille))
  if (monthlyMin !== null) parts.push(`${formatMinutesAsHours(monthlyMin)} miesięcznie`)
  return parts.join(', ')
}
