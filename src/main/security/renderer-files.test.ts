import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeFor, isTrustedUrl, RENDERER_CSP, resolveRendererFile } from './renderer-files'

const root = resolve('/srv/renderer')

describe('resolveRendererFile', () => {
  it('maps the root to index.html and assets inside the folder', () => {
    expect(resolveRendererFile(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveRendererFile(root, '/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'))
  })

  it('refuses every way out of the renderer folder', () => {
    for (const path of [
      '/../main/index.js',
      '/assets/../../secret',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/a%00.js',
      '/%E0%A4%A',
    ]) {
      expect(resolveRendererFile(root, path), path).toBeNull()
    }
  })
})

describe('CSP and content types', () => {
  it('allows scripts only from the app itself and forbids objects, frames and form posts', () => {
    expect(RENDERER_CSP).toContain("default-src 'none'")
    expect(RENDERER_CSP).toContain("script-src 'self'")
    expect(RENDERER_CSP).not.toMatch(/script-src[^;]*unsafe/)
    expect(RENDERER_CSP).toContain("object-src 'none'")
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'")
  })

  it('serves known types and a safe default', () => {
    expect(contentTypeFor('x/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('x/font.woff2')).toBe('font/woff2')
    expect(contentTypeFor('x/unknown.bin')).toBe('application/octet-stream')
  })
})

describe('isTrustedUrl', () => {
  it('trusts only app://kis and, in development, the dev server origin', () => {
    expect(isTrustedUrl('app://kis/index.html')).toBe(true)
    expect(isTrustedUrl('app://other/index.html')).toBe(false)
    expect(isTrustedUrl('https://example.com/')).toBe(false)
    expect(isTrustedUrl('file:///C:/kis/index.html')).toBe(false)
    expect(isTrustedUrl('not a url')).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/x', 'http://localhost:5173')).toBe(false)
  })
})
