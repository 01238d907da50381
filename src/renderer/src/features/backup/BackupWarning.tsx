import { Alert, Button, Group, Text } from '@mantine/core'
import { BACKUP_STALE_AFTER_DAYS } from '@shared/backup.schema'
import { formatDateTime } from '@shared/dates'
import { useBackupStatus } from './backup-events'
import { formatAge } from './format'

/** On every screen: the last good backup is missing, older than a week, or stamped in the future. */
export function BackupWarning({ onOpen }: { onOpen: () => void }) {
  const { status } = useBackupStatus()
  if (!status?.stale) return null
  const last = status.lastGood
  const future = status.futureBackup
  return (
    <Alert
      color="yellow"
      variant="light"
      mb="md"
      title="Brak aktualnej kopii zapasowej"
      data-testid="backup-warning"
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">
          {future
            ? `Najnowsza kopia ma datę z przyszłości (${formatDateTime(future.createdAt)}) — zegar komputera był wtedy albo jest teraz źle ustawiony. Sprawdź datę i godzinę w systemie; taka kopia nie liczy się jako aktualna.`
            : last
              ? `Ostatnia sprawdzona kopia jest z ${formatDateTime(last.createdAt)} (${formatAge(status.lastGoodAgeDays ?? 0)}) — ponad ${BACKUP_STALE_AFTER_DAYS} dni temu.`
              : 'Nie ma jeszcze żadnej sprawdzonej kopii zapasowej bazy.'}{' '}
          Zrób kopię, najlepiej także na pendrive.
        </Text>
        <Button size="xs" variant="white" color="dark" onClick={onOpen} style={{ flexShrink: 0 }}>
          Przejdź do kopii zapasowych
        </Button>
      </Group>
    </Alert>
  )
}
