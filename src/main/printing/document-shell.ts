// The frame of every printed document: A4, embedded fonts, office header, no scripts at all.
import { printFontFaces } from './fonts'
import { html, SafeHtml } from './html'

export interface PrintableDocument {
  /** Suggested file name for "Zapisz PDF" — never personal data beyond what the user sees on screen. */
  fileName: string
  html: string
}

export interface OfficeHeader {
  officeName: string
}

const BASE_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000; margin: 0; }
h1 { font-size: 14pt; text-align: center; margin: 10pt 0 4pt; }
h2 { font-size: 11.5pt; margin: 12pt 0 4pt; }
h3 { font-size: 10.5pt; margin: 8pt 0 2pt; }
p { margin: 3pt 0; }
.office { border-bottom: 1px solid #000; padding-bottom: 4pt; margin-bottom: 8pt; font-size: 9.5pt; display: flex; justify-content: space-between; }
.center { text-align: center; }
.muted { color: #444; font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: 700; }
td.num, th.num { text-align: right; white-space: nowrap; }
dl.fields { display: grid; grid-template-columns: 42% 58%; margin: 0; }
dl.fields dt { font-weight: 700; padding: 2pt 0; }
dl.fields dd { margin: 0; padding: 2pt 0; }
.signatures { display: flex; justify-content: space-between; gap: 24pt; margin-top: 36pt; page-break-inside: avoid; }
.signature { flex: 1; text-align: center; font-size: 9pt; }
.signature .line { border-top: 1px dotted #000; margin-top: 36pt; padding-top: 2pt; }
.page-break { page-break-before: always; }
.nowrap { white-space: nowrap; }
/* Only ever printed: the hidden print window skips laying the whole document out for a screen first. */
@media screen { body { display: none; } }
`

const PRINT_META_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"

export function documentShell(options: { title: string; body: SafeHtml; css?: string }): string {
  return html`<!doctype html>
    <html lang="pl">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${PRINT_META_CSP}" />
        <title>${options.title}</title>
        <style>
          ${cssBlock(printFontFaces() + BASE_CSS + (options.css ?? ''))}
        </style>
      </head>
      <body>
        ${options.body}
      </body>
    </html>`.value
}

/** The office line at the top of a page: name on the left, place and date on the right. */
export function officeHeader(header: OfficeHeader, right = ''): SafeHtml {
  return html`<div class="office"><span>${header.officeName}</span><span>${right}</span></div>`
}

/** Signature lines, one per party, with the label under the dotted line. */
export function signatureLines(labels: readonly string[]): SafeHtml {
  return html`<div class="signatures">
    ${labels.map((label) => html`<div class="signature"><div class="line">${label}</div></div>`)}
  </div>`
}

/** CSS is ours, never user data, and must not be HTML-escaped (quotes in font names). */
function cssBlock(css: string): SafeHtml {
  return new SafeHtml(css.replace(/<\/style/gi, ''))
}
