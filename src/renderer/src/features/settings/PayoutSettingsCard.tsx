import { Checkbox, SimpleGrid, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { payoutSettingsSchema, type PayoutSettings } from '@shared/payouts.schema'
import { unwrap } from '../../api/client'
import { SettingsForm } from './SettingsForm'

const EMPTY: PayoutSettings = {
  pupName: '',
  pupAddress: '',
  preparedBy: '',
  checkedBy: '',
  approvedBy: '',
  gminaName: '',
  gminaAccount: '',
  signatoryName: '',
  signatoryFunction: '',
  listShowsIdentifiers: false,
}

/** The PUP the refund requests go to, the gmina that asks and signs, and who signs the payout lists. */
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
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label="Gmina składająca wniosek o refundację"
          placeholder="np. Gmina Miasto Zgierz"
          {...form.getInputProps('gminaName')}
        />
        <TextInput
          label="Rachunek gminy do przelewu refundacji"
          placeholder="np. 61 1090 1014 0000 0712 1981 2874"
          {...form.getInputProps('gminaAccount')}
        />
        <TextInput label="Wniosek podpisuje (imię i nazwisko)" {...form.getInputProps('signatoryName')} />
        <TextInput
          label="Funkcja podpisującego"
          placeholder="np. Wójt Gminy albo z up. Burmistrza — Kierownik OPS"
          {...form.getInputProps('signatoryFunction')}
        />
      </SimpleGrid>
      <Checkbox
        label="PESEL i numer skierowania na liście wypłat (lista trafia też do uczestników — domyślnie bez nich)"
        {...form.getInputProps('listShowsIdentifiers', { type: 'checkbox' })}
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
