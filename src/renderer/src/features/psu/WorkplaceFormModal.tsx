import { useState } from 'react'
import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { workplaceInput, type WorkplaceForm, type WorkplaceRecord } from '@shared/psu-workplaces.schema'
import { notifySaved, unwrap } from '../../api/client'
import { showRefusal } from '../participations/server-errors'

interface Props {
  workplace: WorkplaceRecord | null
  onClose: () => void
  onSaved: () => void
}

export function WorkplaceFormModal({ workplace, onClose, onSaved }: Props) {
  const [saving, setSaving] = useState(false)
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
    setSaving(true)
    try {
      const saved = await unwrap(
        workplace
          ? window.api.workplaces.update({ id: workplace.id, data: values })
          : window.api.workplaces.create(values),
      )
      notifySaved(saved.name)
      onSaved()
    } catch (error) {
      showRefusal(form, error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title={workplace ? 'Miejsce pracy' : 'Nowe miejsce pracy'} size="lg">
      <form onSubmit={form.onSubmit(save)} noValidate aria-label="Miejsce pracy">
        <Stack gap="sm">
          <TextInput label="Nazwa jednostki" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Adres" {...form.getInputProps('address')} />
          <TextInput label="Kontakt (telefon, e-mail)" {...form.getInputProps('contact')} />
          <SimpleGrid cols={2}>
            <TextInput
              label="Opiekun podpisujący karty"
              withAsterisk
              {...form.getInputProps('supervisorName')}
            />
            <TextInput label="Stanowisko opiekuna" {...form.getInputProps('supervisorRole')} />
          </SimpleGrid>
          <Textarea label="Uwagi" autosize minRows={2} {...form.getInputProps('notes')} />
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
