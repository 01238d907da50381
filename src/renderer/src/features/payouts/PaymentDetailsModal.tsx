import { useState } from 'react'
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatPolishAccount, normalizePolishAccount } from '@shared/iban'
import {
  accountProblem,
  paymentDetailsInput,
  type PaymentDetailsForm,
  type PaymentForm,
  type PayoutItem,
} from '@shared/payouts.schema'
import { ApiCallError, notifyError, notifySaved, unwrap } from '../../api/client'

interface Props {
  item: PayoutItem
  onClose: () => void
  onSaved: () => void
}

/** A person's payment form and bank account; it applies to their unpaid rows on lists not yet paid. */
export function PaymentDetailsModal({ item, onClose, onSaved }: Props) {
  const [saving, setSaving] = useState(false)
  const form = useForm<PaymentDetailsForm>({
    mode: 'controlled',
    initialValues: {
      participantId: item.participantId,
      form: item.paymentForm,
      account: item.account ? formatPolishAccount(item.account) : '',
    },
    validate: schemaResolver(paymentDetailsInput, { sync: true }),
  })
  const account = form.values.account.trim()
  const live = account === '' ? null : accountProblem(account)
  const valid = account !== '' && !live ? normalizePolishAccount(account) : null

  async function submit(values: PaymentDetailsForm) {
    setSaving(true)
    try {
      await unwrap(window.api.payouts.payment(paymentDetailsInput.parse(values)))
      notifySaved(`Forma wypłaty: ${item.firstName} ${item.lastName}.`)
      onSaved()
    } catch (error) {
      if (error instanceof ApiCallError && error.error.fields) form.setErrors(error.error.fields)
      else notifyError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Forma wypłaty — ${item.firstName} ${item.lastName}`}>
      <form onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack>
          <SegmentedControl
            data={[
              { value: 'gotowka', label: 'gotówka' },
              { value: 'przelew', label: 'przelew' },
            ]}
            value={form.values.form}
            onChange={(v) => form.setFieldValue('form', v as PaymentForm)}
            aria-label="Forma wypłaty"
          />
          <TextInput
            label="Numer konta"
            placeholder="61 1090 1014 0000 0712 1981 2874"
            data-autofocus
            {...form.getInputProps('account')}
          />
          {live && (
            <Text size="sm" c="orange">
              {live}
            </Text>
          )}
          {valid && (
            <Text size="sm" c="teal">
              Numer poprawny: {formatPolishAccount(valid)}
            </Text>
          )}
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
    </Modal>
  )
}
