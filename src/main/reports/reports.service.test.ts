import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TARGET_GROUP_CODES } from '@shared/eligibility'
import {
  SUMMARY_FIGURE_IDS,
  formatShare,
  isSumUnit,
  FIGURES,
  type FigureId,
  type SummaryFigureId,
} from '@shared/reports'
import { DEFAULT_OFFICE } from '@shared/office.schema'
import { fundingInput, staffEngagementInput, type PeriodSummary } from '@shared/reports.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import {
  buildReportDataset,
  createReportsFor,
  EXPECTED_2024,
  EXPECTED_2025,
  type ReportDataset,
} from '../../../tests/support/report-fixtures'
import { EXPECTED_ROWS_2024, EXPECTED_ROWS_2025 } from '../../../tests/support/report-expected-rows'
import { createPayoutServices } from '../../../tests/support/payout-fixtures'
import { createKisServices } from '../app/kis-services'
import { tablesToXlsx } from '../exports/xlsx'
import { createParticipantsService } from '../participants/participants.service'
import { SUPPORT_KINDS, type ReportsService } from './reports.service'
import { figureHeader, summaryTables, summaryText, wojewodaTables, wojewodaText } from './report-tables'
import { renderZestawienieRoczneKis } from '../printing/documents/zestawienie-roczne-kis'
import { renderSprawozdanieWojewoda } from '../printing/documents/sprawozdanie-wojewoda'

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' }

let temp: TempDatabase
let data: ReportDataset
let reports: ReportsService

beforeAll(async () => {
  temp = await createTempDatabase()
  data = await buildReportDataset(temp.database.db)
  reports = createReportsFor(temp.database.db, () => new Date('2026-03-15T10:00:00Z'))
})

afterAll(async () => {
  await temp.cleanup()
})

const figures = (summary: PeriodSummary) => Object.fromEntries(summary.figures.map((f) => [f.id, f.value]))
const namesOf = async (figure: FigureId, key: string | null = null, range = YEAR_2025) =>
  (await reports.drill({ ...range, figure, key })).rows.map((r) => r.name)

describe('yearly activity summary', () => {
  it('counts every figure of 2025 as computed by hand from the records', async () => {
    const report = await reports.summary({ ...YEAR_2025, compareYears: 0 })
    expect(figures(report.current)).toEqual(EXPECTED_2025)
    expect(report.previous).toEqual([])
  })

  it('puts the same period of the year before beside it', async () => {
    const report = await reports.summary({ ...YEAR_2025, compareYears: 2 })
    expect(report.previous.map((p) => [p.from, p.to])).toEqual([
      ['2024-01-01', '2024-12-31'],
      ['2023-01-01', '2023-12-31'],
    ])
    expect(figures(report.previous[0]!)).toEqual(EXPECTED_2024)
    // 2023: only Henryk (from 01.03.2023), with his internship.
    expect(figures(report.previous[1]!)).toMatchObject({
      uczestnicy: 1,
      mezczyzni: 1,
      staze: 1,
      absolwenci: 0,
    })
  })

  it('counts exactly six months as a graduate and five months thirty days as not', async () => {
    const graduates = await namesOf('absolwenci')
    expect(graduates).toEqual([
      'Kaczmarek Jan',
      'Lewandowska Barbara',
      'Mazur Filip',
      'Wójcik Celina',
      'Zieliński Damian',
    ])
    expect(graduates).not.toContain('Kowalska Anna')
  })

  it('writes the shares of all participants as "ok. N%"', async () => {
    const f = figures((await reports.summary({ ...YEAR_2025, compareYears: 0 })).current)
    expect(formatShare(f.absolwenci!, f.uczestnicy!)).toBe('ok. 56%')
    expect(formatShare(f.zatrudnieni!, f.uczestnicy!)).toBe('ok. 33%')
    expect(formatShare(f.usamodzielnieni!, f.uczestnicy!)).toBe('ok. 44%')
  })

  it('splits the independent into working and ZUS benefit, and jobs by contract kind', async () => {
    expect(await namesOf('usamodzielnieni-praca')).toEqual([
      'Kowalska Anna',
      'Wójcik Celina',
      'Zieliński Damian',
    ])
    expect(await namesOf('usamodzielnieni-zus')).toEqual(['Mazur Filip'])
    expect(await namesOf('zatrudnieni-umowa-o-prace')).toEqual(['Kowalska Anna', 'Wójcik Celina'])
    expect(await namesOf('zatrudnieni-cywilnoprawna')).toEqual(['Zieliński Damian'])
    expect(await namesOf('przerwane-kontrakty')).toEqual(['Kaczmarek Jan', 'Kamiński Edward'])
  })

  it('lists PSU positions by type and the funding sources of the period', async () => {
    const { current } = await reports.summary({ ...YEAR_2025, compareYears: 0 })
    expect(current.positionsByType).toEqual([
      { positionType: 'osoba sprzątająca', positions: 2 },
      { positionType: 'goniec doręczyciel', positions: 1 },
      { positionType: 'robotnik gospodarczy', positions: 1 },
    ])
    expect(current.funding.map((f) => [f.source, f.monthFrom, f.monthTo, f.amountGr])).toEqual([
      ['srodki_wlasne_gminy', '2025-01', '2025-12', 12_000_000],
      ['projekt_ue', '2025-04', '2025-09', 5_000_000],
      ['dotacja_wojewody', '2025-06', '2026-05', 2_000_000],
    ])
  })

  it('agrees with the payouts year view for every year (the same lists, the same refund split)', async () => {
    const { payouts } = createPayoutServices(temp.database.db)
    for (const year of [2024, 2025, 2026]) {
      const { total, positionsByType } = await payouts.year(year)
      const { current } = await reports.summary({
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        compareYears: 0,
      })
      expect(figures(current), String(year)).toMatchObject({
        'psu-osoby': total.persons,
        'psu-stanowiska': total.positions,
        'psu-godziny': total.workedMin,
        'psu-naliczone': total.amountGr,
        'psu-wyplacone': total.paidGr,
        'psu-refundacja-nalezna': total.refundDueGr,
        'psu-refundacja-wnioskowana': total.refundRequestedGr,
        'psu-refundacja-otrzymana': total.refundReceivedGr,
      })
      expect(current.positionsByType).toEqual(positionsByType)
    }
  })

  it('counts a period shorter than a year by its own dates', async () => {
    const march = { from: '2025-03-01', to: '2025-03-31' }
    const { current } = await reports.summary({ ...march, compareYears: 0 })
    // In KIS in March 2025: Anna, Barbara, Celina, Damian, Edward.
    expect(figures(current)).toMatchObject({ uczestnicy: 5, absolwenci: 0, 'zajecia-grupowe': 1, staze: 1 })
    expect(await namesOf('poradnictwo-prawne', null, march)).toEqual(['Kamiński Edward'])
  })
})

describe('report to the wojewoda', () => {
  // Art. 18a ust. 6 pkt 2 ustawy o zatrudnieniu socjalnym: a) by target group, b) reintegrated, "w tym
  // uzyskały zatrudnienie po ukończeniu uczestnictwa" — a subset of the reintegrated in every row.
  it('counts participants, reintegration and, of those, work after the participation ended by target group (art. 18a ust. 6 pkt 2)', async () => {
    const report = await reports.wojewoda(YEAR_2025)
    const byGroup = Object.fromEntries(
      report.groups.map((g) => [g.group, [g.participants, g.reintegrated, g.employedAfter]]),
    )
    expect(byGroup).toEqual({
      bezdomni: [1, 1, 0], // Celina: her job (20.06) came before her participation ended (30.06)
      uzaleznieni_alkohol: [2, 0, 0], // Damian, Jan; Damian's job was during a participation ended otherwise
      uzaleznieni_narkotyki: [0, 0, 0],
      zaburzenia_psychiczne: [1, 1, 0], // Filip
      dlugotrwale_bezrobotni: [5, 2, 1], // Anna, Barbara, Damian, Grażyna, Kamil; Anna, Barbara; Anna (job after graduating)
      opuszczajacy_zaklad_karny: [1, 0, 0], // Edward
      uchodzcy: [0, 0, 0],
      niepelnosprawni: [1, 1, 0], // Barbara
      inna: [1, 0, 0], // Kamil's second participation
    })
    expect(report.totals).toEqual({ participants: 9, reintegrated: 4, employedAfter: 1 })
    for (const g of report.groups) expect(g.employedAfter).toBeLessThanOrEqual(g.reintegrated)
  })

  it('reports the staff with working time and basis, and the support given', async () => {
    const report = await reports.wojewoda(YEAR_2025)
    expect(report.staffPersons).toBe(2)
    expect(report.staffFtePermille).toBe(1000)
    expect(report.staff.map((s) => [s.staffName, s.basis, s.ftePermille, s.monthlyMin])).toEqual([
      ['Jan Kowal', 'umowa_zlecenie', null, 1200],
      ['Maria Nowak', 'umowa_o_prace', 500, null],
      ['Maria Nowak', 'umowa_o_prace', 1000, null],
    ])
    expect(Object.fromEntries(report.activities.map((a) => [a.kind, [a.persons, a.entries]]))).toEqual({
      sesja_indywidualna: [2, 3],
      doradztwo_zawodowe: [2, 3],
      doradztwo_psychologiczne: [1, 1],
      poradnictwo_prawne: [1, 1],
      zajecia_grupowe: [6, 7],
      staz: [2, 2],
      projekt_ue: [1, 1],
    })
    expect(report.groupClassesHeld).toBe(3)
    expect(Object.fromEntries(report.effects.map((e) => [e.id, e.value]))).toEqual({
      absolwenci: 5,
      zatrudnieni: 3,
      'zatrudnieni-umowa-o-prace': 2,
      'zatrudnieni-cywilnoprawna': 1,
      usamodzielnieni: 4,
      'usamodzielnieni-praca': 3,
      'usamodzielnieni-zus': 1,
      'przerwane-kontrakty': 2,
    })
    expect(report.funding).toHaveLength(3)
  })

  it('states the posts of 2026 from the engagements then in force', async () => {
    const report = await reports.wojewoda({ from: '2026-01-01', to: '2026-12-31' })
    expect(report.staffPersons).toBe(2) // Maria and Ewa
    expect(report.staffFtePermille).toBe(1500)
  })
})

describe('drill-down', () => {
  /** Every figure of both reports, keyed ones for every target group, support kind and position type. */
  function everyFigure(positionTypes: readonly string[]): [FigureId, string | null][] {
    const cases: [FigureId, string | null][] = SUMMARY_FIGURE_IDS.map((id) => [id, null])
    for (const group of TARGET_GROUP_CODES) {
      for (const id of ['grupa-uczestnicy', 'grupa-reintegracja', 'grupa-zatrudnieni-po-kis'] as const)
        cases.push([id, group])
    }
    for (const kind of SUPPORT_KINDS) cases.push(['wsparcie-osoby', kind], ['wsparcie-wpisy', kind])
    cases.push(['reintegracja', null], ['zatrudnieni-po-kis', null], ['kadra', null])
    for (const type of positionTypes) cases.push(['psu-stanowiska-rodzaj', type])
    return cases
  }

  const sortPl = (texts: readonly string[]) => [...texts].sort((a, b) => a.localeCompare(b, 'pl'))

  const years = [
    { range: YEAR_2025, rows: EXPECTED_ROWS_2025, totals: EXPECTED_2025 },
    { range: { from: '2024-01-01', to: '2024-12-31' }, rows: EXPECTED_ROWS_2024, totals: EXPECTED_2024 },
  ]
  for (const { range, rows: expectedRows, totals } of years) {
    it(`lists, for every figure of ${range.from.slice(0, 4)}, the records counted by hand`, async () => {
      const { current } = await reports.summary({ ...range, compareYears: 0 })
      const cases = everyFigure(current.positionsByType.map((t) => t.positionType))
      expect(Object.keys(expectedRows).sort()).toEqual(cases.map(([f, k]) => (k ? `${f} ${k}` : f)).sort())
      for (const [figure, key] of cases) {
        const label = key ? `${figure} ${key}` : figure
        const expected = expectedRows[label]!
        const drill = await reports.drill({ ...range, figure, key })
        const sum = isSumUnit(FIGURES[figure].unit)
        const withValue = expected.some((e) => /: \d+$/.test(e))
        const listed = drill.rows.map((r) =>
          sum ? `${r.name}, ${r.when}${withValue ? `: ${r.value}` : ''}` : r.name,
        )
        expect(sortPl(listed), label).toEqual(sortPl(expected))
        const total = sum ? totals[figure as keyof typeof totals] : expected.length
        expect(drill.total, label).toBe(total)
        if (sum)
          expect(
            drill.rows.reduce((a, r) => a + r.value!, 0),
            label,
          ).toBe(total)
      }
    })
  }

  it('covers every target group and support kind', () => {
    expect(TARGET_GROUP_CODES).toHaveLength(9)
    expect(SUPPORT_KINDS).toEqual([
      'sesja_indywidualna',
      'doradztwo_zawodowe',
      'doradztwo_psychologiczne',
      'poradnictwo_prawne',
      'zajecia_grupowe',
      'staz',
      'projekt_ue',
    ])
  })

  it('links each person to their record and each PSU amount to its payout list', async () => {
    const participants = await reports.drill({ ...YEAR_2025, figure: 'uczestnicy', key: null })
    const anna = participants.rows.find((r) => r.name === 'Kowalska Anna')!
    expect(anna.link).toEqual({ kind: 'person', participantId: data.people.anna })
    expect(anna.when).toBe('15.01.2025–14.07.2025')
    expect(anna.detail).toBe('ukończenie programu — krócej niż 6 miesięcy')
    const kamil = participants.rows.find((r) => r.name === 'Piotrowski Kamil')!
    expect(kamil.when).toBe('02.01.2025–28.02.2025; od 01.09.2025')

    const received = await reports.drill({ ...YEAR_2025, figure: 'psu-refundacja-otrzymana', key: null })
    expect(received.rows.map((r) => [r.name, r.when, r.value])).toEqual([
      ['Łukasiewicz Lech', 'maj 2025', 29_280],
      ['Żak Monika', 'maj 2025', 14_640],
      ['Łukasiewicz Lech', 'czerwiec 2025', 29_280],
      ['Żak Monika', 'czerwiec 2025', 7_320],
      ['Łukasiewicz Lech', 'lipiec 2025', 20_000],
    ])
    expect(received.rows[4]!.link).toEqual({ kind: 'payout-list', listId: data.lists['A 2025-07'] })
  })

  it('refuses a keyed figure without its key', async () => {
    await expect(reports.drill({ ...YEAR_2025, figure: 'grupa-uczestnicy', key: null })).rejects.toThrow(
      /wymaga wskazania grupy/,
    )
  })
})

describe('data-quality check', () => {
  it('lists each problem of 2025 with the record to open', async () => {
    const { checks } = await reports.quality(YEAR_2025)
    const byId = Object.fromEntries(checks.map((c) => [c.id, c.rows]))
    expect(byId.pesel!.map((r) => [r.name, r.link])).toEqual([
      ['Błędny Zenon', { kind: 'person-edit', participantId: data.people.zenon }],
    ])
    expect(byId.pesel![0]!.detail).toContain('w rejestrze: 06.05.1980')
    expect(byId['bez-kontraktu']!.map((r) => [r.name, r.detail])).toEqual([
      ['Piotrowski Kamil', 'uczestnictwo od 01.09.2025 nie ma kontraktu socjalnego'],
    ])
    expect(byId['dzialania-po-terminie']!.map((r) => r.name)).toEqual(['Dąbrowska Grażyna'])
    expect(byId['przydzialy-bez-kart']!.map((r) => [r.name, r.link])).toEqual([
      ['Żak Monika', expect.objectContaining({ kind: 'timesheet', month: '2025-09' })],
    ])
    expect(byId['miesiace-bez-listy']!.map((r) => [r.name, r.detail])).toEqual([
      ['PSU/1/2025, sierpień 2025', '1 osoba, 10\u00a0h w zamkniętych kartach'],
    ])
    expect(byId['wyplaty-bez-wniosku']!.map((r) => r.link)).toEqual([
      { kind: 'payout-list', listId: data.lists['B 2025-09'] },
    ])
  })
})

describe('overdue actions', () => {
  it('are the same on the Start board and in the data-quality check (open, watched kontrakt, past deadline)', async () => {
    const now = () => new Date('2026-03-15T10:00:00Z')
    const { start } = createKisServices(temp.database.db, createParticipantsService(temp.database.db), {
      now,
    })
    const board = await start.board()
    const { checks } = await reports.quality(YEAR_2025)
    const listed = checks.find((c) => c.id === 'dzialania-po-terminie')!.rows
    const overdue = board.actions.filter((a) => a.overdue)
    expect(listed.map((r) => r.id)).toEqual(overdue.map((a) => String(a.actionId)))
    expect(overdue.map((a) => a.personName)).toEqual(['Dąbrowska Grażyna'])
  })
})

describe('charts', () => {
  it('gives participants, graduates and PSU money by year and by month', async () => {
    const charts = await reports.charts({ year: 2025, years: 3 })
    expect(
      charts.years.map((y) => [y.year, y.participants, y.graduates, y.psuPaidGr, y.psuRefundReceivedGr]),
    ).toEqual([
      [2023, 1, 0, 0, 0],
      [2024, 3, 1, 19_520, 11_244],
      [2025, 9, 5, 272_300, 100_520],
    ])
    const month = (m: string) => charts.months.find((x) => x.month === m)!
    expect(charts.months).toHaveLength(12)
    expect(month('2025-06')).toEqual({
      month: '2025-06',
      psuPaidGr: 62_600,
      psuRefundRequestedGr: 36_600,
      psuRefundReceivedGr: 36_600,
    })
    expect(month('2025-09').psuPaidGr).toBe(0)
    expect(charts.months.reduce((s, m) => s + m.psuPaidGr, 0)).toBe(EXPECTED_2025['psu-wyplacone'])
    expect(charts.positionsByType).toHaveLength(3)
  })
})

describe('exports of the reports', () => {
  it('writes the summary XLSX with the same figures as the screen, one sheet per table', async () => {
    const report = await reports.summary({ ...YEAR_2025, compareYears: 1 })
    const bytes = await tablesToXlsx(summaryTables(report))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Zestawienie KIS',
      'PSU',
      'Stanowiska PSU wg rodzaju',
      'Źródła finansowania',
      'Definicje',
    ])
    const cellsOf = (sheetName: string) => {
      const sheet = workbook.getWorksheet(sheetName)!
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[]
      return (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1).value
    }
    const kis = cellsOf('Zestawienie KIS')
    const psu = cellsOf('PSU')
    const screens = [report.current, report.previous[0]!]
    screens.forEach((screen, i) => {
      for (const { id, value } of screen.figures) {
        const unit = FIGURES[id].unit
        const cell = (id.startsWith('psu-') ? psu : kis)(i + 2, figureHeader(id as SummaryFigureId))
        const expected = unit === 'grosze' ? value / 100 : unit === 'minuty' ? value / 60 : value
        expect(cell, `${screen.from} ${id}`).toBe(expected)
      }
    })
    expect(kis(2, 'Okres')).toBe('rok 2025')
    expect(kis(2, 'Absolwenci (uczestnictwo co najmniej 6 miesięcy) — udział')).toBe('ok. 56%')
    expect(psu(2, 'Świadczenia PSU wypłacone (wydatki)')).toBe(2723)
    expect(workbook.getWorksheet('PSU')!.getRow(2).getCell(4).numFmt).toBe('0.00')
  })

  it('writes the wojewoda XLSX with the group table and its totals', async () => {
    const report = await reports.wojewoda(YEAR_2025)
    const bytes = await tablesToXlsx(wojewodaTables(report))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    const groups = workbook.getWorksheet('Grupy docelowe')!
    expect(groups.getRow(6).values).toEqual([undefined, 'długotrwale bezrobotni', 5, 2, 1])
    expect(groups.getRow(11).values).toEqual([undefined, 'Ogółem (osoba liczona raz)', 9, 4, 1])
    expect(workbook.getWorksheet('Kadra')!.rowCount).toBe(4)
  })

  it('writes editable text with the figures, shares and definitions', async () => {
    const summary = summaryText(await reports.summary({ ...YEAR_2025, compareYears: 1 }), 'MOPS w Zgierzu')
    expect(summary.startsWith('\uFEFFMOPS w Zgierzu\r\n')).toBe(true)
    expect(summary).toContain('Absolwenci (uczestnictwo co najmniej 6 miesięcy)\t5\t1\tok. 56%')
    expect(summary).toContain('Świadczenia PSU wypłacone (wydatki)\t2\u00a0723,00\u00a0zł\t195,20\u00a0zł\t')
    expect(summary).toContain('osoba sprzątająca ×2')
    expect(summary).toContain('Udziały zaokrąglone do pełnego procentu')
    const wojewoda = wojewodaText(await reports.wojewoda(YEAR_2025), 'MOPS w Zgierzu')
    expect(wojewoda).toContain('długotrwale bezrobotni\t5\t2\t1')
    expect(wojewoda).toContain('Ogółem (osoba liczona raz)\t9\t4\t1')
    expect(wojewoda).toContain('2. Kadra: 2 osoby, łącznie 1 etat')
  })
})

describe('printed reports', () => {
  it('prints every figure with its definition, and escapes what people typed', async () => {
    const typed = await reports.saveFunding(
      fundingInput.parse({
        id: null,
        source: 'inne',
        name: '<b>Fundacja „Łąka”</b>',
        monthFrom: '2025-02',
        monthTo: '2025-02',
        amount: null,
        notes: '',
      }),
    )
    try {
      const summary = renderZestawienieRoczneKis({
        officeName: 'MOPS w Zgierzu',
        report: await reports.summary({ ...YEAR_2025, compareYears: 1 }),
        printedAt: '15.03.2026',
      })
      expect(summary.fileName).toBe('zestawienie-KIS-2025-01-01-2025-12-31.pdf')
      for (const id of SUMMARY_FIGURE_IDS) expect(summary.html).toContain(FIGURES[id].definition.slice(0, 40))
      expect(summary.html).toContain('ok. 56%')
      expect(summary.html).toContain('&lt;b&gt;Fundacja „Łąka”&lt;/b&gt;')
      expect(summary.html).not.toContain('<b>Fundacja')
      const wojewoda = renderSprawozdanieWojewoda({
        office: { ...DEFAULT_OFFICE, officeName: 'MOPS w Zgierzu' },
        report: await reports.wojewoda(YEAR_2025),
        printedAt: '15.03.2026',
      })
      expect(wojewoda.html).toContain('osoba długotrwale bezrobotna')
      expect(wojewoda.html).toContain('&lt;b&gt;Fundacja')
    } finally {
      await reports.removeFunding(typed.id)
    }
  })

  it('refuses a period that ends before it starts', async () => {
    await expect(reports.wojewoda({ from: '2025-12-31', to: '2025-01-01' })).rejects.toThrow(
      /nie może być wcześniejsza/,
    )
  })
})

describe('report data: KIS staff engagements and funding sources', () => {
  it('saves, lists, changes and removes an engagement; the form refuses a contract without a post', async () => {
    const parsed = staffEngagementInput.safeParse({
      id: null,
      staffMemberId: data.staff.ewa,
      kisRole: 'instruktor',
      basis: 'umowa_o_prace',
      fte: null,
      monthlyHours: null,
      dateFrom: '2027-01-01',
      dateTo: '',
      notes: '',
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map((i) => i.message)).toContain(
      'Przy umowie o pracę podaj wymiar etatu (np. 0,5).',
    )

    const saved = await reports.saveStaff(
      staffEngagementInput.parse({
        id: null,
        staffMemberId: data.staff.ewa,
        kisRole: 'instruktor',
        basis: 'umowa_zlecenie',
        fte: null,
        monthlyHours: 12.5,
        dateFrom: '2027-01-01',
        dateTo: '2027-06-30',
        notes: '',
      }),
    )
    expect(saved).toMatchObject({ staffName: 'Ewa Lis', monthlyMin: 750, dateTo: '2027-06-30' })
    const changed = await reports.saveStaff(
      staffEngagementInput.parse({
        id: saved.id,
        staffMemberId: data.staff.ewa,
        kisRole: 'instruktor',
        basis: 'umowa_o_prace',
        fte: 0.25,
        monthlyHours: null,
        dateFrom: '2027-01-01',
        dateTo: '',
        notes: '',
      }),
    )
    expect(changed).toMatchObject({ id: saved.id, ftePermille: 250, monthlyMin: null, dateTo: null })
    expect((await reports.listStaff()).filter((s) => s.staffName === 'Ewa Lis')).toHaveLength(2)
    await reports.removeStaff(saved.id)
    expect((await reports.listStaff()).some((s) => s.id === saved.id)).toBe(false)
    await expect(reports.removeStaff(saved.id)).rejects.toThrow(/Nie znaleziono/)
  })

  it('saves a funding source by months in grosze and refuses months in the wrong order', async () => {
    const wrong = fundingInput.safeParse({
      id: null,
      source: 'inne',
      name: '',
      monthFrom: '2027-05',
      monthTo: '2027-01',
      amount: 10.005,
      notes: '',
    })
    expect(wrong.error!.issues.map((i) => i.message)).toEqual([
      'Kwotę podaje się z dokładnością do grosza.',
      'Ostatni miesiąc nie może być wcześniejszy niż pierwszy.',
      'Nazwij źródło finansowania.',
    ])
    const saved = await reports.saveFunding(
      fundingInput.parse({
        id: null,
        source: 'inne',
        name: 'darowizna',
        monthFrom: '2027-01',
        monthTo: '2027-03',
        amount: 1234.56,
        notes: '',
      }),
    )
    expect(saved).toMatchObject({ amountGr: 123_456, monthFrom: '2027-01' })
    await reports.removeFunding(saved.id)
    expect((await reports.listFunding()).some((f) => f.id === saved.id)).toBe(false)
  })
})
