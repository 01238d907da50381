// Valid inputs for the channels whose schemas tie many fields together (a kontrakt's goals and
// deadlines, a porozumienie's regime and rates): the hostile generator grows its payloads from them.
import type { ReportDataset } from './report-fixtures'
import { kontraktForm } from './kis-fixtures'

export function hostileSeeds(
  data: ReportDataset,
  ids: { participation: number; kontrakt: number; porozumienie: number },
) {
  const kontrakt = kontraktForm(data.staff.maria)
  const porozumienie = {
    number: 'PSU/7/2026',
    signedOn: '2025-12-20',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    plannedPersons: 5,
    plannedMin: 100 * 60,
    monthlyLimitMin: 40 * 60,
    weeklyLimitMin: 10 * 60,
    refundShareBp: 6000,
    refundBase: 'stawka_minimalna',
    refundAmountGr: null,
    refundDueDays: 30,
    maxMonthsPerPerson: null,
    works: [{ kind: 'prace porządkowe', place: 'ul. Szkolna 1', hostUnit: 'Szkoła Podstawowa nr 2' }],
    rates: [{ validFrom: '2026-01-01', rateGr: 1100 }],
    notes: '',
  }
  return {
    'kontrakty:create': { participationId: ids.participation, data: kontrakt },
    'kontrakty:update': { id: ids.kontrakt, data: kontrakt },
    'kontrakty:amend': {
      id: ids.kontrakt,
      aneksDate: '2025-10-01',
      description: 'Zmiana terminów działań',
      data: kontrakt,
    },
    'porozumienia:create': porozumienie,
    'porozumienia:update': { id: ids.porozumienie, data: porozumienie },
  } as Record<string, unknown>
}
