// Unwraps the bridge's Result: screens await data and catch an ApiCallError with a Polish message.
import { notifications } from '@mantine/notifications'
import type { ApiError, Result } from '@shared/result'

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
  }
}

/** Main refused a call because the screen lock closed: the lock gate shows the lock screen. */
export const LOCKED_EVENT = 'kis:locked'

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok && result.error.code === 'LOCKED') window.dispatchEvent(new Event(LOCKED_EVENT))
  if (!result.ok) throw new ApiCallError(result.error)
  return result.data
}

export function notifyError(error: unknown): void {
  notifyProblem(error instanceof ApiCallError ? error.message : 'Wystąpił nieoczekiwany błąd.')
}

/** A refusal the screen itself found (a date that does not exist), worded like one from main. */
export function notifyProblem(message: string): void {
  notifications.show({ color: 'red', title: 'Nie udało się', message })
}

export function notifySaved(message: string): void {
  notifications.show({ color: 'teal', title: 'Zapisano', message })
}
