import { useState, type FormEvent } from 'react'
import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import type { LockStatus } from '@shared/lock.schema'
import { ApiCallError, unwrap } from '../../api/client'
import { RecoveryCodeModal } from './RecoveryCodeModal'

/** All that shows while the screen is locked: no name, no number, no screen behind it. */
export function LockScreen({
  status,
  onUnlocked,
}: {
  status: LockStatus
  onUnlocked: (s: LockStatus) => void
}) {
  const [mode, setMode] = useState<'password' | 'recovery'>('password')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [newCode, setNewCode] = useState<{ code: string; status: LockStatus } | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      if (mode === 'password') {
        onUnlocked(await unwrap(window.api.lock.unlock({ password })))
      } else {
        const result = await unwrap(window.api.lock.recover({ recoveryCode: code, newPassword }))
        setNewCode({ code: result.recoveryCode, status: result.status })
      }
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : 'Nie udało się odblokować programu.')
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={420} component="form" onSubmit={(e) => void submit(e)}>
        <Stack>
          <Title order={3}>Program jest zablokowany</Title>
          <Text size="sm" c="dimmed">
            Klub Integracji Społecznej · PSU. Dane są ukryte do czasu wpisania hasła.
          </Text>
          {mode === 'password' ? (
            <PasswordInput
              label="Hasło"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={error}
              autoFocus
              autoComplete="current-password"
            />
          ) : (
            <>
              <TextInput
                label="Kod odzyskiwania"
                description="z wydruku lub zapisu przechowywanego w ośrodku"
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                autoFocus
              />
              <PasswordInput
                label="Nowe hasło"
                description="co najmniej 8 znaków"
                value={newPassword}
                onChange={(e) => setNewPassword(e.currentTarget.value)}
                error={error}
                autoComplete="new-password"
              />
            </>
          )}
          {status.retryAfterSec > 0 && (
            <Text size="xs" c="red">
              Po nieudanych próbach kolejna możliwa za {status.retryAfterSec} s.
            </Text>
          )}
          <Button type="submit" loading={busy}>
            {mode === 'password' ? 'Odblokuj' : 'Ustaw nowe hasło'}
          </Button>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setMode(mode === 'password' ? 'recovery' : 'password')
              setError(null)
            }}
          >
            {mode === 'password' ? 'Nie pamiętam hasła' : 'Wróć do hasła'}
          </Anchor>
        </Stack>
      </Paper>
      {newCode && <RecoveryCodeModal code={newCode.code} onClose={() => onUnlocked(newCode.status)} />}
    </Center>
  )
}
