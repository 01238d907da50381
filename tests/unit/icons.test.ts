// The icons in build/ (made by `npm run icons` from build/icon.svg): every size Windows needs in the
// .ico, each entry a valid image, and the 512 px PNG for Linux.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeIco, ICO_SIZES, PNG_SIZE, renderIcon } from '../../scripts/make-icons.mjs'

const BUILD = join(__dirname, '../../build')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

interface IcoEntry {
  width: number
  height: number
  bitsPerPixel: number
  data: Buffer
}

function readIco(file: Buffer): IcoEntry[] {
  expect(file.readUInt16LE(0)).toBe(0)
  expect(file.readUInt16LE(2)).toBe(1)
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i
    const length = file.readUInt32LE(at + 8)
    const offset = file.readUInt32LE(at + 12)
    expect(offset + length).toBeLessThanOrEqual(file.length)
    return {
      width: file.readUInt8(at) || 256,
      height: file.readUInt8(at + 1) || 256,
      bitsPerPixel: file.readUInt16LE(at + 6),
      data: file.subarray(offset, offset + length),
    }
  })
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('build/ icons', () => {
  it('the .ico holds 16, 24, 32, 48, 64, 128 and 256 px in 32-bit colour', () => {
    const entries = readIco(readFileSync(join(BUILD, 'icon.ico')))
    expect(entries.map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256])
    expect(ICO_SIZES).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width)
      expect(entry.bitsPerPixel).toBe(32)
      if (entry.width === 256) {
        expect(pngSize(entry.data)).toEqual({ width: 256, height: 256 })
      } else {
        // BITMAPINFOHEADER: the height counts the colour rows and the mask rows.
        expect(entry.data.readUInt32LE(0)).toBe(40)
        expect(entry.data.readInt32LE(4)).toBe(entry.width)
        expect(entry.data.readInt32LE(8)).toBe(entry.width * 2)
        const maskStride = Math.ceil(entry.width / 32) * 4
        expect(entry.data.length).toBe(40 + entry.width * entry.width * 4 + maskStride * entry.width)
      }
    }
  })

  it('the Linux icon is a 512 px PNG', () => {
    expect(PNG_SIZE).toBe(512)
    expect(pngSize(readFileSync(join(BUILD, 'icon.png')))).toEqual({ width: 512, height: 512 })
  })

  it('the icon is drawn opaque inside its rounded tile and transparent in the corners', () => {
    const { rgba } = renderIcon(readFileSync(join(BUILD, 'icon.svg')), 64)
    const alphaAt = (x: number, y: number) => rgba[(y * 64 + x) * 4 + 3]
    expect(alphaAt(0, 0)).toBe(0)
    expect(alphaAt(32, 32)).toBe(255)
  })
})

describe('the ICO writer', () => {
  it('stores small sizes bottom-up in BGRA with straight alpha, and masks transparent pixels', () => {
    const rgba = new Uint8Array(16 * 16 * 4)
    rgba.set([128, 64, 0, 128], 0) // top-left: orange at half opacity, premultiplied as resvg gives it
    rgba.set([0, 0, 255, 255], (15 * 16 + 15) * 4) // bottom-right: opaque blue
    const [entry] = readIco(encodeIco([{ size: 16, png: new Uint8Array(), rgba }]))
    const pixel = (x: number, row: number) => [
      ...entry!.data.subarray(40 + (row * 16 + x) * 4, 44 + (row * 16 + x) * 4),
    ]
    expect(pixel(0, 15)).toEqual([0, 128, 255, 128]) // the top row is stored last
    expect(pixel(15, 0)).toEqual([255, 0, 0, 255])
    const mask = entry!.data.subarray(40 + 16 * 16 * 4)
    expect(mask.length).toBe(16 * 4)
    expect(mask[15 * 4]! & 0x80).toBe(0) // top-left drawn
    expect(mask[15 * 4]! & 0x40).toBe(0x40) // its neighbour transparent
    expect(mask[0 * 4 + 1]! & 0x01).toBe(0) // bottom-right drawn
  })
})
