// The yearly report to the wojewoda (art. 18a ust. 6 ustawy o zatrudnieniu socjalnym, DOMAIN.md §2):
// staff, participants by target group with reintegration and work after the KIS, activities and their
// effects, funding. Definitions are printed with the tables they explain.
import { ACTIVITY_KINDS } from '@shared/activity.schema'
import { formatDate } from '@shared/dates'
import { TARGET_GROUPS } from '@shared/eligibility'
import {
  FIGURES,
  SHARE_RULE,
  STAFF_BASES,
  SUMMARY_FIGURES,
  WOJEWODA_FIGURES,
  formatFte,
  formatPeriod,
  formatShare,
  formatWorkingTime,
} from '@shared/reports'
import type { WojewodaReport } from '@shared/reports.schema'
import { pluralPl } from '@shared/text'
import { documentShell, officeHeader, signatureLines, type PrintableDocument } from '../document-shell'
import { html } from '../html'
import { fundingTable } from './zestawienie-roczne-kis'

const CSS = `
p.def { color: #444; font-size: 8pt; line-height: 1.25; margin: 1pt 0 6pt; }
table.counts th.num { white-space: normal; width: 17%; }
table.counts td:first-child { width: 49%; }
table.staff td:first-child { width: 24%; }
tr.total td { font-weight: 700; background: #f4f4f4; }
`

export interface SprawozdanieWojewodaData {
  officeName: string
  report: WojewodaReport
  printedAt: string
}

const def = (...texts: string[]) => html`<p class="def">${texts.join(' ')}</p>`

export function renderSprawozdanieWojewoda({
  officeName,
  report,
  printedAt,
}: SprawozdanieWojewodaData): PrintableDocument {
  const period = formatPeriod(report.from, report.to)
  const participants = report.totals.participants
  const body = html`
    ${officeHeader({ officeName }, `Wydruk z dnia ${printedAt}`)}
    <h1>Sprawozdanie z działalności Klubu Integracji Społecznej</h1>
    <p class="center">${period}</p>
    <p class="center muted">art. 18a ust. 6 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym — do wojewody w terminie do 31 marca</p>

    <h2>1. Kadra</h2>
    <p>
      ${report.staffPersons} ${pluralPl(report.staffPersons, 'osoba', 'osoby', 'osób')}; łącznie
      ${formatFte(report.staffFtePermille)} na umowach o pracę (ostatni wymiar każdej osoby w okresie).
    </p>
    ${
      report.staff.length === 0
        ? html`<p class="muted">Nie wpisano zatrudnienia kadry KIS (Sprawozdania → Dane do sprawozdań).</p>`
        : html`<table class="staff">
          <thead><tr><th>Imię i nazwisko</th><th>Funkcja w KIS</th><th>Podstawa zatrudnienia</th><th>Wymiar czasu pracy</th><th>Okres</th></tr></thead>
          <tbody>
            ${report.staff.map(
              (s) => html`<tr>
                <td>${s.staffName}</td>
                <td>${s.kisRole}</td>
                <td>${STAFF_BASES[s.basis]}</td>
                <td>${formatWorkingTime(s.ftePermille, s.monthlyMin)}</td>
                <td>${s.dateTo ? `${formatDate(s.dateFrom)}–${formatDate(s.dateTo)}` : `od ${formatDate(s.dateFrom)}`}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }
    ${def(WOJEWODA_FIGURES.kadra.definition)}

    <h2>2. Uczestnicy według grup docelowych</h2>
    <table class="counts">
      <thead>
        <tr>
          <th>Grupa docelowa (art. 1 ust. 2)</th>
          <th class="num">Uczestnicy</th>
          <th class="num">Reintegracja społeczna i zawodowa</th>
          <th class="num">Zatrudnienie po KIS</th>
        </tr>
      </thead>
      <tbody>
        ${report.groups.map(
          (g) => html`<tr>
            <td>${TARGET_GROUPS[g.group]}</td>
            <td class="num">${g.participants}</td>
            <td class="num">${g.reintegrated}</td>
            <td class="num">${g.employed}</td>
          </tr>`,
        )}
        <tr class="total">
          <td>Ogółem (osoba liczona raz)</td>
          <td class="num">${participants}</td>
          <td class="num">${report.totals.reintegrated}</td>
          <td class="num">${report.totals.employed}</td>
        </tr>
      </tbody>
    </table>
    ${def(
      WOJEWODA_FIGURES['grupa-uczestnicy'].definition,
      `Reintegracja: ${WOJEWODA_FIGURES.reintegracja.definition}`,
      `Zatrudnienie po KIS: ${SUMMARY_FIGURES.zatrudnieni.definition}`,
    )}

    <h2>3. Działania i ich efekty</h2>
    <table class="counts">
      <thead><tr><th>Forma wsparcia</th><th class="num">Osoby</th><th class="num">Wpisy</th></tr></thead>
      <tbody>
        ${report.activities.map(
          (a) =>
            html`<tr><td>${ACTIVITY_KINDS[a.kind]}</td><td class="num">${a.persons}</td><td class="num">${a.entries}</td></tr>`,
        )}
        <tr><td>przeprowadzone zajęcia grupowe (liczba zajęć)</td><td class="num"></td><td class="num">${report.groupClassesHeld}</td></tr>
      </tbody>
    </table>
    ${def(WOJEWODA_FIGURES['wsparcie-osoby'].definition, WOJEWODA_FIGURES['wsparcie-wpisy'].definition)}
    <table class="counts">
      <thead><tr><th>Efekt</th><th class="num">Liczba</th><th class="num">Udział w liczbie uczestników</th></tr></thead>
      <tbody>
        ${report.effects.map((e) => {
          const d = FIGURES[e.id]
          return html`<tr>
            <td>${d.part ? html`&nbsp;&nbsp;&nbsp;${d.label}` : d.label}<p class="def">${d.definition}</p></td>
            <td class="num">${e.value}</td>
            <td class="num">${d.shareOf ? formatShare(e.value, participants) : ''}</td>
          </tr>`
        })}
      </tbody>
    </table>

    <h2>4. Źródła finansowania i rozliczenie dotacji</h2>
    ${fundingTable(report.funding)}
    <p class="muted">${SHARE_RULE}</p>
    ${signatureLines(['sporządził(a) — koordynator KIS', 'kierownik ośrodka pomocy społecznej'])}
  `
  return {
    fileName: `sprawozdanie-KIS-wojewoda-${report.from}-${report.to}.pdf`,
    html: documentShell({ title: `Sprawozdanie KIS dla wojewody — ${period}`, body, css: CSS }),
  }
}
