import { NumberInput, Select, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import {
  positionInput,
  type PositionForm,
  type PositionRecord,
  type PositionTypeRecord,
  type WorkplaceRecord,
} from '@shared/psu-workplaces.schema'
import { notifySaved, unwrap } from '../../api/client'
import { FormModal } from '../../components/FormModal'

interface Props {
  workplace: WorkplaceRecord
  position: PositionRecord | null
  types: PositionTypeRecord[]
  onClose: () => void
  onSaved: () => void
}

export function PositionFormModal({ workplace, position, types, onClose, onSaved }: Props) {
  const form = useForm<PositionForm>({
    mode: 'controlled',
    initialValues: {
      workplaceId: workplace.id,
      typeId: position?.typeId ?? 0,
      places: position?.places ?? 1,
      description: position?.description ?? '',
    },
    validate: schemaResolver(positionInput, { sync: true }),
  })

  async function save(values: PositionForm) {
    const saved = await unwrap(
      position
        ? window.api.positions.update({ id: position.id, data: values })
        : window.api.positions.create(values),
    )
    notifySaved(`${saved.typeName} — ${workplace.name}`)
    onSaved()
  }

  const options = types
    .filter((t) => !t.archived || t.id === position?.typeId)
    .map((t) => ({ value: String(t.id), label: t.name }))
  return (
    <FormModal
      form={form}
      label="Stanowisko"
      onClose={onClose}
      onSubmit={save}
      title={`Stanowisko — ${workplace.name}`}
    >
      <Select
        label="Rodzaj prac"
        withAsterisk
        data={options}
        searchable
        data-autofocus
        value={form.values.typeId ? String(form.values.typeId) : null}
        onChange={(v) => form.setFieldValue('typeId', v ? Number(v) : 0)}
        error={form.errors.typeId}
        disabled={Boolean(position && position.assignments > 0)}
      />
      <NumberInput
        label="Liczba miejsc"
        withAsterisk
        min={1}
        max={500}
        allowDecimal={false}
        {...form.getInputProps('places')}
      />
      <TextInput label="Opis (zakres prac)" {...form.getInputProps('description')} />
    </FormModal>
  )
}
