// The backup screen tells the rest of the window what changed: a new backup (the warning banner
// rereads its status) or a swapped database (the shell remounts the screens so they reload).
import { useEffect, useState } from 'react'
import type { BackupStatus } from '@shared/backup.schema'
import { unwrap } from '../../api/client'

export const BACKUP_CHANGED = 'kis:backup-changed'
export const DATABASE_REPLACED = 'kis:database-replaced'

export function announceBackupChanged(): void {
  window.dispatchEvent(new Event(BACKUP_CHANGED))
}

export function announceDatabaseReplaced(): void {
  window.dispatchEvent(new Event(DATABASE_REPLACED))
}

/** Calls `listener` on each of the events while the component is mounted. */
export function useWindowEvents(events: readonly string[], listener: () => void): void {
  useEffect(() => {
    for (const event of events) window.addEventListener(event, listener)
    return () => {
      for (const event of events) window.removeEventListener(event, listener)
    }
  }, [events, listener])
}

const STATUS_EVENTS = [BACKUP_CHANGED, DATABASE_REPLACED] as const

export function useBackupStatus(): { status: BackupStatus | null; reload: () => void } {
  const [status, setStatus] = useState<BackupStatus | null>(null)
  const [generation, setGeneration] = useState(0)
  const [reload] = useState(() => () => setGeneration((g) => g + 1))
  useEffect(() => {
    let live = true
    unwrap(window.api.backup.status()).then(
      (s) => live && setStatus(s),
      () => live && setStatus(null),
    )
    return () => {
      live = false
    }
  }, [generation])
  useWindowEvents(STATUS_EVENTS, reload)
  return { status, reload }
}

const REPLACED_EVENTS = [DATABASE_REPLACED] as const

/** A number that changes when a restore swapped the database: used as a key to remount screens. */
export function useDatabaseGeneration(): number {
  const [generation, setGeneration] = useState(0)
  const [bump] = useState(() => () => setGeneration((g) => g + 1))
  useWindowEvents(REPLACED_EVENTS, bump)
  return generation
}
