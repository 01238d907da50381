import { Checkbox, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { staffInput, type StaffForm, type StaffRecord } from '@shared/staff.schema'
import { notifySaved, unwrap } from '../../api/client'
import { FormModal } from '../../components/FormModal'

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
    const saved = await unwrap(
      member ? window.api.staff.update({ id: member.id, data: values }) : window.api.staff.create(values),
    )
    notifySaved(saved.fullName)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Pracownik"
      title={member ? 'Pracownik' : 'Nowy pracownik'}
      onClose={onClose}
      onSubmit={save}
    >
      <TextInput label="Imię i nazwisko" withAsterisk data-autofocus {...form.getInputProps('fullName')} />
      <TextInput label="Stanowisko" {...form.getInputProps('position')} />
      <TextInput label="Telefon kontaktowy" {...form.getInputProps('phone')} />
      <Checkbox
        label="Aktywny (można go wybrać w nowych kontraktach i wpisach)"
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
    </FormModal>
  )
}
