import { Select, SimpleGrid, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import {
  psuSettings,
  SHEET_PESEL_LABELS,
  SHEET_PESEL_OPTIONS,
  type PsuSettings,
} from '@shared/psu-plan.schema'
import { unwrap } from '../../api/client'
import { SettingsForm } from './SettingsForm'

/** The PSU coordinator (locks months, signs the plan) and what the timesheets print. */
export function PsuSettingsCard() {
  const form = useForm<PsuSettings>({
    mode: 'controlled',
    initialValues: { sheetPesel: SHEET_PESEL_OPTIONS[0], coordinatorName: '' },
    validate: schemaResolver(psuSettings, { sync: true }),
  })
  return (
    <SettingsForm
      title="Prace społecznie użyteczne"
      label="Ustawienia PSU"
      form={form}
      load={() => unwrap(window.api.psusettings.get())}
      save={(values) => unwrap(window.api.psusettings.update(values))}
      savedMessage="Ustawienia PSU"
      submitLabel="Zapisz ustawienia PSU"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label="Koordynator PSU (zamyka miesiące, podpisuje plan)"
          {...form.getInputProps('coordinatorName')}
        />
        <Select
          label="PESEL na kartach ewidencji godzin"
          data={SHEET_PESEL_OPTIONS.map((o) => ({ value: o, label: SHEET_PESEL_LABELS[o] }))}
          allowDeselect={false}
          {...form.getInputProps('sheetPesel')}
        />
      </SimpleGrid>
    </SettingsForm>
  )
}
