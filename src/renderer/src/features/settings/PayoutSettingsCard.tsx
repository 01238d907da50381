import { NumberInput, SimpleGrid, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { payoutSettingsSchema, type PayoutSettings } from '@shared/payouts.schema'
import { unwrap } from '../../api/client'
import { SettingsForm } from './SettingsForm'

const EMPTY: PayoutSettings = {
  refundDueDays: 30,
  pupName: '',
  pupAddress: '',
  preparedBy: '',
  checkedBy: '',
  approvedBy: '',
}

/** The PUP the refund requests go to, the refund due period, and who signs the payout lists. */
export function PayoutSettingsCard() {
  const form = useForm<PayoutSettings>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: schemaResolver(payoutSettingsSchema, { sync: true }),
  })
  return (
    <SettingsForm
      title="Urząd pracy i podpisy na listach wypłat"
      label="Urząd pracy i podpisy"
      form={form}
      load={() => unwrap(window.api.payouts.settings())}
      save={async (values) => {
        await unwrap(window.api.payouts.configure(values))
        return values
      }}
      savedMessage="Urząd pracy i podpisy na listach wypłat"
      submitLabel="Zapisz urząd i podpisy"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label="Powiatowy urząd pracy (adresat wniosków)" {...form.getInputProps('pupName')} />
        <TextInput label="Adres urzędu pracy" {...form.getInputProps('pupAddress')} />
      </SimpleGrid>
      <NumberInput
        label="Termin refundacji (dni od złożenia wniosku)"
        min={1}
        max={365}
        allowDecimal={false}
        w={320}
        {...form.getInputProps('refundDueDays')}
      />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput label="Listę sporządza" {...form.getInputProps('preparedBy')} />
        <TextInput
          label="Listę sprawdza (pod względem formalnym i rachunkowym)"
          {...form.getInputProps('checkedBy')}
        />
        <TextInput label="Listę zatwierdza do wypłaty" {...form.getInputProps('approvedBy')} />
      </SimpleGrid>
    </SettingsForm>
  )
}
