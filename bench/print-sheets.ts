// 100 monthly PSU timesheets (or any number) as the app prints them: deterministic people and hours,
// the real calendar of June 2025 (Boże Ciało) and the app's own template.
import type { KartaEwidencjiData, KartaSheet } from '../src/main/printing/documents/karta-ewidencji-godzin'
import { renderKartaEwidencjiGodzin } from '../src/main/printing/documents/karta-ewidencji-godzin'
import { monthCalendar } from '../src/main/psu/calendar'

const MONTH = '2025-06'
const FIRST = ['Zofia', 'Łukasz', 'Małgorzata', 'Grzegorz', 'Żaneta', 'Jędrzej', 'Agnieszka', 'Wiesław']
const LAST = ['Żółkiewska', 'Wąsowicz', 'Łęcka', 'Gęśla', 'Świątek', 'Kołodziej', 'Ślusarczyk', 'Dąbrowski']

/** The data of `count` sheets for June 2025, as the timesheets service hands it to the template. */
export async function timesheetsData(count: number): Promise<KartaEwidencjiData> {
  const days = await monthCalendar(MONTH)
  const sheets: KartaSheet[] = Array.from({ length: count }, (_, i) => ({
    assignmentId: i + 1,
    participantName: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
    pesel: `750310${String(10_000 + i).slice(-5)}`,
    positionName: i % 2 ? 'prace porządkowe na terenie szkoły' : 'pomoc w bibliotece gminnej',
    workplaceName: `Szkoła Podstawowa nr ${(i % 7) + 1} w Zgierzu`,
    workplaceAddress: `ul. Łąkowa ${i + 1}, 95-100 Zgierz`,
    supervisorName: 'Halina Kwiatkowska',
    supervisorRole: 'kierownik gospodarczy',
    porozumienieNumber: `PSU/${i + 1}/2025`,
    porozumienieSignedOn: '2025-01-15',
    skierowanieNumber: `CAZ.${5000 + i}`,
    skierowanieDate: '2025-01-20',
    dateFrom: '2025-02-01',
    dateTo: '2025-11-30',
    activeFrom: days[0]!.date,
    activeTo: i % 10 === 3 ? '2025-06-20' : days.at(-1)!.date,
    limits: { weeklyLimitMin: 600, monthlyLimitMin: 2400 },
    status: 'otwarty',
    entries: days
      .filter((d) => !d.dayOff && (i % 10 !== 3 || d.date <= '2025-06-20'))
      .map((d, k) => ({
        date: d.date,
        minutes: k % 9 === 4 ? 0 : 120,
        absence: k % 9 === 4 ? ('choroba' as const) : null,
      })),
  }))
  return {
    officeName: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu',
    month: MONTH,
    days,
    sheets,
    filled: true,
    peselTail: true,
    single: false,
  }
}

/** The app's own HTML of `count` sheets, as "Drukuj karty…" builds it. */
export async function timesheetsDocument(count: number) {
  return renderKartaEwidencjiGodzin(await timesheetsData(count))
}
