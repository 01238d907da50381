import { describe, expect, it } from 'vitest'
import { escapeHtml, html, multiline, SafeHtml } from './html'

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
})
