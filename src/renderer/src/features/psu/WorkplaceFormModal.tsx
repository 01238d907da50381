import { SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { workplaceInput, type WorkplaceForm, type WorkplaceRecord } from '@shared/psu-workplaces.schema'
import { notifySaved, unwrap } from '../../api/client'
import { FormModal } from '../../components/FormModal'

interface Props {
  workplace: WorkplaceRecord | null
  onClose: () => void
  onSaved: () => void
}

export function WorkplaceFormModal({ workplace, onClose, onSaved }: Props) {
  const form = useForm<WorkplaceForm>({
    mode: 'controlled',
    initialValues: {
      name: workplace?.name ?? '',
      address: workplace?.address ?? '',
      contact: workplace?.contact ?? '',
      supervisorName: workplace?.supervisorName ?? '',
      supervisorRole: workplace?.supervisorRole ?? '',
      notes: workplace?.notes ?? '',
    },
    validate: schemaResolver(workplaceInput, { sync: true }),
  })

  async function save(values: WorkplaceForm) {
    const saved = await unwrap(
      workplace
        ? window.api.workplaces.update({ id: workplace.id, data: values })
        : window.api.workplaces.create(values),
    )
    notifySaved(saved.name)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Miejsce pracy"
      title={workplace ? 'Miejsce pracy' : 'Nowe miejsce pracy'}
      size="lg"
      onClose={onClose}
      onSubmit={save}
    >
      <TextInput label="Nazwa jednostki" withAsterisk data-autofocus {...form.getInputProps('name')} />
      <TextInput label="Adres" {...form.getInputProps('address')} />
      <TextInput label="Kontakt (telefon, e-mail)" {...form.getInputProps('contact')} />
      <SimpleGrid cols={2}>
        <TextInput label="Opiekun podpisujący karty" withAsterisk {...form.getInputProps('supervisorName')} />
        <TextInput label="Stanowisko opiekuna" {...form.getInputProps('supervisorRole')} />
      </SimpleGrid>
      <Textarea label="Uwagi" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  )
}
