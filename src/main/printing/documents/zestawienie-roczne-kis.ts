// The yearly activity summary of the KIS (DOMAIN.md §2): each figure with its definition beside it,
// the period next to the same period of earlier years, shares written "ok. 52%".
import {
  FIGURES,
  FUNDING_SOURCES,
  KIS_FIGURE_IDS,
  PSU_FIGURE_IDS,
  SHARE_RULE,
  formatFigure,
  formatPeriod,
  formatShare,
  shareBase,
  type SummaryFigureId,
} from '@shared/reports'
import { formatGrosze } from '@shared/money'
import type { FundingRecord, PeriodSummary, SummaryReport } from '@shared/reports.schema'
import { documentShell, officeHeader, signatureLines, type PrintableDocument } from '../document-shell'
import { html } from '../html'

const CSS = `
td.figure { width: 46%; }
td.figure .def { display: block; color: #444; font-size: 7.5pt; line-height: 1.25; margin-top: 1pt; }
td.part { padding-left: 14pt; }
th.num, td.num { width: 11%; }
td.share { white-space: nowrap; }
`

export interface ZestawienieRoczneData {
  officeName: string
  report: SummaryReport
  printedAt: string
}

const valueOf = (s: PeriodSummary, id: SummaryFigureId) => s.figures.find((f) => f.id === id)?.value ?? 0

function figureTable(ids: readonly SummaryFigureId[], periods: readonly PeriodSummary[]) {
  const current = periods[0]!
  return html`<table>
    <thead>
      <tr>
        <th>Wskaźnik i jak go policzono</th>
        ${periods.map((p) => html`<th class="num">${formatPeriod(p.from, p.to)}</th>`)}
        <th>Udział (${formatPeriod(current.from, current.to)})</th>
      </tr>
    </thead>
    <tbody>
      ${ids.map((id) => {
        const def = FIGURES[id]
        const base = shareBase(id)
        return html`<tr>
          <td class="figure${def.part ? ' part' : ''}">${def.label}<span class="def">${def.definition}</span></td>
          ${periods.map((p) => html`<td class="num">${formatFigure(def.unit, valueOf(p, id))}</td>`)}
          <td class="share">${base ? formatShare(valueOf(current, id), valueOf(current, base)) : ''}</td>
        </tr>`
      })}
    </tbody>
  </table>`
}

export function fundingTable(funding: readonly FundingRecord[]) {
  if (funding.length === 0)
    return html`<p class="muted">Nie wpisano źródeł finansowania obejmujących ten okres.</p>`
  const month = (m: string) => `${m.slice(5, 7)}.${m.slice(0, 4)}`
  return html`<table>
    <thead><tr><th>Źródło</th><th>Nazwa</th><th>Miesiące</th><th class="num">Kwota</th></tr></thead>
    <tbody>
      ${funding.map(
        (f) => html`<tr>
          <td>${FUNDING_SOURCES[f.source]}</td>
          <td>${f.name}</td>
          <td>${month(f.monthFrom)}–${month(f.monthTo)}</td>
          <td class="num">${f.amountGr === null ? '' : formatGrosze(f.amountGr)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`
}

export function renderZestawienieRoczneKis({
  officeName,
  report,
  printedAt,
}: ZestawienieRoczneData): PrintableDocument {
  const periods = [report.current, ...report.previous]
  const period = formatPeriod(report.current.from, report.current.to)
  const types = report.current.positionsByType
  const body = html`
    ${officeHeader({ officeName }, `Wydruk z dnia ${printedAt}`)}
    <h1>Zestawienie działalności Klubu Integracji Społecznej</h1>
    <p class="center">${period}${report.previous.length > 0 ? ' — w porównaniu z latami poprzednimi' : ''}</p>
    <h2>1. Klub Integracji Społecznej</h2>
    ${figureTable(KIS_FIGURE_IDS, periods)}
    <h2>2. Prace społecznie użyteczne (PSU)</h2>
    ${figureTable(PSU_FIGURE_IDS, periods)}
    <p>
      <strong>Stanowiska według rodzaju (${period}):</strong>
      ${types.length === 0 ? 'brak' : types.map((t, i) => `${i > 0 ? ', ' : ''}${t.positionType} ×${t.positions}`)}
    </p>
    <h2>3. Źródła finansowania</h2>
    ${fundingTable(report.current.funding)}
    <p class="muted">${SHARE_RULE} Liczby policzono z danych wpisanych w programie; każdą można rozwinąć do listy osób na ekranie „Sprawozdania”.</p>
    ${signatureLines(['sporządził(a) — koordynator KIS', 'zatwierdził(a) — kierownik ośrodka'])}
  `
  return {
    fileName: `zestawienie-KIS-${report.current.from}-${report.current.to}.pdf`,
    html: documentShell({ title: `Zestawienie działalności KIS — ${period}`, body, css: CSS }),
  }
}
