// Screens with typed work that is saved by a button (the timesheet grid) register here while they have
// unsaved changes; switching the section or a tab asks before that work is dropped.
import { useEffect } from 'react'
import { confirmDiscard } from '../components/confirm'

const unsaved = new Set<symbol>()

/** While `dirty`, leaving the screen asks first. */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return
    const token = Symbol('unsaved')
    unsaved.add(token)
    return () => {
      unsaved.delete(token)
    }
  }, [dirty])
}

export function hasUnsavedWork(): boolean {
  return unsaved.size > 0
}

/** Runs `leave` at once, or after "Przejść bez zapisywania?" when a screen has unsaved work. */
export function confirmLeave(leave: () => void): void {
  if (!hasUnsavedWork()) return leave()
  confirmDiscard(
    () => {
      unsaved.clear()
      leave()
    },
    'Przejść dalej bez zapisywania?',
    'Przejdź bez zapisu',
  )
}
