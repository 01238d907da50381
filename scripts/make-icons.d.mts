// Types of scripts/make-icons.mjs for its test (the script itself runs in plain Node).
export interface RenderedIcon {
  size: number
  png: Uint8Array
  rgba: Uint8Array
}
export const ICO_SIZES: number[]
export const PNG_SIZE: number
export function renderIcon(svg: string | Uint8Array, size: number): RenderedIcon
export function encodeIco(images: RenderedIcon[]): Buffer
export function makeIcons(buildDir?: string): void
