import { useState } from 'react'
import { Alert, Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core'
import { AppModal } from '../../components/AppModal'
import { notifyError, unwrap } from '../../api/client'

/** The recovery code, shown once: the program keeps only its hash. Printing is offered once too. */
export function RecoveryCodeModal({ code, onClose }: { code: string; onClose: () => void }) {
  const [kept, setKept] = useState(false)
  const [printing, setPrinting] = useState(false)

  async function print() {
    setPrinting(true)
    try {
      await unwrap(window.api.documents.print({ kind: 'kod-odzyskiwania', code }))
    } catch (error) {
      notifyError(error)
    } finally {
      setPrinting(false)
    }
  }

  return (
    <AppModal
      opened
      onClose={() => kept && onClose()}
      title="Kod odzyskiwania hasła"
      withCloseButton={false}
      size="lg"
    >
      <Stack>
        <Text size="sm">
          Zapisz albo wydrukuj ten kod i przechowuj go w zamkniętej szafie ośrodka. Gdy hasło zostanie
          zapomniane, kod pozwoli ustawić nowe — dane w programie zostaną bez zmian.
        </Text>
        <Code block fz="xl" ta="center" data-testid="recovery-code">
          {code}
        </Code>
        <Alert color="yellow">Program nie pokaże tego kodu ponownie.</Alert>
        <Checkbox
          label="Zapisałem/zapisałam kod w bezpiecznym miejscu"
          checked={kept}
          onChange={(e) => setKept(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" loading={printing} onClick={() => void print()}>
            Drukuj kod
          </Button>
          <Button disabled={!kept} onClick={onClose}>
            Gotowe
          </Button>
        </Group>
      </Stack>
    </AppModal>
  )
}
