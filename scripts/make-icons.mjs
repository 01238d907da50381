#!/usr/bin/env node
// `npm run icons`: draws the app's icons from build/icon.svg with resvg — build/icon.ico for Windows
// (the exe, the installer and the shortcuts) and build/icon.png (512 px) for Linux. The outputs are
// committed; run this again after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

const BUILD_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'build')
/** The sizes Windows picks from (taskbar, Explorer views, shortcuts, high-DPI screens). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
export const PNG_SIZE = 512

/** The SVG rendered to a square image: PNG bytes and premultiplied RGBA pixels. */
export function renderIcon(svg, size) {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  }).render()
  return { size, png: image.asPng(), rgba: image.pixels }
}

/**
 * An ICO file: a directory of images, each a classic 32-bit DIB below 256 px (read by every Windows
 * tool, NSIS included) and PNG at 256 px (as Windows itself stores large icons).
 */
export function encodeIco(images) {
  const entries = images.map((image) => ({
    size: image.size,
    data: image.size < 256 ? dib(image) : image.png,
  }))
  const header = Buffer.alloc(6 + 16 * entries.length)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(entries.length, 4)
  let offset = header.length
  entries.forEach((entry, i) => {
    const at = 6 + 16 * i
    header.writeUInt8(entry.size % 256, at) // width, 0 means 256
    header.writeUInt8(entry.size % 256, at + 1) // height
    header.writeUInt8(0, at + 2) // no palette
    header.writeUInt8(0, at + 3) // reserved
    header.writeUInt16LE(1, at + 4) // colour planes
    header.writeUInt16LE(32, at + 6) // bits per pixel
    header.writeUInt32LE(entry.data.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += entry.data.length
  })
  return Buffer.concat([header, ...entries.map((entry) => entry.data)])
}

/** BITMAPINFOHEADER + bottom-up BGRA with straight alpha + the 1-bit AND mask (set where transparent). */
function dib({ size, rgba }) {
  const maskStride = Math.ceil(size / 32) * 4
  const info = Buffer.alloc(40)
  info.writeUInt32LE(40, 0)
  info.writeInt32LE(size, 4)
  info.writeInt32LE(size * 2, 8) // colour rows and mask rows together
  info.writeUInt16LE(1, 12)
  info.writeUInt16LE(32, 14)
  info.writeUInt32LE(0, 16) // BI_RGB
  info.writeUInt32LE(size * size * 4 + maskStride * size, 20)
  const pixels = Buffer.alloc(size * size * 4)
  const mask = Buffer.alloc(maskStride * size)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = (row * size + x) * 4
      const alpha = rgba[from + 3]
      // resvg's pixels are premultiplied; a DIB icon wants straight alpha.
      const straight = (channel) => (alpha === 0 ? 0 : Math.min(255, Math.round((channel * 255) / alpha)))
      pixels[to] = straight(rgba[from + 2])
      pixels[to + 1] = straight(rgba[from + 1])
      pixels[to + 2] = straight(rgba[from])
      pixels[to + 3] = alpha
      if (alpha === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7)
    }
  }
  return Buffer.concat([info, pixels, mask])
}

export function makeIcons(buildDir = BUILD_DIR) {
  const svg = readFileSync(join(buildDir, 'icon.svg'))
  writeFileSync(join(buildDir, 'icon.png'), renderIcon(svg, PNG_SIZE).png)
  writeFileSync(join(buildDir, 'icon.ico'), encodeIco(ICO_SIZES.map((size) => renderIcon(svg, size))))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  makeIcons()
  console.log(`build/icon.png (${PNG_SIZE} px) and build/icon.ico (${ICO_SIZES.join(', ')} px) written`)
}
