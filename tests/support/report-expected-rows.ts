// What each drill-down of the report dataset (report-fixtures.ts) lists, counted by hand from its
// stories: people as the rows name them ("Surname First"), classes by topic, positions as "type —
// workplace", PSU amounts as "person, month" with the minutes or grosze where they were worked out
// by hand. Key: the figure id, or "figure key" for figures by target group, support kind or type.

const SP3 = 'osoba sprzątająca — Szkoła Podstawowa nr 3'
const LIB = 'osoba sprzątająca — Biblioteka Miejska'
const COURIER = 'goniec doręczyciel — Urząd Miejski'
const HANDY = 'robotnik gospodarczy — Ośrodek Kultury'

const anna = 'Kowalska Anna'
const barbara = 'Lewandowska Barbara'
const celina = 'Wójcik Celina'
const damian = 'Zieliński Damian'
const edward = 'Kamiński Edward'
const filip = 'Mazur Filip'
const grazyna = 'Dąbrowska Grażyna'
const henryk = 'Szymański Henryk'
const jan = 'Kaczmarek Jan'
const kamil = 'Piotrowski Kamil'
const lech = 'Łukasiewicz Lech'
const monika = 'Żak Monika'

const EMPTY_GROUPS = (figure: string, groups: readonly string[]) =>
  Object.fromEntries(groups.map((g) => [`${figure} ${g}`, [] as string[]]))
const ALL_GROUPS = [
  'bezdomni',
  'uzaleznieni_alkohol',
  'uzaleznieni_narkotyki',
  'zaburzenia_psychiczne',
  'dlugotrwale_bezrobotni',
  'opuszczajacy_zaklad_karny',
  'uchodzcy',
  'niepelnosprawni',
  'inna',
]
const SUPPORT = [
  'sesja_indywidualna',
  'doradztwo_zawodowe',
  'doradztwo_psychologiczne',
  'poradnictwo_prawne',
  'zajecia_grupowe',
  'staz',
  'projekt_ue',
]
const none = (...figures: string[]) => Object.fromEntries(figures.map((f) => [f, [] as string[]]))

// 2025, PSU person-months on approved or paid lists: May–July of PSU/1/2025, July–September of PSU/2/2025.
// Minutes: Lech 10 days × 4 h, 10 × 4 h, 10 × 3 h; Monika 5 × 4 h, 2 × 5 h, 5 × 5 h, 10 × 4 h; Edward 5 × 2,5 h.
// Grosze: 40 h × 12,20; 20 h × 12,20 + 20 h × 13,00 (from 16 June); 30 h × 13,00; Monika 20 h and 10 h × 12,20,
// then 25 h and 40 h × 15,00; Edward 12,5 h × 15,00.
const months2025 = {
  lech05: `${lech}, maj 2025`,
  monika05: `${monika}, maj 2025`,
  lech06: `${lech}, czerwiec 2025`,
  monika06: `${monika}, czerwiec 2025`,
  lech07: `${lech}, lipiec 2025`,
  monika07: `${monika}, lipiec 2025`,
  monika08: `${monika}, sierpień 2025`,
  edward09: `${edward}, wrzesień 2025`,
}
const m = months2025

export const EXPECTED_ROWS_2025: Record<string, string[]> = {
  uczestnicy: [anna, barbara, celina, damian, edward, filip, grazyna, jan, kamil],
  kobiety: [anna, barbara, celina, grazyna],
  mezczyzni: [damian, edward, filip, jan, kamil],
  absolwenci: [barbara, celina, damian, filip, jan],
  zatrudnieni: [anna, celina, damian],
  'zatrudnieni-umowa-o-prace': [anna, celina],
  'zatrudnieni-cywilnoprawna': [damian],
  usamodzielnieni: [anna, celina, damian, filip],
  'usamodzielnieni-praca': [anna, celina, damian],
  'usamodzielnieni-zus': [filip],
  staze: [barbara, grazyna],
  'doradztwo-zawodowe': [anna, grazyna],
  'poradnictwo-psychologiczne': [grazyna],
  'poradnictwo-prawne': [edward],
  'zajecia-grupowe': ['Rozmowa kwalifikacyjna', 'Budżet domowy', 'Komunikacja'],
  'zajecia-grupowe-osoby': [anna, barbara, edward, celina, grazyna, kamil],
  'projekty-ue': [damian],
  'przerwane-kontrakty': [edward, jan],
  'psu-osoby': [lech, monika, edward],
  'psu-stanowiska': [SP3, COURIER, HANDY, LIB],
  'psu-godziny': [
    `${m.lech05}: 2400`,
    `${m.monika05}: 1200`,
    `${m.lech06}: 2400`,
    `${m.monika06}: 600`,
    `${m.lech07}: 1800`,
    `${m.monika07}: 1500`,
    `${m.monika08}: 2400`,
    `${m.edward09}: 750`,
  ],
  'psu-naliczone': [
    `${m.lech05}: 48800`,
    `${m.monika05}: 24400`,
    `${m.lech06}: 50400`,
    `${m.monika06}: 12200`,
    `${m.lech07}: 39000`,
    `${m.monika07}: 37500`,
    `${m.monika08}: 60000`,
    `${m.edward09}: 18750`,
  ],
  // Everything but Edward's September list, which is approved and not paid.
  'psu-wyplacone': [m.lech05, m.monika05, m.lech06, m.monika06, m.lech07, m.monika07, m.monika08],
  'psu-refundacja-nalezna': Object.values(months2025),
  // In a request: May and June (WR/1), Lech's July (WR/2), Monika's July and August; not September.
  'psu-refundacja-wnioskowana': [
    m.lech05,
    m.monika05,
    m.lech06,
    m.monika06,
    m.lech07,
    m.monika07,
    m.monika08,
  ],
  // Received: WR/1 in full and 200,00 zł of WR/2; the PSU/2/2025 request not yet.
  'psu-refundacja-otrzymana': [m.lech05, m.monika05, m.lech06, m.monika06, m.lech07],
  ...EMPTY_GROUPS('grupa-uczestnicy', ALL_GROUPS),
  'grupa-uczestnicy bezdomni': [celina],
  'grupa-uczestnicy uzaleznieni_alkohol': [damian, jan],
  'grupa-uczestnicy zaburzenia_psychiczne': [filip],
  'grupa-uczestnicy dlugotrwale_bezrobotni': [anna, barbara, damian, grazyna, kamil],
  'grupa-uczestnicy opuszczajacy_zaklad_karny': [edward],
  'grupa-uczestnicy niepelnosprawni': [barbara],
  'grupa-uczestnicy inna': [kamil],
  reintegracja: [anna, barbara, celina, filip],
  ...EMPTY_GROUPS('grupa-reintegracja', ALL_GROUPS),
  'grupa-reintegracja bezdomni': [celina],
  'grupa-reintegracja zaburzenia_psychiczne': [filip],
  'grupa-reintegracja dlugotrwale_bezrobotni': [anna, barbara],
  'grupa-reintegracja niepelnosprawni': [barbara],
  // Art. 18a ust. 6 pkt 2 lit. b: of the reintegrated, work after the participation ended — Anna (graduated
  // 14.07, job from 01.08). Not Celina (job 20.06, participation ended 30.06 for it) nor Damian (not
  // reintegrated, job during the participation): the office's "zatrudnieni" counts all three.
  'zatrudnieni-po-kis': [anna],
  ...EMPTY_GROUPS('grupa-zatrudnieni-po-kis', ALL_GROUPS),
  'grupa-zatrudnieni-po-kis dlugotrwale_bezrobotni': [anna],
  'wsparcie-osoby sesja_indywidualna': [anna, grazyna],
  'wsparcie-osoby doradztwo_zawodowe': [anna, grazyna],
  'wsparcie-osoby doradztwo_psychologiczne': [grazyna],
  'wsparcie-osoby poradnictwo_prawne': [edward],
  'wsparcie-osoby zajecia_grupowe': [anna, barbara, edward, celina, grazyna, kamil],
  'wsparcie-osoby staz': [barbara, grazyna],
  'wsparcie-osoby projekt_ue': [damian],
  'wsparcie-wpisy sesja_indywidualna': [anna, anna, grazyna],
  'wsparcie-wpisy doradztwo_zawodowe': [anna, anna, grazyna],
  'wsparcie-wpisy doradztwo_psychologiczne': [grazyna],
  'wsparcie-wpisy poradnictwo_prawne': [edward],
  'wsparcie-wpisy zajecia_grupowe': [anna, barbara, edward, barbara, celina, grazyna, kamil],
  'wsparcie-wpisy staz': [barbara, grazyna],
  'wsparcie-wpisy projekt_ue': [damian],
  kadra: ['Maria Nowak', 'Jan Kowal'],
  'psu-stanowiska-rodzaj osoba sprzątająca': [SP3, LIB],
  'psu-stanowiska-rodzaj goniec doręczyciel': [COURIER],
  'psu-stanowiska-rodzaj robotnik gospodarczy': [HANDY],
}

// 2024: Celina (from September), Henryk (graduated 1 February), Jan (from June, broke his kontrakt in 2025);
// Lech's PSU in May (3 days × 2 h, 12,20 zł) and December (2 × 5 h), both paid and refunded.
export const EXPECTED_ROWS_2024: Record<string, string[]> = {
  uczestnicy: [celina, henryk, jan],
  kobiety: [celina],
  mezczyzni: [henryk, jan],
  absolwenci: [henryk],
  ...none(
    'zatrudnieni',
    'zatrudnieni-umowa-o-prace',
    'zatrudnieni-cywilnoprawna',
    'usamodzielnieni',
    'usamodzielnieni-praca',
    'usamodzielnieni-zus',
    'staze',
    'doradztwo-zawodowe',
    'poradnictwo-psychologiczne',
    'poradnictwo-prawne',
    'przerwane-kontrakty',
  ),
  'zajecia-grupowe': ['Pisanie CV'],
  'zajecia-grupowe-osoby': [celina, jan],
  'projekty-ue': [celina],
  'psu-osoby': [lech],
  'psu-stanowiska': [SP3],
  'psu-godziny': [`${lech}, maj 2024: 360`, `${lech}, grudzień 2024: 600`],
  'psu-naliczone': [`${lech}, maj 2024: 7320`, `${lech}, grudzień 2024: 12200`],
  'psu-wyplacone': [`${lech}, maj 2024`, `${lech}, grudzień 2024`],
  'psu-refundacja-nalezna': [`${lech}, maj 2024`, `${lech}, grudzień 2024`],
  'psu-refundacja-wnioskowana': [`${lech}, maj 2024`, `${lech}, grudzień 2024`],
  'psu-refundacja-otrzymana': [`${lech}, maj 2024`, `${lech}, grudzień 2024`],
  ...EMPTY_GROUPS('grupa-uczestnicy', ALL_GROUPS),
  'grupa-uczestnicy bezdomni': [celina, henryk],
  'grupa-uczestnicy uzaleznieni_alkohol': [jan],
  reintegracja: [henryk],
  ...EMPTY_GROUPS('grupa-reintegracja', ALL_GROUPS),
  'grupa-reintegracja bezdomni': [henryk],
  'zatrudnieni-po-kis': [],
  ...EMPTY_GROUPS('grupa-zatrudnieni-po-kis', ALL_GROUPS),
  ...EMPTY_GROUPS('wsparcie-osoby', SUPPORT),
  'wsparcie-osoby zajecia_grupowe': [celina, jan],
  'wsparcie-osoby projekt_ue': [celina],
  ...EMPTY_GROUPS('wsparcie-wpisy', SUPPORT),
  'wsparcie-wpisy zajecia_grupowe': [celina, jan],
  'wsparcie-wpisy projekt_ue': [celina],
  kadra: ['Maria Nowak'],
  'psu-stanowiska-rodzaj osoba sprzątająca': [SP3],
}
