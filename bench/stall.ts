// The main thread's longest event-loop stall while some work runs: a 5 ms timer notes how late it
// fires. A synchronous integrity_check on the main thread shows up as one long gap.
export async function withStall<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; stallMs: number }> {
  let last = performance.now()
  let stallMs = 0
  const timer = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 5)
  const start = performance.now()
  try {
    const result = await work()
    const ms = performance.now() - start
    stallMs = Math.max(stallMs, performance.now() - last)
    return { result, ms, stallMs }
  } finally {
    clearInterval(timer)
  }
}
