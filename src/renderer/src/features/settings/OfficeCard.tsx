import { Group, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatKontraktNumber } from '@shared/kontrakt-number'
import { DEFAULT_OFFICE, officeSchema, type Office } from '@shared/office.schema'
import { unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { SettingsForm } from './SettingsForm'

export function OfficeCard() {
  const form = useForm<Office>({
    mode: 'controlled',
    initialValues: DEFAULT_OFFICE,
    validate: schemaResolver(officeSchema, { sync: true }),
  })
  const prefix = form.values.kontraktPrefix.trim() || '…'
  return (
    <SettingsForm
      title="Ośrodek — nagłówek wydruków"
      label="Ośrodek i wydruki"
      form={form}
      load={() => unwrap(window.api.office.get())}
      save={(values) => unwrap(window.api.office.update(values))}
      savedMessage="Dane ośrodka do wydruków"
      submitLabel="Zapisz dane ośrodka"
    >
      <TextInput label="Nazwa ośrodka" withAsterisk {...form.getInputProps('officeName')} />
      <TextInput label="Adres ośrodka" {...form.getInputProps('officeAddress')} />
      <Group grow align="start">
        <TextInput
          label="Miejscowość"
          description="Do „miejscowość, dnia …” na wydrukach i jako miejsce zawarcia kontraktu"
          {...form.getInputProps('officePlace')}
        />
        <TextInput
          label="Przedrostek numeru kontraktu"
          description={`Numer kontraktu: ${formatKontraktNumber(prefix, 12, new Date().getFullYear())}`}
          withAsterisk
          {...form.getInputProps('kontraktPrefix')}
        />
      </Group>
      <TextInput
        label="Nazwa Klubu Integracji Społecznej"
        description="Do sprawozdania dla wojewody (art. 18a ust. 6)"
        {...form.getInputProps('kisName')}
      />
      <TextInput label="Adres klubu" {...form.getInputProps('kisAddress')} />
      <Group grow align="start">
        <TextInput
          label="Numer wpisu do rejestru KIS wojewody"
          {...form.getInputProps('kisRegisterNumber')}
        />
        <PolishDateInput label="Data wpisu do rejestru" {...form.getInputProps('kisRegisterDate')} />
      </Group>
    </SettingsForm>
  )
}
