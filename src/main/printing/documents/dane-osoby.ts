// Dane osoby (art. 15 RODO): everything the office holds on one person, section by section, for the
// person who asked. Sections with no rows are listed as empty, so the reader sees what was checked.
import { formatDate } from '@shared/dates'
import { documentShell, officeHeader, type PrintableDocument } from '../document-shell'
import { html, multiline } from '../html'

export interface DaneOsobyData {
  officeName: string
  participantId: number
  generatedAt: Date
  sections: {
    title: string
    layout: 'records' | 'table'
    labels: string[]
    /** Dates, amounts and hours stay on one line. */
    nowrap?: boolean[]
    rows: string[][]
  }[]
}

const CSS = `
h2 { page-break-after: avoid; }
table.data { font-size: 8.5pt; }
table.data td { overflow-wrap: break-word; }
table.data td.nowrap { white-space: nowrap; }
dl.record { border: 1px solid #000; padding: 3pt 6pt; margin: 4pt 0; page-break-inside: avoid; }
`

export function renderDaneOsoby(data: DaneOsobyData): PrintableDocument {
  const body = html`
    ${officeHeader({ officeName: data.officeName }, `Sporządzono ${formatDate(data.generatedAt.toISOString())}`)}
    <h1>Informacja o przetwarzanych danych osobowych</h1>
    <p class="center muted">
      art. 15 i 20 RODO · osoba nr ${data.participantId} w rejestrze uczestników KIS
    </p>
    <p>
      Poniżej są wszystkie dane tej osoby zapisane w programie KIS i PSU ośrodka, według rodzajów
      dokumentacji. Ta sama treść jest w plikach JSON i XLSX w tym samym folderze.
    </p>
    ${data.sections.map(
      (s, i) => html`
        <h2>${i + 1}. ${s.title}</h2>
        ${
          s.rows.length === 0
            ? html`<p class="muted">brak wpisów</p>`
            : s.layout === 'records'
              ? s.rows.map(
                  (row) => html`<dl class="fields record">
                  ${row.map((value, c) => html`<dt>${s.labels[c]}</dt><dd>${value ? multiline(value) : '—'}</dd>`)}
                </dl>`,
                )
              : html`<table class="data">
                <thead><tr>${s.labels.map((l) => html`<th>${l}</th>`)}</tr></thead>
                <tbody>
                  ${s.rows.map(
                    (row) =>
                      html`<tr>
                        ${row.map((v, c) => html`<td class="${s.nowrap?.[c] ? 'nowrap' : ''}">${v}</td>`)}
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
      `,
    )}
  `
  return {
    fileName: `dane-osoby-${data.participantId}.pdf`,
    html: documentShell({ title: `Dane osoby nr ${data.participantId}`, body, css: CSS }),
  }
}
