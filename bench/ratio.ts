// One line per figure: the app's time beside its floor or peer, their ratio and the target, and
// (where a figure has one) the main thread's longest stall while the app's work ran.
export interface RatioLine {
  name: string
  appMs: number
  /** What the app is compared with ("copy+fsync", "SQL floor", "soffice"); omitted when no peer. */
  floorLabel?: string
  floorMs?: number
  /** Largest acceptable ratio app/floor. */
  target?: number
  /** Longest event-loop stall on the main thread during the app's run. */
  stallMs?: number
  stallTarget?: number
  extra?: string
}

const ms = (value: number) => `${Math.round(value).toLocaleString('pl-PL')} ms`

export function printRatio(line: RatioLine): number | null {
  const parts = [`app ${ms(line.appMs)}`]
  let ratio: number | null = null
  if (line.floorMs !== undefined) {
    ratio = line.appMs / Math.max(line.floorMs, 0.001)
    parts.push(`${line.floorLabel ?? 'floor'} ${ms(line.floorMs)}`)
    const verdict = line.target === undefined ? '' : ratio <= line.target ? ' ok' : ' OVER'
    parts.push(
      `ratio ${ratio.toFixed(2)}${line.target === undefined ? '' : ` (target ≤ ${line.target})${verdict}`}`,
    )
  }
  let text = `bench: ${line.name}: ${parts.join(' / ')}`
  if (line.stallMs !== undefined) {
    const target = line.stallTarget ?? 100
    text += ` · stall max ${Math.round(line.stallMs)} ms (target ≤ ${target})${line.stallMs <= target ? ' ok' : ' OVER'}`
  }
  if (line.extra) text += ` · ${line.extra}`
  console.log(text)
  return ratio
}

/** The median of `runs` timings of `fn`. */
export async function medianOf(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}
