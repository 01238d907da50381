// A typed payout list for rendering and export tests: two people, one paid in cash, one by transfer
// with two positions and a rate change on 16 March.
import type { PayoutListDetail } from '../../src/shared/payouts.schema'

export function sampleList(over: Partial<PayoutListDetail> = {}): PayoutListDetail {
  return {
    id: 1,
    number: 'LW/3/2026',
    porozumienieId: 1,
    porozumienieNumber: 'PSU/1/2026',
    porozumienieSignedOn: '2025-05-20',
    month: '2026-03',
    status: 'zatwierdzona',
    persons: 2,
    paidPersons: 0,
    workedMin: 2100,
    amountGr: 123_456 + 24_400,
    refundGr: 25_620,
    stale: false,
    staleReasons: [],
    refundRequestNumber: null,
    computedAt: '2026-04-01T08:00:00.000Z',
    approvedAt: '2026-04-02T08:00:00.000Z',
    approvedBy: '',
    paidAt: null,
    cancelledAt: null,
    cancelReason: '',
    refundBase: 'stawka_minimalna',
    refundShareBp: 6000,
    items: [
      {
        id: 1,
        participantId: 1,
        firstName: 'Jan',
        lastName: 'Kowalski',
        positions: [
          { positionId: 1, positionType: 'goniec doręczyciel', workplace: 'Urząd Miejski', workedMin: 1200 },
        ],
        workedMin: 1200,
        rateParts: [{ validFrom: '2026-01-01', rateGr: 1220, minutes: 1200 }],
        minimumParts: [],
        amountGr: 24_400,
        refundGr: 14_640,
        paymentForm: 'gotowka',
        account: null,
        paidOn: null,
        paidForm: null,
      },
      {
        id: 2,
        participantId: 2,
        firstName: 'Anna <b>',
        lastName: 'Żak',
        positions: [
          { positionId: 2, positionType: 'osoba sprzątająca', workplace: 'SP 2', workedMin: 600 },
          { positionId: 1, positionType: 'goniec doręczyciel', workplace: 'Urząd Miejski', workedMin: 300 },
        ],
        workedMin: 900,
        rateParts: [
          { validFrom: '2026-01-01', rateGr: 1220, minutes: 600 },
          { validFrom: '2026-03-16', rateGr: 1300, minutes: 300 },
        ],
        minimumParts: [],
        amountGr: 123_456,
        refundGr: 10_980,
        paymentForm: 'przelew',
        account: 'PL61109010140000071219812874',
        paidOn: null,
        paidForm: null,
      },
    ],
    ...over,
  }
}
