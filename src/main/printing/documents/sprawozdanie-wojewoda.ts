// The yearly report to the wojewoda (art. 18a ust. 6 ustawy o zatrudnieniu socjalnym, DOMAIN.md §2):
// the club and its register entry, 1) staff, 2) participants by target group with reintegration and,
// of those, work after the participation ended, 3) activities and their effects (the office's own
// figures, labelled so), 4) the settlement of grants, with funding sources beside it. Definitions are
// printed with the tables they explain.
import { ACTIVITY_KINDS } from '@shared/activity.schema'
import { formatDate } from '@shared/dates'
import { TARGET_GROUPS } from '@shared/eligibility'
import {
  FIGURES,
  SHARE_RULE,
  STAFF_BASES,
  WOJEWODA_FIGURES,
  formatFte,
  formatPeriod,
  formatShare,
  formatWorkingTime,
} from '@shared/reports'
import type { WojewodaReport } from '@shared/reports.schema'
import type { Office } from '@shared/office.schema'
import { formatGrosze } from '@shared/money'
import { GRANT_RULE, grantSettlementText, grantUnsettledGr, type GrantRecord } from '@shared/report-grants'
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
td.part { padding-left: 14pt; }
tr.flag td { background: #fde8e8; }
tr.flag td.status { font-weight: 700; }
dl.fields { margin: 2pt 0 6pt; }
`

export interface SprawozdanieWojewodaData {
  office: Office
  report: WojewodaReport
  printedAt: string
}

const def = (...texts: string[]) => html`<p class="def">${texts.join(' ')}</p>`
const MISSING = 'nie wpisano (Ustawienia → Ośrodek i wydruki)'

/** The club and its entry in the wojewoda's register of KIS, from the office settings. */
function clubFields(office: Office) {
  const entry = [
    office.kisRegisterNumber && `nr ${office.kisRegisterNumber}`,
    office.kisRegisterDate && `z dnia ${formatDate(office.kisRegisterDate)}`,
  ]
    .filter(Boolean)
    .join(' ')
  return html`<dl class="fields">
    <dt>Nazwa klubu</dt><dd>${office.kisName || MISSING}</dd>
    <dt>Adres klubu</dt><dd>${office.kisAddress || MISSING}</dd>
    <dt>Wpis do rejestru klubów integracji społecznej prowadzonego przez wojewodę</dt><dd>${entry || MISSING}</dd>
    <dt>Podmiot prowadzący</dt><dd>${[office.officeName, office.officeAddress].filter(Boolean).join(', ')}</dd>
  </dl>`
}

function grantsTable(grants: readonly GrantRecord[]) {
  if (grants.length === 0)
    return html`<p class="muted">Nie wpisano dotacji za lata tego okresu (Sprawozdania → Dane do sprawozdań).</p>`
  const sum = (pick: (g: GrantRecord) => number) => grants.reduce((total, g) => total + pick(g), 0)
  return html`<table class="grants">
    <thead><tr><th>Rok</th><th>Dotacja (kto udzielił)</th><th class="num">Przyznano</th><th class="num">Wykorzystano</th><th class="num">Zwrócono</th><th>Rozliczenie</th></tr></thead>
    <tbody>
      ${grants.map(
        (g) => html`<tr class="${grantUnsettledGr(g) === 0 ? '' : 'flag'}">
          <td>${g.year}</td>
          <td>${g.name}${g.notes ? html`<p class="def">${g.notes}</p>` : ''}</td>
          <td class="num">${formatGrosze(g.grantedGr)}</td>
          <td class="num">${formatGrosze(g.usedGr)}</td>
          <td class="num">${formatGrosze(g.returnedGr)}</td>
          <td class="status">${grantSettlementText(g)}</td>
        </tr>`,
      )}
      <tr class="total">
        <td colspan="2">Razem</td>
        <td class="num">${formatGrosze(sum((g) => g.grantedGr))}</td>
        <td class="num">${formatGrosze(sum((g) => g.usedGr))}</td>
        <td class="num">${formatGrosze(sum((g) => g.returnedGr))}</td>
        <td></td>
      </tr>
    </tbody>
  </table>`
}

export function renderSprawozdanieWojewoda({
  office,
  report,
  printedAt,
}: SprawozdanieWojewodaData): PrintableDocument {
  const period = formatPeriod(report.from, report.to)
  const participants = report.totals.participants
  const employedAfter = WOJEWODA_FIGURES['zatrudnieni-po-kis']
  const body = html`
    ${officeHeader(office, `Wydruk z dnia ${printedAt}`)}
    <h1>Sprawozdanie z działalności Klubu Integracji Społecznej</h1>
    <p class="center">${period}</p>
    <p class="center muted">art. 18a ust. 6 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym — do wojewody w terminie do 31 marca</p>
    ${clubFields(office)}

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
          <th class="num">Osiągnęli reintegrację społeczną i zawodową</th>
          <th class="num">${employedAfter.label}</th>
        </tr>
      </thead>
      <tbody>
        ${report.groups.map(
          (g) => html`<tr>
            <td>${TARGET_GROUPS[g.group]}</td>
            <td class="num">${g.participants}</td>
            <td class="num">${g.reintegrated}</td>
            <td class="num">${g.employedAfter}</td>
          </tr>`,
        )}
        <tr class="total">
          <td>Ogółem (osoba liczona raz)</td>
          <td class="num">${participants}</td>
          <td class="num">${report.totals.reintegrated}</td>
          <td class="num">${report.totals.employedAfter}</td>
        </tr>
      </tbody>
    </table>
    ${def(
      WOJEWODA_FIGURES['grupa-uczestnicy'].definition,
      `Reintegracja: ${WOJEWODA_FIGURES.reintegracja.definition}`,
      `Zatrudnienie po ukończeniu uczestnictwa: ${employedAfter.definition}`,
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
      <thead><tr><th>Efekt — wskaźnik ośrodka z jego zestawienia rocznego (poza art. 18a ust. 6 pkt 2)</th><th class="num">Liczba</th><th class="num">Udział w liczbie uczestników</th></tr></thead>
      <tbody>
        ${report.effects.map((e) => {
          const d = FIGURES[e.id]
          return html`<tr>
            <td class="${d.part ? 'part' : ''}">${d.label}<p class="def">${d.definition}</p></td>
            <td class="num">${e.value}</td>
            <td class="num">${d.shareOf ? formatShare(e.value, participants) : ''}</td>
          </tr>`
        })}
      </tbody>
    </table>

    <h2>4. Rozliczenie przyznanych dotacji za rok poprzedni</h2>
    ${grantsTable(report.grants)}
    ${def(GRANT_RULE)}
    <h3>Źródła finansowania klubu w okresie (informacja dodatkowa)</h3>
    ${fundingTable(report.funding)}
    <p class="muted">${SHARE_RULE}</p>
    ${signatureLines(['sporządził(a) — koordynator KIS', 'kierownik ośrodka pomocy społecznej'])}
  `
  return {
    fileName: `sprawozdanie-KIS-wojewoda-${report.from}-${report.to}.pdf`,
    html: documentShell({ title: `Sprawozdanie KIS dla wojewody — ${period}`, body, css: CSS }),
  }
}
