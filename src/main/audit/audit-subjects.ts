// Polish words for what an entry was about. Entries keep the code (channel, document kind, list);
// the screen and the export read it through this map, falling back to the code itself.

const CHANGES: Record<string, string> = {
  'participants:create': 'rejestr — dodanie osoby',
  'participants:update': 'rejestr — zmiana danych osoby',
  'participants:archive': 'rejestr — przeniesienie do archiwum',
  'participations:open': 'uczestnictwo w KIS — przyjęcie',
  'participations:close': 'uczestnictwo w KIS — zakończenie',
  'kontrakty:create': 'kontrakt socjalny — nowy',
  'kontrakty:update': 'kontrakt socjalny — zmiana projektu',
  'kontrakty:sign': 'kontrakt socjalny — podpisanie',
  'kontrakty:amend': 'kontrakt socjalny — aneks',
  'kontrakty:evaluate': 'kontrakt socjalny — ocena',
  'kontrakty:progress': 'kontrakt socjalny — stan działania',
  'activities:create': 'działanie wspierające — dodanie',
  'activities:delete': 'działanie wspierające — usunięcie',
  'classes:save': 'zajęcia grupowe — obecność',
  'assignments:create': 'przydział PSU — nowy',
  'assignments:update': 'przydział PSU — zmiana',
  'assignments:remove': 'przydział PSU — usunięcie',
  'psuevents:create': 'PSU — odmowa lub nieobecność',
  'psuevents:update': 'PSU — zmiana odmowy lub nieobecności',
  'psuevents:remove': 'PSU — usunięcie odmowy lub nieobecności',
  'timesheets:save': 'karta ewidencji godzin — wpis',
  'timesheets:lock': 'karta ewidencji godzin — zamknięcie',
  'timesheets:lockmonth': 'karty ewidencji godzin — zamknięcie miesiąca',
  'timesheets:reopen': 'karta ewidencji godzin — otwarcie',
  'payouts:compute': 'lista wypłat — obliczenie',
  'payouts:approve': 'lista wypłat — zatwierdzenie',
  'payouts:cancel': 'lista wypłat — anulowanie',
  'payouts:pay': 'lista wypłat — wypłata',
  'payouts:payment': 'forma wypłaty i rachunek osoby',
  'privacy:anonymise': 'anonimizacja osoby',
  'privacy:retentionsave': 'okresy przechowywania',
  'lock:setup': 'hasło blokady — ustawienie',
  'lock:configure': 'czas blokady ekranu',
  'lock:disable': 'hasło blokady — wyłączenie',
  'lock:recover': 'hasło blokady — odzyskanie kodem',
}

const DOCUMENTS: Record<string, string> = {
  'karta-uczestnika': 'karta uczestnika',
  'kontrakt-socjalny': 'kontrakt socjalny',
  'kontrakt-aneks': 'aneks do kontraktu',
  'kontrakt-ocena': 'ocena kontraktu',
  'zaswiadczenie-kis': 'zaświadczenie o uczestnictwie',
  'lista-wyplat': 'lista wypłat',
  'wniosek-refundacja': 'wniosek o refundację',
  'psu-karty': 'karty ewidencji godzin PSU',
  'psu-plan': 'plan potrzeb PSU',
  'porozumienie-psu': 'warunki porozumienia PSU',
  'sprawozdanie-roczne': 'zestawienie roczne KIS',
  'sprawozdanie-wojewoda': 'sprawozdanie dla wojewody',
  'kod-odzyskiwania': 'kod odzyskiwania hasła',
}

const LISTS: Record<string, string> = {
  participants: 'rejestr uczestników',
  'payout-list': 'lista wypłat',
  'payout-bank': 'przelewy z listy wypłat',
  'refund-statement': 'zestawienie do refundacji',
  'payout-year': 'wypłaty PSU w roku',
  kontrakty: 'kontrakty socjalne',
  activities: 'działania wspierające',
  classes: 'zajęcia grupowe',
  assignments: 'przydziały PSU',
  timesheets: 'karty PSU w miesiącu',
  payouts: 'listy wypłat',
  refunds: 'wnioski o refundację',
}

const OTHER: Record<string, string> = {
  'sprawozdanie:roczne': 'zestawienie roczne KIS',
  'sprawozdanie:wojewoda': 'sprawozdanie dla wojewody',
  'kopia:reczna': 'kopia zapasowa',
  'kopia:przywrocenie': 'plik kopii',
  'eksport:wszystko': 'cała baza i listy',
  'rejestr-czynnosci': 'rejestr czynności',
  'dane-osoby': 'folder z danymi osoby (PDF, JSON, XLSX)',
}

export function subjectLabel(code: string): string {
  const [prefix, rest] = code.split(/:(.*)/s) as [string, string | undefined]
  if (prefix === 'dokument' && rest) return DOCUMENTS[rest] ?? rest
  if (prefix === 'lista' && rest) return LISTS[rest] ?? rest
  return CHANGES[code] ?? OTHER[code] ?? code
}
