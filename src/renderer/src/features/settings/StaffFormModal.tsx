import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { staffInput, type StaffForm, type StaffRecord } from '@shared/staff.schema'
import { notifySaved, unwrap } from '../../api/client'
import { showRefusal } from '../participations/server-errors'

interface Props {
  member: StaffRecord | null
  onClose: () => void
  onSaved: () => void
}

export function StaffFormModal({ member, onClose, onSaved }: Props) {
  const form = useForm<StaffForm>({
    mode: 'controlled',
    initialValues: member
      ? { fullName: member.fullName, position: member.position, phone: member.phone, active: member.active }
      : { fullName: '', position: 'pracownik socjalny', phone: '', active: true },
    validate: schemaResolver(staffInput, { sync: true }),
  })

  async function save(values: StaffForm) {
    try {
      const saved = await unwrap(
        member ? window.api.staff.update({ id: member.id, data: values }) : window.api.staff.create(values),
      )
      notifySaved(saved.fullName)
      onSaved()
    } catch (error) {
      showRefusal(form, error)
    }
  }

  return (
    <Modal opened onClose={onClose} title={member ? 'Pracownik' : 'Nowy pracownik'}>
      <form onSubmit={form.onSubmit(save)} noValidate aria-label="Pracownik">
        <Stack gap="sm">
          <TextInput
            label="Imię i nazwisko"
            withAsterisk
            data-autofocus
            {...form.getInputProps('fullName')}
          />
          <TextInput label="Stanowisko" {...form.getInputProps('position')} />
          <TextInput label="Telefon kontaktowy" {...form.getInputProps('phone')} />
          <Checkbox
            label="Aktywny (można go wybrać w nowych kontraktach i wpisach)"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Anuluj
            </Button>
            <Button type="submit">Zapisz</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
