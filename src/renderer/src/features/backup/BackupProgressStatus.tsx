import { useEffect, useRef, useState } from 'react'
import { Group, Progress, Text } from '@mantine/core'
import type { BackupProgress } from '@shared/backup.schema'
import { unwrap } from '../../api/client'
import { announceBackupChanged } from './backup-events'
import { OPERATION_LABELS } from './format'

const POLL_MS = 1000

/**
 * In the header on every screen: the copy, restore or export running in main right now — above all
 * the daily backup, which starts by itself just after the window shows, whatever screen is open.
 */
export function BackupProgressStatus() {
  const [progress, setProgress] = useState<BackupProgress>(null)
  const running = useRef(false)
  useEffect(() => {
    const poll = () =>
      unwrap(window.api.backup.progress()).then(
        (current) => {
          // A copy just finished: the warning about a missing backup and the list read the news.
          if (running.current && current === null) announceBackupChanged()
          running.current = current !== null
          setProgress(current)
        },
        () => undefined,
      )
    poll()
    const timer = window.setInterval(poll, POLL_MS)
    return () => window.clearInterval(timer)
  }, [])
  if (!progress) return null
  return (
    <Group gap="xs" wrap="nowrap" data-testid="app-backup-progress" aria-live="polite">
      <Text size="xs">
        Kopia zapasowa: {OPERATION_LABELS[progress.operation].toLowerCase()}… {Math.round(progress.percent)}%
      </Text>
      <Progress value={progress.percent} w={120} size="sm" animated aria-label="Postęp kopii zapasowej" />
    </Group>
  )
}
