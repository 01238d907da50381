import { useEffect, useState } from 'react'
import { confirmLeave } from './leave-guard'

/**
 * The open section lives in the URL hash: the navigation is plain links (keyboard and screen-reader
 * friendly), and a reload or a restart of the window stays on the same screen.
 */
export function useSection<T extends string>(ids: readonly T[], fallback: T): [T, (id: T) => void] {
  const [active, setActive] = useState<T>(() => sectionInHash(ids, fallback))
  useEffect(() => {
    const onChange = () => setActive(sectionInHash(ids, fallback))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [ids, fallback])
  // Leaving a screen with typed, unsaved work asks first (the timesheet grid, the settings forms).
  return [active, (id) => confirmLeave(() => (window.location.hash = id))]
}

function sectionInHash<T extends string>(ids: readonly T[], fallback: T): T {
  const fromHash = window.location.hash.slice(1) as T
  return ids.includes(fromHash) ? fromHash : fallback
}
