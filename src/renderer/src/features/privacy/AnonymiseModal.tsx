import { useState } from 'react'
import { Alert, Stack, Text, TextInput } from '@mantine/core'
import { AppModal } from '../../components/AppModal'
import { ModalFooter } from '../../components/FormModal'
import { notifications } from '@mantine/notifications'
import { ApiCallError, notifyError, unwrap } from '../../api/client'

/** The confirmation names the person and asks for their surname: the step cannot be undone. */
export function AnonymiseModal({
  person,
  onClose,
  onDone,
}: {
  person: { participantId: number; lastName: string; firstName: string }
  onClose: () => void
  onDone: () => void
}) {
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const name = `${person.firstName} ${person.lastName}`

  async function confirm() {
    setBusy(true)
    setError(null)
    try {
      await unwrap(
        window.api.privacy.anonymise({ participantId: person.participantId, confirmLastName: typed }),
      )
      notifications.show({
        color: 'teal',
        title: 'Zanonimizowano',
        message: `Osoba nr ${person.participantId}`,
      })
      onDone()
    } catch (e) {
      if (e instanceof ApiCallError && e.error.fields?.confirmLastName)
        setError(e.error.fields.confirmLastName)
      else notifyError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <AppModal opened onClose={onClose} title={`Anonimizacja: ${name} (nr ${person.participantId})`} size="lg">
      <Stack>
        <Alert color="red" title="Tego nie można cofnąć">
          Imiona i nazwisko, PESEL, dokument, adres, telefon, e-mail, rachunek bankowy i wszystkie uwagi osoby
          {` ${name}`} zostaną trwale usunięte z bazy. Zostaną tylko dane potrzebne do sprawozdań (płeć, rok
          urodzenia, daty, grupy, godziny i kwoty) — liczby we wszystkich sprawozdaniach się nie zmienią.
        </Alert>
        <Text size="sm">
          Kopie zapasowe sprzed anonimizacji nadal zawierają dane tej osoby, dopóki nie zostaną usunięte
          według zasad przechowywania kopii.
        </Text>
        <TextInput
          label={`Aby potwierdzić, wpisz nazwisko: ${person.lastName}`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          error={error}
          autoFocus
        />
        <ModalFooter
          onCancel={onClose}
          submitLabel="Anonimizuj nieodwracalnie"
          submitColor="red"
          saving={busy}
          disabled={typed.trim() === ''}
          onSubmit={() => void confirm()}
        />
      </Stack>
    </AppModal>
  )
}
