// Noto Sans (all Polish glyphs) embedded in every printed document as data URLs, so the PDF looks
// the same on every machine and the print window needs no file or network access.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const FACES = [
  {
    file: 'noto-sans-latin-400-normal.woff2',
    weight: 400,
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212,U+2215',
  },
  {
    file: 'noto-sans-latin-ext-400-normal.woff2',
    weight: 400,
    range:
      'U+0100-02AF,U+0304,U+0308,U+0329,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  {
    file: 'noto-sans-latin-700-normal.woff2',
    weight: 700,
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212,U+2215',
  },
  {
    file: 'noto-sans-latin-ext-700-normal.woff2',
    weight: 700,
    range:
      'U+0100-02AF,U+0304,U+0308,U+0329,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
]

let cached: string | null = null

export function printFontFaces(): string {
  cached ??= FACES.map((face) => {
    const data = readFileSync(join(fontsDir(), face.file)).toString('base64')
    return `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${face.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.range};}`
  }).join('\n')
  return cached
}

/** resources/fonts beside the app: found upward from this file (source, build) or in the packaged resources. */
function fontsDir(): string {
  const candidates: string[] = []
  const packaged = (process as { resourcesPath?: string }).resourcesPath
  if (packaged) candidates.push(join(packaged, 'fonts'))
  for (let dir = __dirname, i = 0; i < 6; i++, dir = dirname(dir))
    candidates.push(join(dir, 'resources', 'fonts'))
  const found = candidates.find((dir) => existsSync(join(dir, FACES[0]!.file)))
  if (!found) throw new Error('Brak czcionek do wydruku (resources/fonts).')
  return found
}
