import { Alert, SegmentedControl, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { todayIso } from '@shared/dates'
import type { ParticipantRecord } from '@shared/participant.schema'
import { openParticipationInput, type OpenParticipationForm } from '@shared/participation.schema'
import { notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { staffOptions, useStaff } from '../settings/use-staff'
import { FormModal } from '../../components/FormModal'
import { TargetGroupPicker } from '../../components/TargetGroupPicker'

interface Props {
  person: ParticipantRecord
  onClose: () => void
  onSaved: () => void
}

export function OpenParticipationModal({ person, onClose, onSaved }: Props) {
  const { staff } = useStaff()
  const form = useForm<OpenParticipationForm>({
    mode: 'controlled',
    initialValues: {
      participantId: person.id,
      startDate: todayIso(),
      referralKind: 'ops',
      referringWorkerId: null,
      pupReferralNumber: '',
      pupReferralDate: '',
      // The groups from the register are the starting point; the coordinator confirms them at entry.
      targetGroups: person.targetGroups,
      otherGroupReason: person.otherGroupReason,
      notes: '',
    },
    validate: schemaResolver(openParticipationInput, { sync: true }),
  })
  const v = form.values

  async function save(values: OpenParticipationForm) {
    await unwrap(window.api.participations.open(values))
    notifySaved(`Otwarto uczestnictwo: ${person.firstName} ${person.lastName}`)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Otwarcie uczestnictwa"
      onClose={onClose}
      onSubmit={save}
      submitLabel="Otwórz uczestnictwo"
      size="lg"
      title="Otwarcie uczestnictwa w KIS"
    >
      <PolishDateInput
        label="Data rozpoczęcia"
        withAsterisk
        data-autofocus
        {...form.getInputProps('startDate')}
      />
      <SegmentedControl
        aria-label="Kto kieruje"
        data={[
          { value: 'ops', label: 'Pracownik socjalny OPS' },
          { value: 'pup', label: 'Skierowanie z PUP' },
        ]}
        {...form.getInputProps('referralKind')}
      />
      {v.referralKind === 'ops' ? (
        <Select
          label="Pracownik socjalny kierujący"
          withAsterisk
          placeholder={staff.length === 0 ? 'Dodaj pracowników w Ustawieniach' : 'wybierz z listy'}
          data={staffOptions(staff)}
          {...form.getInputProps('referringWorkerId')}
          value={v.referringWorkerId === null ? null : String(v.referringWorkerId)}
          onChange={(id) => form.setFieldValue('referringWorkerId', id === null ? null : Number(id))}
        />
      ) : (
        <SimpleGrid cols={2}>
          <TextInput label="Numer skierowania" withAsterisk {...form.getInputProps('pupReferralNumber')} />
          <PolishDateInput label="Data skierowania" withAsterisk {...form.getInputProps('pupReferralDate')} />
        </SimpleGrid>
      )}
      <TargetGroupPicker label="Grupy docelowe przy przyjęciu (art. 1 ust. 2)" form={form} />
      {person.status === 'archiwalny' && (
        <Alert color="orange">
          Osoba jest w archiwum — zmień jej status w danych uczestnika, zanim otworzysz uczestnictwo.
        </Alert>
      )}
      <Textarea label="Uwagi" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  )
}
