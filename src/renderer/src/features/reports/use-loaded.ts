import { useEffect, useRef, useState } from 'react'
import { notifyError } from '../../api/client'

/**
 * Data loaded for a key (the query as text): null while the data for the current key is on its way,
 * so a screen never shows figures of the previous period under the new one.
 */
export function useLoaded<T>(key: string, load: () => Promise<T>): T | null {
  const [state, setState] = useState<{ key: string; data: T } | null>(null)
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
  }, [key])
  return state?.key === key ? state.data : null
}
