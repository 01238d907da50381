import { useEffect, useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { payoutSettingsSchema, type PayoutSettings } from '@shared/payouts.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'

const EMPTY: PayoutSettings = {
  refundDueDays: 30,
  pupName: '',
  pupAddress: '',
  preparedBy: '',
  checkedBy: '',
  approvedBy: '',
}

/** The PUP the requests go to, the refund due period, and who prepares, checks and approves the lists. */
export function PayoutSettingsModal({ onClose }: { onClose: () => void }) {
  const [saving, setSaving] = useState(false)
  const form = useForm<PayoutSettings>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: schemaResolver(payoutSettingsSchema, { sync: true }),
  })
  useEffect(() => {
    unwrap(window.api.payouts.settings()).then((s) => {
      form.setInitialValues(s)
      form.setValues(s)
    }, notifyError)
    // The form object is stable; load once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  async function submit(values: PayoutSettings) {
    setSaving(true)
    try {
      await unwrap(window.api.payouts.configure(values))
      notifySaved('Ustawienia wypłat i refundacji.')
      onClose()
    } catch (error) {
      notifyError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <AppModal opened onClose={onClose} title="Ustawienia wypłat i refundacji" size="lg">
      <form onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack>
          <TextInput
            label="Powiatowy urząd pracy (adresat wniosków)"
            data-autofocus
            {...form.getInputProps('pupName')}
          />
          <TextInput label="Adres urzędu pracy" {...form.getInputProps('pupAddress')} />
          <NumberInput
            label="Termin refundacji (dni od złożenia wniosku)"
            min={1}
            max={365}
            allowDecimal={false}
            {...form.getInputProps('refundDueDays')}
          />
          <TextInput label="Listę sporządza" {...form.getInputProps('preparedBy')} />
          <TextInput
            label="Listę sprawdza (pod względem formalnym i rachunkowym)"
            {...form.getInputProps('checkedBy')}
          />
          <TextInput label="Listę zatwierdza do wypłaty" {...form.getInputProps('approvedBy')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Anuluj
            </Button>
            <Button type="submit" loading={saving}>
              Zapisz
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
