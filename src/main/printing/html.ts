// A tiny safe templating: every interpolated value is escaped unless it is already SafeHtml.
// Documents carry names and addresses typed by people; none of it may become markup, nor turn the
// text around with bidi overrides (records saved before the schemas stripped them included).
import { stripBidiControls } from '@shared/text'

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[]

export function escapeHtml(text: string): string {
  return stripBidiControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

// A postal code (95-100) or a double-barrelled name (Żółkiewska-Łęcka) never breaks across lines.
// Whole words only: a code such as MG4E-3CWV-XS6H stays as it is.
const KEEP_TOGETHER = /(?<![\p{L}\d])(?:\d{2}-\d{3}|\p{L}+(?:-\p{L}+)+)(?![\p{L}\d])/gu

/** Escaped text whose postal codes and hyphenated names are kept on one line (class "nowrap"). */
export function keepTogether(escaped: string): string {
  return escaped.replace(KEEP_TOGETHER, (token) => `<span class="nowrap">${token}</span>`)
}

function render(value: Interpolation, inText: boolean): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map((v) => render(v, inText)).join('')
  const escaped = escapeHtml(String(value))
  return inText ? keepTogether(escaped) : escaped
}

/** Inside a tag (an attribute's value) or the <title>, where no markup may go. */
function inMarkupFreeContext(out: string): boolean {
  return (
    out.lastIndexOf('<') > out.lastIndexOf('>') || out.lastIndexOf('<title>') > out.lastIndexOf('</title>')
  )
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!
  values.forEach((value, i) => {
    out += render(value, !inMarkupFreeContext(out)) + strings[i + 1]!
  })
  return new SafeHtml(out)
}

/** Text kept exactly as it is and on one line: a code to copy by hand, a number with dashes. */
export function verbatim(text: string): SafeHtml {
  return new SafeHtml(`<span class="nowrap">${escapeHtml(text)}</span>`)
}

/** Text with line breaks kept (uwagi, goals typed over several lines). */
export function multiline(text: string): SafeHtml {
  return new SafeHtml(keepTogether(escapeHtml(text)).replace(/\r?\n/g, '<br>'))
}
