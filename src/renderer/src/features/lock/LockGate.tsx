import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Center, Loader } from '@mantine/core'
import type { LockStatus } from '@shared/lock.schema'
import { LOCKED_EVENT, unwrap } from '../../api/client'
import { LockScreen } from './LockScreen'

/** How often the user's activity is reported to main, and how often the lock state is asked. */
const ACTIVITY_EVERY_MS = 20_000
const POLL_EVERY_MS = 5_000
const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const

/**
 * The app's content exists only while main says the screen is unlocked: when locked, the screens are
 * unmounted (nothing of a person stays in the page) and only the lock screen is shown.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<LockStatus | null>(null)
  const lastSent = useRef(0)

  const refresh = useCallback(() => {
    unwrap(window.api.lock.status()).then(setStatus, () => undefined)
  }, [])

  useEffect(() => {
    refresh()
    const poll = window.setInterval(refresh, POLL_EVERY_MS)
    const onActivity = () => {
      if (Date.now() - lastSent.current < ACTIVITY_EVERY_MS) return
      lastSent.current = Date.now()
      unwrap(window.api.lock.activity()).then(setStatus, () => undefined)
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true })
    window.addEventListener(LOCKED_EVENT, refresh)
    return () => {
      window.clearInterval(poll)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity)
      window.removeEventListener(LOCKED_EVENT, refresh)
    }
  }, [refresh])

  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label="Wczytywanie" />
      </Center>
    )
  }
  if (status.locked) return <LockScreen status={status} onUnlocked={setStatus} />
  return <>{children}</>
}
