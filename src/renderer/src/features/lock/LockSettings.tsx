import { useCallback, useEffect, useState } from 'react'
import { Badge, Button, Group, NumberInput, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { DEFAULT_LOCK_TIMEOUT_MIN, MIN_PASSWORD_LENGTH, type LockStatus } from '@shared/lock.schema'
import { ApiCallError, LOCKED_EVENT, notifyError, notifySaved, unwrap } from '../../api/client'
import { RecoveryCodeModal } from './RecoveryCodeModal'

/** Sets, changes or removes the lock password and the minutes of inactivity before the screen locks. */
export function LockSettings() {
  const [status, setStatus] = useState<LockStatus | null>(null)
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [repeat, setRepeat] = useState('')
  const [timeoutMin, setTimeoutMin] = useState<number>(DEFAULT_LOCK_TIMEOUT_MIN)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [code, setCode] = useState<string | null>(null)

  const load = useCallback(() => {
    unwrap(window.api.lock.status()).then((s) => {
      setStatus(s)
      setTimeoutMin(s.timeoutMin)
    }, notifyError)
  }, [])
  useEffect(load, [load])

  function failed(error: unknown) {
    if (error instanceof ApiCallError && error.error.fields) setErrors(error.error.fields)
    else notifyError(error)
  }

  async function setPassword() {
    setErrors({})
    if (next !== repeat) return setErrors({ repeat: 'Hasła się różnią — wpisz to samo hasło dwa razy.' })
    try {
      const result = await unwrap(
        window.api.lock.setup({ currentPassword: current, newPassword: next, timeoutMin }),
      )
      setStatus(result.status)
      setCode(result.recoveryCode)
      setCurrent('')
      setNext('')
      setRepeat('')
    } catch (error) {
      failed(error)
    }
  }

  async function saveTimeout() {
    try {
      setStatus(await unwrap(window.api.lock.configure({ timeoutMin })))
      notifySaved(`Blokada po ${timeoutMin} min bezczynności.`)
    } catch (error) {
      failed(error)
    }
  }

  async function disable() {
    setErrors({})
    try {
      setStatus(await unwrap(window.api.lock.disable({ currentPassword: current })))
      setCurrent('')
      notifySaved('Blokada ekranu jest wyłączona.')
    } catch (error) {
      failed(error)
    }
  }

  if (!status) return null
  return (
    <Paper withBorder p="md" maw={640}>
      <Stack gap="sm">
        <Group>
          <Title order={4}>Blokada ekranu</Title>
          <Badge color={status.enabled ? 'teal' : 'gray'} data-testid="lock-state">
            {status.enabled ? 'włączona' : 'wyłączona'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Hasło jest pytane przy uruchomieniu programu i po podanym czasie bezczynności; zablokowany ekran
          ukrywa wszystkie dane osób. Przy ustawieniu hasła program pokaże jednorazowo kod odzyskiwania.
        </Text>
        <NumberInput
          label="Blokuj po (minut bezczynności)"
          min={1}
          max={240}
          allowDecimal={false}
          value={timeoutMin}
          onChange={(v) => setTimeoutMin(typeof v === 'number' ? v : DEFAULT_LOCK_TIMEOUT_MIN)}
          error={errors.timeoutMin}
          w={260}
        />
        {status.enabled && (
          <PasswordInput
            label="Obecne hasło"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.currentPassword}
            autoComplete="current-password"
          />
        )}
        <PasswordInput
          label={status.enabled ? 'Nowe hasło' : 'Hasło'}
          description={`co najmniej ${MIN_PASSWORD_LENGTH} znaków`}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={errors.newPassword}
          autoComplete="new-password"
        />
        <PasswordInput
          label="Powtórz hasło"
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={errors.repeat}
          autoComplete="new-password"
        />
        <Group>
          <Button onClick={() => void setPassword()}>{status.enabled ? 'Zmień hasło' : 'Ustaw hasło'}</Button>
          {status.enabled && (
            <>
              <Button variant="default" onClick={() => void saveTimeout()}>
                Zapisz czas blokady
              </Button>
              <Button
                variant="default"
                onClick={() =>
                  void window.api.lock.lock().then(() => window.dispatchEvent(new Event(LOCKED_EVENT)))
                }
              >
                Zablokuj teraz
              </Button>
              <Button variant="subtle" color="red" onClick={() => void disable()}>
                Wyłącz blokadę
              </Button>
            </>
          )}
        </Group>
      </Stack>
      {code && <RecoveryCodeModal code={code} onClose={() => setCode(null)} />}
    </Paper>
  )
}
