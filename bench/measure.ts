/** Runs `fn` repeatedly and prints median and 95th percentile in milliseconds. */
export async function measure(
  name: string,
  fn: () => Promise<unknown> | unknown,
  runs = 50,
): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(runs / 2)]!
  const p95 = times[Math.floor(runs * 0.95)]!
  console.log(`bench: ${name}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${runs} runs)`)
  return median
}
