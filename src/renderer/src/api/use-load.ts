import { useCallback, useEffect, useRef, useState } from 'react'
import { notifyError } from './client'

/**
 * Data loaded for a key (the query as text), reloaded on demand after a save. `data` is null while the
 * data for the current key is on its way, so a screen never shows the previous query's rows under the
 * new one; a reload keeps the old rows until the new ones arrive. The loader is read fresh each time,
 * so callers pass a plain arrow function.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): { data: T | null; reload: () => void } {
  const [state, setState] = useState<{ key: string; data: T } | null>(null)
  const [generation, setGeneration] = useState(0)
  const latest = useRef(load)
  useEffect(() => {
    latest.current = load
  })
  useEffect(() => {
    let current = true
    latest.current().then((data) => current && setState({ key, data }), notifyError)
    return () => {
      current = false
    }
  }, [key, generation])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { data: state?.key === key ? state.data : null, reload }
}
