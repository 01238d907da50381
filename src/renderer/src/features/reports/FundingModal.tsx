import { Group, NumberInput, Select, TextInput } from '@mantine/core'
import { MonthPickerInput } from '@mantine/dates'
import { schemaResolver, useForm } from '@mantine/form'
import { FUNDING_SOURCES, FUNDING_SOURCE_CODES } from '@shared/reports'
import { fundingInput, type FundingForm, type FundingRecord } from '@shared/reports.schema'
import { notifySaved, unwrap } from '../../api/client'
import { FormModal } from '../../components/FormModal'

interface Props {
  funding: FundingRecord | null
  defaultYear: number
  onClose: () => void
  onSaved: () => void
}

/** A source of funding for a range of months (gmina, Fundusz Pracy, EU project, grant…). */
export function FundingModal({ funding, defaultYear, onClose, onSaved }: Props) {
  const form = useForm<FundingForm>({
    mode: 'controlled',
    initialValues: funding
      ? {
          id: funding.id,
          source: funding.source,
          name: funding.name,
          monthFrom: funding.monthFrom,
          monthTo: funding.monthTo,
          amount: funding.amountGr === null ? null : funding.amountGr / 100,
          notes: funding.notes,
        }
      : {
          id: null,
          source: 'srodki_wlasne_gminy',
          name: '',
          monthFrom: `${defaultYear}-01`,
          monthTo: `${defaultYear}-12`,
          amount: null,
          notes: '',
        },
    validate: schemaResolver(fundingInput, { sync: true }),
  })

  async function save(values: FundingForm) {
    const saved = await unwrap(window.api.reports.fundingsave(values))
    notifySaved(FUNDING_SOURCES[saved.source])
    onSaved()
  }

  const month = (field: 'monthFrom' | 'monthTo', label: string) => (
    <MonthPickerInput
      label={label}
      withAsterisk
      valueFormat="MM.YYYY"
      value={form.values[field] ? `${form.values[field]}-01` : null}
      onChange={(v) => form.setFieldValue(field, v ? v.slice(0, 7) : '')}
      error={form.errors[field]}
    />
  )

  return (
    <FormModal
      form={form}
      label="Źródło finansowania"
      onClose={onClose}
      onSubmit={save}
      title={funding ? 'Źródło finansowania' : 'Nowe źródło finansowania'}
    >
      <Select
        label="Źródło"
        withAsterisk
        allowDeselect={false}
        data-autofocus
        data={FUNDING_SOURCE_CODES.map((s) => ({ value: s, label: FUNDING_SOURCES[s] }))}
        {...form.getInputProps('source')}
      />
      <TextInput label="Nazwa (projektu, dotacji)" {...form.getInputProps('name')} />
      <Group grow>
        {month('monthFrom', 'Od miesiąca')}
        {month('monthTo', 'Do miesiąca')}
      </Group>
      <NumberInput
        label="Kwota (zł, opcjonalnie)"
        decimalSeparator=","
        thousandSeparator=" "
        decimalScale={2}
        min={0}
        value={form.values.amount ?? ''}
        onChange={(v) => form.setFieldValue('amount', v === '' ? null : Number(v))}
        error={form.errors.amount}
      />
      <TextInput label="Uwagi" {...form.getInputProps('notes')} />
    </FormModal>
  )
}
