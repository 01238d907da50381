import { SegmentedControl, Text, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatPolishAccount, normalizePolishAccount } from '@shared/iban'
import {
  accountProblem,
  paymentDetailsInput,
  type PaymentDetailsForm,
  type PaymentForm,
  type PayoutItem,
} from '@shared/payouts.schema'
import { notifySaved, unwrap } from '../../api/client'
import { FormModal } from '../../components/FormModal'

interface Props {
  item: PayoutItem
  onClose: () => void
  onSaved: () => void
}

/** A person's payment form and bank account; it applies to their unpaid rows on lists not yet paid. */
export function PaymentDetailsModal({ item, onClose, onSaved }: Props) {
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
    await unwrap(window.api.payouts.payment(paymentDetailsInput.parse(values)))
    notifySaved(`Forma wypłaty: ${item.firstName} ${item.lastName}.`)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Forma wypłaty"
      onClose={onClose}
      onSubmit={submit}
      title={`Forma wypłaty — ${item.firstName} ${item.lastName}`}
    >
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
    </FormModal>
  )
}
