// Types of scripts/report-bundle-size.mjs for its test (the script itself runs in plain Node).
export interface BundlePart {
  files: string[]
  raw: number
  gzip: number
}
export interface BundleSizes {
  initial: BundlePart
  startScreen: BundlePart
  all: BundlePart
  htmlScripts: string[]
}
export const RENDERER_DIR: string
export const INITIAL_BUDGET_BYTES: number
export function measureBundle(rendererDir?: string): BundleSizes
export function formatReport(sizes: BundleSizes): string
