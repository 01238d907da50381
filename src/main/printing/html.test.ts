import { describe, expect, it } from 'vitest'
import { escapeHtml, html, multiline, SafeHtml, verbatim } from './html'

describe('html template', () => {
  it('escapes every interpolated value so typed text never becomes markup', () => {
    const name = '<script>alert("x")</script> & \'Ó\''
    expect(html`<p>${name}</p>`.value).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ó&#39;</p>',
    )
  })

  it('keeps nested templates and arrays, and drops null, undefined and false', () => {
    const list = ['a<b', 'c'].map((i) => html`<li>${i}</li>`)
    expect(html`<ul>${list}</ul>${null}${undefined}${false}${0}`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0',
    )
  })

  it('turns line breaks into <br> after escaping', () => {
    expect(multiline('a<b>\nc').value).toBe('a&lt;b&gt;<br>c')
    expect(escapeHtml('x')).toBe('x')
    expect(html`${new SafeHtml('<i>ok</i>')}`.value).toBe('<i>ok</i>')
  })

  it('keeps a postal code and a double-barrelled surname on one line in text, never inside a tag or the title', () => {
    const address = 'ul. Źródlana 3, 95-100 Zgierz'
    const name = 'Grażyna Żółkiewska-Łęcka'
    expect(html`<p>${name}, ${address}</p>`.value).toBe(
      '<p>Grażyna <span class="nowrap">Żółkiewska-Łęcka</span>, ul. Źródlana 3, <span class="nowrap">95-100</span> Zgierz</p>',
    )
    expect(html`<section class="${'page-break'}" title="${name}"></section>`.value).toBe(
      '<section class="page-break" title="Grażyna Żółkiewska-Łęcka"></section>',
    )
    expect(html`<title>${name}</title>`.value).toBe('<title>Grażyna Żółkiewska-Łęcka</title>')
    // Dates, account numbers and longer digit runs stay as they are.
    expect(html`<p>${'2026-03-05 · 12-3456 · MG4E-3CWV-XS6H'}</p>`.value).toBe(
      '<p>2026-03-05 · 12-3456 · MG4E-3CWV-XS6H</p>',
    )
    expect(html`<p>${verbatim('CC7C-W2C9-HMH4-JQFP-WECU')}</p>`.value).toBe(
      '<p><span class="nowrap">CC7C-W2C9-HMH4-JQFP-WECU</span></p>',
    )
    expect(multiline('Kowalska-Nowak\n00-950 Warszawa').value).toBe(
      '<span class="nowrap">Kowalska-Nowak</span><br><span class="nowrap">00-950</span> Warszawa',
    )
  })
})
