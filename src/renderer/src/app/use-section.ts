import { useEffect, useState } from 'react'

/**
 * The open section lives in the URL hash: the navigation is plain links (keyboard and screen-reader
 * friendly), and a reload or a restart of the window stays on the same screen.
 */
export function useSection<T extends string>(ids: readonly T[], fallback: T): [T, (id: T) => void] {
  const read = (): T => {
    const fromHash = window.location.hash.slice(1) as T
    return ids.includes(fromHash) ? fromHash : fallback
  }
  const [active, setActive] = useState<T>(read)
  useEffect(() => {
    const onChange = () => setActive(read())
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
    // The ids are a constant list; subscribe once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return [active, (id) => (window.location.hash = id)]
}
