// The LibreOffice peer of the timesheet PDF: the same sheets as a flat ODF text document (.fodt),
// LibreOffice's own format, one page per sheet with the same header table, day table, totals,
// legend and signature lines, so `soffice --convert-to pdf` lays out and embeds what Chromium does.
import { ABSENCE_LABELS, checkSheet } from '@shared/psu-limits'
import { formatDayMonth, formatMonth, WEEKDAY_SHORT } from '@shared/psu-calendar'
import { formatHours, formatHoursUnit } from '@shared/psu-hours'
import { formatDate } from '@shared/dates'
import type { KartaEwidencjiData, KartaSheet } from '../src/main/printing/documents/karta-ewidencji-godzin'

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const p = (style: string, text: string) => `<text:p text:style-name="${style}">${xml(text)}</text:p>`
const cell = (text: string, style = 'Cell', para = 'P') =>
  `<table:table-cell table:style-name="${style}" office:value-type="string">${p(para, text)}</table:table-cell>`
const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`

function sheetXml(data: KartaEwidencjiData, sheet: KartaSheet, first: boolean): string {
  const entries = new Map(sheet.entries.map((e) => [e.date, e]))
  const month = formatMonth(data.month)
  const head: [string, string][] = [
    ['Imię i nazwisko', `${sheet.participantName} · PESEL: •••••••${(sheet.pesel ?? '').slice(-4)}`],
    ['Rodzaj prac', sheet.positionName],
    ['Miejsce wykonywania', `${sheet.workplaceName}, ${sheet.workplaceAddress}`],
    ['Opiekun (potwierdza godziny)', `${sheet.supervisorName}, ${sheet.supervisorRole}`],
    [
      'Porozumienie / skierowanie',
      `porozumienie nr ${sheet.porozumienieNumber} z ${formatDate(sheet.porozumienieSignedOn)}; skierowanie PUP nr ${sheet.skierowanieNumber} z ${formatDate(sheet.skierowanieDate)}`,
    ],
    [
      'Okres przydziału / limit',
      `${formatDate(sheet.dateFrom)} – ${formatDate(sheet.dateTo)}; najwyżej 10 godz. tygodniowo, 40 godz. miesięcznie`,
    ],
  ]
  const days = data.days.map((d) => {
    const outside = d.date < sheet.activeFrom || d.date > sheet.activeTo
    const entry = entries.get(d.date)
    const notes = [d.holiday ? `święto: ${d.holiday}` : null, outside ? 'poza okresem przydziału' : null]
    if (entry?.absence) notes.push(ABSENCE_LABELS[entry.absence])
    const style = d.dayOff || outside ? 'Off' : 'Cell'
    return row([
      cell(formatDayMonth(d.date), style, 'C'),
      cell(WEEKDAY_SHORT[d.weekday] ?? '', style, 'C'),
      cell(entry && entry.minutes > 0 ? formatHours(entry.minutes) : '', style, 'B'),
      cell('', style),
      cell('', style),
      cell(notes.filter(Boolean).join('; '), style, 'S'),
    ])
  })
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
  const weeks = check.weeks.map(
    (w) => `${formatDayMonth(w.from)}–${formatDayMonth(w.to)}: ${formatHoursUnit(w.minutes)}`,
  )
  return [
    p(first ? 'Office' : 'OfficeBreak', `${data.officeName}\t${month}`),
    p('Title', 'Karta ewidencji godzin wykonywania prac społecznie użytecznych'),
    p('Center', `(lista obecności) — miesiąc: ${month}`),
    `<table:table table:style-name="Tbl"><table:table-column table:style-name="C27"/><table:table-column table:style-name="C73"/>`,
    ...head.map(([label, value]) => row([cell(label, 'Head', 'BL'), cell(value)])),
    `</table:table>`,
    `<table:table table:style-name="Tbl"><table:table-column table:style-name="C9"/><table:table-column table:style-name="C7"/><table:table-column table:style-name="C12"/><table:table-column table:style-name="C22"/><table:table-column table:style-name="C22"/><table:table-column table:style-name="C28"/>`,
    `<table:table-header-rows>${row(['Data', 'Dzień', 'Liczba godzin', 'Podpis uczestnika', 'Podpis opiekuna', 'Uwagi (nieobecność, święto)'].map((h) => cell(h, 'Head', 'B')))}</table:table-header-rows>`,
    ...days,
    `</table:table>`,
    p(
      'P',
      `Razem godzin w miesiącu: ${formatHoursUnit(check.monthMinutes)}\tNieobecności: ${sheet.entries.filter((e) => e.absence).length}`,
    ),
    p('S', `Tygodnie: ${weeks.join(' · ')}`),
    p(
      'S',
      'Szare wiersze: soboty, niedziele i święta ustawowo wolne. Godziny wpisuje się w pełnych godzinach lub połówkach. Nieobecność: choroba, nieobecność usprawiedliwiona albo nieusprawiedliwiona (wpisać w uwagach).',
    ),
    p('Sign', '……………………………………\t……………………………………'),
    p('Sign', 'data i podpis opiekuna\tsprawdził (koordynator PSU)'),
  ].join('\n')
}

export function timesheetsFodt(data: KartaEwidencjiData): string {
  const col = (name: string, width: string) =>
    `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${width}"/></style:style>`
  const cellStyle = (name: string, bg: string) =>
    `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:background-color="${bg}" fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>`
  const para = (name: string, props: string, text = '') =>
    `<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties ${props}/><style:text-properties style:font-name="Noto Sans" ${text.includes('font-size') ? '' : 'fo:font-size="9pt"'} ${text}/></style:style>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>${para('P', 'fo:margin="0cm"')}</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.9cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="18cm" table:align="left" fo:margin-bottom="0.1cm"/></style:style>
${col('C27', '4.86cm')}${col('C73', '13.14cm')}${col('C9', '1.62cm')}${col('C7', '1.26cm')}${col('C12', '2.16cm')}${col('C22', '3.96cm')}${col('C28', '5.04cm')}
${cellStyle('Cell', '#ffffff')}${cellStyle('Head', '#eeeeee')}${cellStyle('Off', '#d9d9d9')}
${para('Office', 'fo:border-bottom="0.5pt solid #000000" fo:margin-bottom="0.2cm"')}
${para('OfficeBreak', 'fo:break-before="page" fo:border-bottom="0.5pt solid #000000" fo:margin-bottom="0.2cm"')}
${para('Title', 'fo:text-align="center"', 'fo:font-weight="bold" fo:font-size="12pt"')}
${para('Center', 'fo:text-align="center" fo:margin-bottom="0.2cm"')}
${para('C', 'fo:text-align="center"')}${para('BL', 'fo:margin="0cm"', 'fo:font-weight="bold"')}${para('B', 'fo:text-align="center"', 'fo:font-weight="bold"')}
${para('S', 'fo:margin="0cm"', 'fo:font-size="7.5pt"')}${para('Sign', 'fo:margin-top="0.4cm" fo:text-align="justify"')}
<style:style style:name="MP" style:family="paragraph" style:master-page-name="Standard"/>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Center">strona <text:page-number/> z <text:page-count/></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${data.sheets.map((sheet, i) => sheetXml(data, sheet, i === 0)).join('\n')}
</office:text></office:body></office:document>`
}
