import { useState } from 'react'

/**
 * A choice the screen keeps between visits and restarts (the report's year): kept in the window's
 * local storage, which belongs to this app alone.
 */
export function useRemembered<T extends string | number>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = localStorage.getItem(`kis.${key}`)
    if (stored === null) return initial
    const parsed = typeof initial === 'number' ? Number(stored) : stored
    return (typeof initial === 'number' && !Number.isFinite(parsed) ? initial : parsed) as T
  })
  return [
    value,
    (next) => {
      localStorage.setItem(`kis.${key}`, String(next))
      setValue(next)
    },
  ]
}
