import { Group, NumberInput, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { grantInput, grantUnsettledGr, type GrantForm, type GrantRecord } from '@shared/report-grants'
import { formatGrosze } from '@shared/money'
import { notifySaved, unwrap } from '../../api/client'
import { FormModal } from '../../components/FormModal'

interface Props {
  grant: GrantRecord | null
  defaultYear: number
  onClose: () => void
  onSaved: () => void
}

/** A grant and its settlement (art. 18a ust. 6 pkt 4): granted, used, returned, for a year. */
export function GrantModal({ grant, defaultYear, onClose, onSaved }: Props) {
  const form = useForm<GrantForm>({
    mode: 'controlled',
    initialValues: grant
      ? {
          id: grant.id,
          year: grant.year,
          name: grant.name,
          granted: grant.grantedGr / 100,
          used: grant.usedGr / 100,
          returned: grant.returnedGr / 100,
          notes: grant.notes,
        }
      : { id: null, year: defaultYear, name: '', granted: 0, used: 0, returned: 0, notes: '' },
    validate: schemaResolver(grantInput, { sync: true }),
  })

  async function save(values: GrantForm) {
    const saved = await unwrap(window.api.reports.grantsave(values))
    notifySaved(`Dotacja: ${saved.name}`)
    onSaved()
  }

  const amount = (field: 'granted' | 'used' | 'returned', label: string) => (
    <NumberInput
      label={label}
      withAsterisk
      decimalSeparator=","
      thousandSeparator=" "
      decimalScale={2}
      min={0}
      value={form.values[field]}
      onChange={(v) => form.setFieldValue(field, v === '' ? Number.NaN : Number(v))}
      error={form.errors[field]}
    />
  )
  const { granted, used, returned } = form.values
  const left = [granted, used, returned].every(Number.isFinite)
    ? grantUnsettledGr({
        grantedGr: Math.round(granted * 100),
        usedGr: Math.round(used * 100),
        returnedGr: Math.round(returned * 100),
      })
    : 0

  return (
    <FormModal
      form={form}
      label="Dotacja"
      onClose={onClose}
      onSubmit={save}
      title={grant ? 'Dotacja' : 'Nowa dotacja'}
    >
      <Group grow align="start">
        <NumberInput
          label="Rok, na który przyznano"
          withAsterisk
          min={2000}
          max={2100}
          allowDecimal={false}
          value={form.values.year}
          onChange={(v) => form.setFieldValue('year', v === '' ? Number.NaN : Number(v))}
          error={form.errors.year}
          data-autofocus
        />
      </Group>
      <TextInput
        label="Dotacja i kto jej udzielił"
        placeholder="np. dotacja celowa wojewody łódzkiego"
        withAsterisk
        {...form.getInputProps('name')}
      />
      <Group grow align="start">
        {amount('granted', 'Przyznano (zł)')}
        {amount('used', 'Wykorzystano (zł)')}
        {amount('returned', 'Zwrócono (zł)')}
      </Group>
      {left !== 0 && (
        <TextInput
          readOnly
          variant="unstyled"
          c="red"
          aria-label="Rozliczenie"
          value={
            left > 0
              ? `Wykorzystano i zwrócono o ${formatGrosze(left)} mniej, niż przyznano — sprawozdanie oznaczy tę dotację.`
              : `Wykorzystano i zwrócono o ${formatGrosze(-left)} więcej, niż przyznano — sprawozdanie oznaczy tę dotację.`
          }
        />
      )}
      <TextInput label="Uwagi" {...form.getInputProps('notes')} />
    </FormModal>
  )
}
