// Runs a long call while polling main for its progress (every 250 ms), for a progress bar.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Result } from '@shared/result'
import { unwrap } from './client'

export function usePolledCall<P>(poll: () => Promise<Result<P>>) {
  const [progress, setProgress] = useState<P | null>(null)
  const [busy, setBusy] = useState(false)
  const timer = useRef<number | null>(null)
  const pollRef = useRef(poll)
  useEffect(() => () => void (timer.current !== null && window.clearInterval(timer.current)), [])

  const run = useCallback(async <T>(call: () => Promise<T>): Promise<T> => {
    setBusy(true)
    timer.current = window.setInterval(() => {
      unwrap(pollRef.current()).then(setProgress, () => undefined)
    }, 250)
    try {
      return await call()
    } finally {
      if (timer.current !== null) window.clearInterval(timer.current)
      timer.current = null
      setProgress(null)
      setBusy(false)
    }
  }, [])

  return { progress, busy, run }
}
