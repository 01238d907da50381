import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { todayIso } from '@shared/dates'
import {
  ACTIVITY_FIELDS,
  ACTIVITY_KINDS,
  activityInput,
  INDIVIDUAL_ACTIVITY_KINDS,
  type ActivityForm,
  type ActivityKind,
} from '@shared/activity.schema'
import { EMPLOYMENT_FORM_CODES, EMPLOYMENT_FORMS } from '@shared/participation.schema'
import { notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'
import { staffOptions, useStaff } from '../settings/use-staff'

interface Props {
  participantId: number
  onClose: () => void
  onSaved: () => void
}

const TOPIC_LABEL: Partial<Record<ActivityKind, string>> = {
  sesja_indywidualna: 'Temat sesji',
  doradztwo_zawodowe: 'Temat porady',
  doradztwo_psychologiczne: 'Temat porady',
  poradnictwo_prawne: 'Sprawa',
}

export function ActivityFormModal({ participantId, onClose, onSaved }: Props) {
  const { staff } = useStaff()
  const form = useForm<ActivityForm>({
    mode: 'controlled',
    initialValues: {
      participantId,
      kind: 'sesja_indywidualna',
      date: todayIso(),
      endDate: '',
      staffMemberId: null,
      provider: '',
      topic: '',
      organization: '',
      projectName: '',
      employmentForm: '',
      benefitName: '',
      notes: '',
    },
    validate: schemaResolver(activityInput, { sync: true }),
  })
  const v = form.values
  const uses = ACTIVITY_FIELDS[v.kind]

  async function save(values: ActivityForm) {
    const saved = await unwrap(window.api.activities.create(values))
    notifySaved(ACTIVITY_KINDS[saved.kind])
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Wsparcie"
      onClose={onClose}
      onSubmit={save}
      size="lg"
      title="Wsparcie i efekty"
    >
      <Select
        label="Rodzaj"
        data-autofocus
        allowDeselect={false}
        data={INDIVIDUAL_ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KINDS[k] }))}
        {...form.getInputProps('kind')}
        onChange={(k) => form.setFieldValue('kind', (k ?? 'sesja_indywidualna') as ActivityForm['kind'])}
      />
      <SimpleGrid cols={2}>
        <PolishDateInput
          label={v.kind === 'zatrudnienie' ? 'Data zatrudnienia' : uses.includes('endDate') ? 'Od' : 'Data'}
          withAsterisk
          {...form.getInputProps('date')}
        />
        {uses.includes('endDate') && (
          <PolishDateInput label="Do" withAsterisk={v.kind === 'staz'} {...form.getInputProps('endDate')} />
        )}
      </SimpleGrid>
      {uses.includes('staffMemberId') && (
        <Select
          label="Pracownik socjalny"
          withAsterisk
          data={staffOptions(staff)}
          {...form.getInputProps('staffMemberId')}
          value={v.staffMemberId === null ? null : String(v.staffMemberId)}
          onChange={(id) => form.setFieldValue('staffMemberId', id === null ? null : Number(id))}
        />
      )}
      {uses.includes('provider') && (
        <TextInput label="Kto udzielił (doradca, psycholog, prawnik)" {...form.getInputProps('provider')} />
      )}
      {uses.includes('topic') && (
        <TextInput label={TOPIC_LABEL[v.kind] ?? 'Temat'} withAsterisk {...form.getInputProps('topic')} />
      )}
      {uses.includes('employmentForm') && (
        <Select
          label="Forma zatrudnienia"
          withAsterisk
          data={EMPLOYMENT_FORM_CODES.map((f) => ({ value: f, label: EMPLOYMENT_FORMS[f] }))}
          {...form.getInputProps('employmentForm')}
          value={v.employmentForm || null}
          onChange={(f) => form.setFieldValue('employmentForm', (f ?? '') as ActivityForm['employmentForm'])}
        />
      )}
      {uses.includes('organization') && (
        <TextInput
          label={v.kind === 'zatrudnienie' ? 'Pracodawca' : 'Gdzie (miejsce stażu)'}
          withAsterisk
          {...form.getInputProps('organization')}
        />
      )}
      {uses.includes('projectName') && (
        <TextInput label="Nazwa projektu" withAsterisk {...form.getInputProps('projectName')} />
      )}
      {uses.includes('benefitName') && (
        <TextInput
          label="Przyznane świadczenie ZUS"
          withAsterisk
          placeholder="np. renta socjalna"
          {...form.getInputProps('benefitName')}
        />
      )}
      <Textarea label="Uwagi" autosize minRows={1} {...form.getInputProps('notes')} />
    </FormModal>
  )
}
