// Reading printed PDFs back with poppler-utils, as an auditor would see them.
import { execFileSync } from 'node:child_process'

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

export interface PdfInfo {
  pages: number
  /** Page size in points, e.g. "595.28 x 841.89" for A4. */
  pageSize: string
  fonts: string
}

export function pdfInfo(file: string): PdfInfo {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const pageSize = /^Page size:\s+([\d.]+ x [\d.]+)/m.exec(info)?.[1] ?? ''
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
  return { pages, pageSize, fonts }
}

/** A4 is 595.28 × 841.89 pt; Chromium rounds page sizes to whole device pixels (595.92 × 842.88). */
export function isA4(pageSize: string): boolean {
  const [width, height] = pageSize.split(' x ').map(Number) as [number, number]
  return Math.abs(width - 595.28) < 1.5 && Math.abs(height - 841.89) < 1.5
}

/** Writes <prefix>-1.png, <prefix>-2.png… for looking at the pages. */
export function pdfToPng(file: string, prefix: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, prefix])
}
