import { useCallback, useEffect, useState } from 'react'
import { Alert, Badge, Button, Code, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import {
  BACKUP_KIND_LABELS,
  formatFileSize,
  type ListedBackup,
  type RestoreCandidate,
} from '@shared/backup.schema'
import { formatDateTime } from '@shared/dates'
import { pluralPl } from '@shared/text'
import { ApiCallError, notifyError, notifySaved, unwrap } from '../../api/client'
import { usePolledCall } from '../../api/use-polled-call'
import { announceBackupChanged, announceDatabaseReplaced, useBackupStatus } from './backup-events'
import { BackupRetentionForm } from './BackupRetentionForm'
import { CopyByHandGuide } from './CopyByHandGuide'
import { formatAge, OPERATION_LABELS } from './format'

const pollBackup = () => window.api.backup.progress()

export function BackupPage() {
  const { status, reload: reloadStatus } = useBackupStatus()
  const [backups, setBackups] = useState<ListedBackup[] | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const { progress, busy, run } = usePolledCall(pollBackup)

  const loadList = useCallback(() => {
    unwrap(window.api.backup.list()).then((l) => setBackups(l.backups), notifyError)
  }, [])
  useEffect(loadList, [loadList])

  function afterBackup() {
    loadList()
    reloadStatus()
    announceBackupChanged()
  }

  async function create() {
    try {
      const result = await run(() => unwrap(window.api.backup.create()))
      if (result.cancelled) return
      notifySaved(`Kopia zapisana i sprawdzona: ${result.backup.fileName}`)
      afterBackup()
    } catch (error) {
      notifyError(error)
    }
  }

  /** `token`: what main offered for the file (from the list or its own file dialog). */
  async function restore(token: string) {
    setRefusal(null)
    try {
      const result = await run(() => unwrap(window.api.backup.restore({ token })))
      notifications.show({
        color: 'teal',
        title: 'Przywrócono kopię',
        message: result.upgradedFrom
          ? `Dane z kopii zostały przywrócone i zaktualizowane do bieżącej wersji programu.`
          : 'Dane z kopii zostały przywrócone. Poprzedni stan zapisano jako kopię bezpieczeństwa.',
      })
      announceDatabaseReplaced()
    } catch (error) {
      showRefusal(error)
    }
  }

  function showRefusal(error: unknown) {
    if (error instanceof ApiCallError) setRefusal(error.message)
    else notifyError(error)
  }

  function confirmRestore(label: string, token: string) {
    modals.openConfirmModal({
      title: 'Przywrócić kopię?',
      children: (
        <Stack gap="xs">
          <Text size="sm">{label}</Text>
          <Text size="sm">
            Dane w programie zostaną zastąpione zawartością kopii. Obecna baza zostanie najpierw zapisana jako
            kopia bezpieczeństwa, więc przywracanie można cofnąć.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Przywróć', cancel: 'Anuluj' },
      confirmProps: { color: 'red' },
      onConfirm: () => void restore(token),
    })
  }

  async function chooseFile() {
    setRefusal(null)
    try {
      const result = await unwrap(window.api.backup.pick())
      if (result.cancelled) return
      confirmRestore(describeCandidate(result.candidate), result.candidate.token)
    } catch (error) {
      showRefusal(error)
    }
  }

  function confirmUndo() {
    modals.openConfirmModal({
      title: 'Cofnąć przywracanie?',
      children: (
        <Text size="sm">
          Baza wróci do stanu sprzed ostatniego przywracania. Obecny stan zostanie zapisany jako kopia
          bezpieczeństwa.
        </Text>
      ),
      labels: { confirm: 'Cofnij przywracanie', cancel: 'Anuluj' },
      onConfirm: () => void undo(),
    })
  }

  async function undo() {
    try {
      await run(() => unwrap(window.api.backup.undo()))
      notifications.show({
        color: 'teal',
        title: 'Cofnięto przywracanie',
        message: 'Baza wróciła do poprzedniego stanu.',
      })
      announceDatabaseReplaced()
    } catch (error) {
      notifyError(error)
    }
  }

  async function exportAll() {
    try {
      const result = await run(() => unwrap(window.api.backup.export()))
      if (result.cancelled) return
      notifications.show({ color: 'teal', title: 'Wyeksportowano dane', message: result.folder })
    } catch (error) {
      notifyError(error)
    }
  }

  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>Kopie zapasowe</Title>

      <Paper withBorder p="md">
        <Stack gap={6}>
          <Text fw={600}>Plik bazy danych</Text>
          <Group justify="space-between" wrap="nowrap" align="center">
            <Code data-testid="db-path" style={{ wordBreak: 'break-all' }}>
              {status?.dbPath ?? '…'}
            </Code>
            <Button
              variant="default"
              size="xs"
              style={{ flexShrink: 0 }}
              onClick={() => void window.api.backup.reveal()}
            >
              Pokaż w folderze
            </Button>
          </Group>
          {status?.locationWarning && (
            <Alert color="orange" title="Niebezpieczne miejsce na bazę" data-testid="location-warning">
              {status.locationWarning}
            </Alert>
          )}
          <Text size="sm">Rozmiar: {status ? formatFileSize(status.dbSizeBytes) : '…'}</Text>
          <Text size="sm" data-testid="last-good-backup">
            Ostatnia sprawdzona kopia:{' '}
            {status?.lastGood
              ? `${formatDateTime(status.lastGood.createdAt)} (${formatAge(status.lastGoodAgeDays ?? 0)})`
              : 'brak'}
          </Text>
        </Stack>
      </Paper>

      <Group>
        <Button onClick={() => void create()} disabled={busy}>
          Utwórz kopię teraz
        </Button>
        <Button variant="default" onClick={() => void chooseFile()} disabled={busy}>
          Przywróć z pliku…
        </Button>
        <Button variant="default" onClick={() => void exportAll()} disabled={busy}>
          Eksportuj wszystko…
        </Button>
      </Group>

      {busy && (
        <Stack gap={4} data-testid="backup-progress">
          <Text size="sm">
            {OPERATION_LABELS[progress?.operation ?? 'kopia']}…{' '}
            {progress ? `${Math.round(progress.percent)}%` : ''}
          </Text>
          <Progress value={progress?.percent ?? 0} animated />
        </Stack>
      )}

      {refusal && (
        <Alert
          color="red"
          title="Nie można przywrócić tego pliku"
          withCloseButton
          onClose={() => setRefusal(null)}
          role="alert"
        >
          {refusal}
        </Alert>
      )}

      {status?.undo && (
        <Alert color="blue" title="Przywrócono kopię zapasową" data-testid="undo-restore">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {formatDateTime(status.undo.restoredAt)} przywrócono dane z pliku{' '}
              {fileNameOf(status.undo.restoredFrom)}. Stan sprzed przywracania jest w kopii{' '}
              {fileNameOf(status.undo.safetyCopy)}.
            </Text>
            <Button variant="default" onClick={confirmUndo} disabled={busy} style={{ flexShrink: 0 }}>
              Cofnij przywracanie
            </Button>
          </Group>
        </Alert>
      )}

      <Title order={3}>Kopie w folderze {status ? <Code>{status.defaultFolder}</Code> : null}</Title>
      <BackupTable
        backups={backups}
        busy={busy}
        onRestore={(b) => confirmRestore(describeEntry(b), b.token)}
      />

      <BackupRetentionForm />
      <CopyByHandGuide dbPath={status?.dbPath ?? null} />
    </Stack>
  )
}

function BackupTable({
  backups,
  busy,
  onRestore,
}: {
  backups: ListedBackup[] | null
  busy: boolean
  onRestore: (backup: ListedBackup) => void
}) {
  if (backups === null) return <Text c="dimmed">Wczytywanie…</Text>
  if (backups.length === 0) return <Text c="dimmed">Nie ma jeszcze żadnych kopii.</Text>
  return (
    <Table striped highlightOnHover aria-label="Lista kopii zapasowych">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Data</Table.Th>
          <Table.Th>Rodzaj</Table.Th>
          <Table.Th>Rozmiar</Table.Th>
          <Table.Th>Sprawdzona</Table.Th>
          <Table.Th>Plik</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((b) => (
          <Table.Tr key={b.path}>
            <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
            <Table.Td>{BACKUP_KIND_LABELS[b.kind]}</Table.Td>
            <Table.Td>{b.available ? formatFileSize(b.sizeBytes) : '—'}</Table.Td>
            <Table.Td>
              {!b.available ? (
                <Badge color="gray" variant="light">
                  niedostępna
                </Badge>
              ) : b.verified ? (
                <Badge color="teal" variant="light">
                  tak
                </Badge>
              ) : (
                <Badge color="orange" variant="light">
                  nie
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" title={b.path} style={{ wordBreak: 'break-all' }}>
                {b.fileName}
              </Text>
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" disabled={busy || !b.available} onClick={() => onRestore(b)}>
                Przywróć
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path
}

function describeEntry(backup: ListedBackup): string {
  return `Kopia ${BACKUP_KIND_LABELS[backup.kind]} z ${formatDateTime(backup.createdAt)} (${formatFileSize(backup.sizeBytes)}).`
}

function describeCandidate(candidate: RestoreCandidate): string {
  const people = candidate.rowCounts.participants ?? 0
  const upgrade = candidate.willUpgrade
    ? ' Pochodzi ze starszej wersji programu i zostanie zaktualizowany.'
    : ''
  return (
    `Plik ${candidate.fileName} z ${formatDateTime(candidate.modifiedAt)} (${formatFileSize(candidate.sizeBytes)}), ` +
    `${people} ${pluralPl(people, 'uczestnik', 'uczestników', 'uczestników')}. Plik przeszedł wszystkie sprawdzenia.${upgrade}`
  )
}
