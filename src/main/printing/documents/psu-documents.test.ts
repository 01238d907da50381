import { describe, expect, it } from 'vitest'
import { monthCalendar } from '../../psu/calendar'
import { renderKartaEwidencjiGodzin, type KartaSheet } from './karta-ewidencji-godzin'
import { renderPlanPotrzebPsu } from './plan-potrzeb-psu'

function sheet(overrides: Partial<KartaSheet> = {}): KartaSheet {
  return {
    assignmentId: 7,
    participantName: 'Żółć <b>Gęśla</b>',
    pesel: '75031012345',
    positionName: 'osoba sprzątająca',
    workplaceName: 'Szkoła Podstawowa nr 2',
    workplaceAddress: 'ul. Łąkowa 1',
    supervisorName: 'Halina Kwiatkowska',
    supervisorRole: 'kierownik gospodarczy',
    porozumienieNumber: 'PSU/1/2026',
    porozumienieSignedOn: '2025-12-15',
    skierowanieNumber: 'SK/10/2026',
    skierowanieDate: '2026-01-02',
    dateFrom: '2026-01-05',
    dateTo: '2026-12-31',
    activeFrom: '2026-06-01',
    activeTo: '2026-06-30',
    limits: { weeklyLimitMin: 600, monthlyLimitMin: 2400 },
    status: 'otwarty',
    entries: [
      { date: '2026-06-01', minutes: 210, absence: null },
      { date: '2026-06-02', minutes: 0, absence: 'choroba' },
    ],
    ...overrides,
  }
}

const base = {
  officeName: 'OPS w Zgierzu',
  month: '2026-06',
  days: await monthCalendar('2026-06'),
  single: false,
}

describe('karta ewidencji godzin', () => {
  it('prints one section per sheet, each later one on a new page, with Corpus Christi marked', () => {
    const doc = renderKartaEwidencjiGodzin({
      ...base,
      sheets: [sheet(), sheet({ assignmentId: 8, participantName: 'Adam Nowak' })],
      filled: false,
      peselTail: true,
    })
    expect(doc.fileName).toBe('karty-psu-2026-06-puste.pdf')
    expect(doc.html.match(/<section/g)).toHaveLength(2)
    expect(doc.html.match(/class="page-break"/g)).toHaveLength(1)
    expect(doc.html).toContain('święto: Boże Ciało')
    expect(doc.html).toContain('Żółć &lt;b&gt;Gęśla&lt;/b&gt;')
    expect(doc.html).toContain('PESEL: •••••••2345')
    expect(doc.html).not.toContain('75031012345')
    expect(doc.html).toContain('najwyżej 10 h tygodniowo, 40 h miesięcznie')
    // A blank sheet carries no hours and no absence marks.
    expect(doc.html).not.toContain('>3,5<')
    expect(doc.html).not.toContain('choroba</td>')
  })

  it('prints the entered hours, absences and totals on a filled sheet, and no PESEL when the setting says so', () => {
    const doc = renderKartaEwidencjiGodzin({
      ...base,
      sheets: [sheet()],
      filled: true,
      peselTail: false,
      single: true,
    })
    expect(doc.fileName).toBe('karta-psu-2026-06-przydzial-7-wypelnione.pdf')
    expect(doc.html).toContain('>3,5<')
    expect(doc.html).toContain('choroba')
    expect(doc.html).toContain('3,5 h')
    expect(doc.html).not.toContain('PESEL')
  })

  it('hatches days outside the assignment', () => {
    const doc = renderKartaEwidencjiGodzin({
      ...base,
      sheets: [sheet({ activeFrom: '2026-06-15', dateFrom: '2026-06-15' })],
      filled: false,
      peselTail: false,
    })
    expect(doc.html.match(/class="outside"/g)).toHaveLength(14)
    expect(doc.html).toContain('(w tym miesiącu niepełny)')
  })
})

describe('plan potrzeb', () => {
  it('lists the items with totals and the 31 January deadline', () => {
    const doc = renderPlanPotrzebPsu({
      officeName: 'OPS',
      coordinatorName: 'Maria Łęcka',
      printedAt: '10.01.2026',
      plan: {
        year: 2026,
        items: [
          {
            positionTypeId: 1,
            positionTypeName: 'goniec doręczyciel',
            workplaceId: null,
            workplaceName: null,
            places: 4,
            persons: 6,
            hoursMin: 1920 * 60,
            notes: '',
          },
          {
            positionTypeId: 2,
            positionTypeName: 'osoba sprzątająca',
            workplaceId: 1,
            workplaceName: 'Szkoła',
            places: 11,
            persons: 14,
            hoursMin: 5280 * 60,
            notes: 'rotacja',
          },
        ],
      },
    })
    expect(doc.fileName).toBe('plan-potrzeb-psu-2026.pdf')
    expect(doc.html).toContain('do 31 stycznia 2026 r.')
    expect(doc.html).toMatch(
      /<th class="num">15<\/th>\s*<th class="num">20<\/th>\s*<th class="num">7200<\/th>/,
    )
    expect(doc.html).toContain('sporządził(a): Maria Łęcka')
  })
})
