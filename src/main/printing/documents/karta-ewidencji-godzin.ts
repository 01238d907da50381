// Karta ewidencji godzin (lista obecności) PSU: one A4 page per person and month, blank (pre-filled
// for signing at the workplace) or filled with the entered hours. Many sheets make one PDF.
import type { CalendarDay } from '@shared/psu-timesheets.schema'
import { ABSENCE_LABELS, checkSheet, type Absence } from '@shared/psu-limits'
import { formatDayMonth, formatMonth, WEEKDAY_SHORT } from '@shared/psu-calendar'
import { formatHours, formatHoursUnit } from '@shared/psu-hours'
import { formatDate } from '@shared/dates'
import { documentShell, officeHeader, signatureLines, type PrintableDocument } from '../document-shell'
import { html, type SafeHtml } from '../html'

export interface KartaSheet {
  assignmentId: number
  participantName: string
  pesel: string | null
  positionName: string
  workplaceName: string
  workplaceAddress: string
  supervisorName: string
  supervisorRole: string
  porozumienieNumber: string
  porozumienieSignedOn: string
  skierowanieNumber: string
  skierowanieDate: string
  dateFrom: string
  dateTo: string
  activeFrom: string
  activeTo: string
  limits: { weeklyLimitMin: number | null; monthlyLimitMin: number }
  status: 'otwarty' | 'zamkniety'
  entries: { date: string; minutes: number; absence: Absence | null }[]
}

export interface KartaEwidencjiData {
  officeName: string
  month: string
  days: CalendarDay[]
  sheets: KartaSheet[]
  /** false: a blank sheet to be filled in by hand. */
  filled: boolean
  /** Whether the last four PESEL digits are printed (an office setting). */
  peselTail: boolean
  /** One chosen sheet (its file name says so) rather than the whole month. */
  single: boolean
}

const CSS = `
body { font-size: 9.5pt; line-height: 1.25; }
h1 { font-size: 12pt; margin: 4pt 0 0; }
.subtitle { text-align: center; margin: 0 0 6pt; font-size: 10pt; }
table.head { margin: 0 0 4pt; }
table.head th { width: 27%; background: #f2f2f2; font-weight: 700; white-space: nowrap; }
table.head td, table.head th { padding: 1.5pt 4pt; }
table.days th { text-align: center; font-size: 8.5pt; padding: 2pt 3pt; }
table.days td { padding: 0 4pt; height: 14pt; vertical-align: middle; }
table.days td.day { width: 9%; text-align: center; }
table.days td.wd { width: 7%; text-align: center; }
table.days td.hours { width: 12%; text-align: center; font-weight: 700; }
table.days td.sign { width: 22%; }
table.days td.note { font-size: 8pt; }
tr.off td { background: #d9d9d9; }
/* A flat fill: a patterned background is drawn cell by cell into the PDF (3 MB and 6 s per sheet). */
tr.outside td { background: #f0f0f0; color: #555; }
.totals { display: flex; justify-content: space-between; margin-top: 4pt; }
.weeks { font-size: 8.5pt; margin-top: 2pt; }
.signatures { margin-top: 6pt; }
.signature .line { margin-top: 22pt; }
.legend { font-size: 7.5pt; color: #333; margin-top: 3pt; }
`

function peselText(pesel: string | null, tail: boolean): string | null {
  if (!tail || !pesel) return null
  return `•••••••${pesel.slice(-4)}`
}

function limitText(limits: KartaSheet['limits']): string {
  const weekly =
    limits.weeklyLimitMin === null ? null : `${formatHoursUnit(limits.weeklyLimitMin)} tygodniowo`
  return [weekly, `${formatHoursUnit(limits.monthlyLimitMin)} miesięcznie`].filter(Boolean).join(', ')
}

function sheetPage(data: KartaEwidencjiData, sheet: KartaSheet, first: boolean): SafeHtml {
  const entries = new Map(sheet.entries.map((e) => [e.date, e]))
  const pesel = peselText(sheet.pesel, data.peselTail)
  const partial = sheet.activeFrom !== data.days[0]?.date || sheet.activeTo !== data.days.at(-1)?.date
  const check = checkSheet(
    {
      month: data.month,
      limits: sheet.limits,
      context: { otherMinutesByWeek: {}, otherMinutesInMonth: 0 },
      activeFrom: sheet.activeFrom,
      activeTo: sheet.activeTo,
      days: data.days,
    },
    sheet.entries,
  )
  const rows = data.days.map((d) => {
    const outside = d.date < sheet.activeFrom || d.date > sheet.activeTo
    const entry = data.filled ? entries.get(d.date) : undefined
    const notes = [
      d.holiday ? `święto: ${d.holiday}` : null,
      outside ? 'poza okresem przydziału' : null,
      entry?.absence ? ABSENCE_LABELS[entry.absence] : null,
    ].filter(Boolean)
    const hours = entry && entry.minutes > 0 ? formatHours(entry.minutes) : ''
    return html`<tr class="${outside ? 'outside' : d.dayOff ? 'off' : ''}">
      <td class="day">${formatDayMonth(d.date)}</td>
      <td class="wd">${WEEKDAY_SHORT[d.weekday] ?? ''}</td>
      <td class="hours">${hours}</td>
      <td class="sign"></td>
      <td class="sign"></td>
      <td class="note">${notes.join('; ')}</td>
    </tr>`
  })
  const supervisor = [sheet.supervisorName, sheet.supervisorRole].filter(Boolean).join(', ')
  return html`<section class="${first ? '' : 'page-break'}">
    ${officeHeader({ officeName: data.officeName }, `${formatMonth(data.month)}${data.filled ? '' : ' · karta do wypełnienia'}`)}
    <h1>Karta ewidencji godzin wykonywania prac społecznie użytecznych</h1>
    <p class="subtitle">(lista obecności) — miesiąc: <strong>${formatMonth(data.month)}</strong></p>
    <table class="head">
      <tr>
        <th>Imię i nazwisko</th>
        <td><strong>${sheet.participantName}</strong>${pesel ? html` · PESEL: ${pesel}` : ''}</td>
      </tr>
      <tr>
        <th>Rodzaj prac</th>
        <td>${sheet.positionName}</td>
      </tr>
      <tr>
        <th>Miejsce wykonywania</th>
        <td>${sheet.workplaceName}${sheet.workplaceAddress ? `, ${sheet.workplaceAddress}` : ''}</td>
      </tr>
      <tr>
        <th>Opiekun (potwierdza godziny)</th>
        <td>${supervisor}</td>
      </tr>
      <tr>
        <th>Porozumienie / skierowanie</th>
        <td>
          porozumienie nr ${sheet.porozumienieNumber} z ${formatDate(sheet.porozumienieSignedOn)}; skierowanie PUP nr
          ${sheet.skierowanieNumber} z ${formatDate(sheet.skierowanieDate)}
        </td>
      </tr>
      <tr>
        <th>Okres przydziału / limit</th>
        <td>
          ${formatDate(sheet.dateFrom)} – ${formatDate(sheet.dateTo)}${partial ? ' (w tym miesiącu niepełny)' : ''};
          najwyżej ${limitText(sheet.limits)}
        </td>
      </tr>
    </table>
    <table class="days">
      <thead>
        <tr>
          <th>Data</th>
          <th>Dzień</th>
          <th>Liczba godzin</th>
          <th>Podpis uczestnika</th>
          <th>Podpis opiekuna</th>
          <th>Uwagi (nieobecność, święto)</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    <div class="totals">
      <span>
        Razem godzin w miesiącu:
        <strong>${data.filled ? formatHoursUnit(check.monthMinutes) : '……………'}</strong>
      </span>
      <span>Nieobecności: ${data.filled ? String(sheet.entries.filter((e) => e.absence).length) : '……………'}</span>
    </div>
    ${
      data.filled
        ? html`<p class="weeks">
            Tygodnie:
            ${check.weeks
              .map((w) => `${formatDayMonth(w.from)}–${formatDayMonth(w.to)}: ${formatHoursUnit(w.minutes)}`)
              .join(' · ')}
          </p>`
        : ''
    }
    <p class="legend">
      Szare wiersze: soboty, niedziele i święta ustawowo wolne. Godziny wpisuje się w pełnych godzinach lub
      połówkach. Nieobecność: choroba, nieobecność usprawiedliwiona albo nieusprawiedliwiona (wpisać w uwagach).
    </p>
    ${signatureLines(['data i podpis opiekuna', 'sprawdził (koordynator PSU)'])}
  </section>`
}

export function renderKartaEwidencjiGodzin(data: KartaEwidencjiData): PrintableDocument {
  const body = html`${data.sheets.map((sheet, i) => sheetPage(data, sheet, i === 0))}`
  const kind = data.filled ? 'wypelnione' : 'puste'
  const fileName = data.single
    ? `karta-psu-${data.month}-przydzial-${data.sheets[0]?.assignmentId ?? 0}-${kind}.pdf`
    : `karty-psu-${data.month}-${kind}.pdf`
  return {
    fileName,
    html: documentShell({
      title: `Karty ewidencji godzin PSU — ${formatMonth(data.month)}`,
      body,
      css: CSS,
    }),
  }
}
