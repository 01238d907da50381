import { useMemo } from 'react'
import { Alert, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatDate, todayIso } from '@shared/dates'
import { assignmentInput, type AssignmentForm, type AssignmentRecord } from '@shared/psu-assignments.schema'
import { notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'
import { ParticipantSelect } from './ParticipantSelect'
import { usePorozumienia, useWorkplaces } from './use-psu-data'

interface Props {
  assignment: AssignmentRecord | null
  onClose: () => void
  onSaved: () => void
}

export function AssignmentFormModal({ assignment, onClose, onSaved }: Props) {
  const [workplaces] = useWorkplaces(false)
  const [porozumienia] = usePorozumienia()
  const form = useForm<AssignmentForm>({
    mode: 'controlled',
    initialValues: {
      participantId: assignment?.participantId ?? 0,
      positionId: assignment?.positionId ?? 0,
      porozumienieId: assignment?.porozumienieId ?? 0,
      skierowanieNumber: assignment?.skierowanieNumber ?? '',
      skierowanieDate: assignment?.skierowanieDate ?? todayIso(),
      dateFrom: assignment?.dateFrom ?? '',
      dateTo: assignment?.dateTo ?? '',
      endReason: assignment?.endReason ?? '',
      notes: assignment?.notes ?? '',
    },
    validate: schemaResolver(assignmentInput, { sync: true }),
  })
  const v = form.values

  const positions = useMemo(() => {
    const options = workplaces.flatMap((w) =>
      w.positions
        .filter((p) => !p.archived)
        .map((p) => ({
          value: String(p.id),
          label: `${w.name} — ${p.typeName} (miejsc: ${p.places}, zajęte dziś: ${p.occupied})`,
        })),
    )
    if (assignment && !options.some((o) => o.value === String(assignment.positionId))) {
      options.unshift({
        value: String(assignment.positionId),
        label: `${assignment.workplaceName} — ${assignment.positionName}`,
      })
    }
    return options
  }, [workplaces, assignment])
  const porozumienie = porozumienia.find((p) => p.id === v.porozumienieId)

  async function save(values: AssignmentForm) {
    const saved = await unwrap(
      assignment
        ? window.api.assignments.update({ id: assignment.id, data: values })
        : window.api.assignments.create(values),
    )
    notifySaved(`${saved.participantName} — ${saved.positionName}`)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Przydział"
      onClose={onClose}
      onSubmit={save}
      title={assignment ? 'Przydział' : 'Nowy przydział (skierowanie z PUP)'}
      size="xl"
    >
      <ParticipantSelect
        label="Uczestnik"
        withAsterisk
        data-autofocus
        placeholder="wpisz nazwisko lub PESEL"
        value={v.participantId || null}
        initialLabel={assignment?.participantName}
        onChange={(id) => form.setFieldValue('participantId', id ?? 0)}
        error={form.errors.participantId}
      />
      <Select
        label="Stanowisko"
        withAsterisk
        searchable
        data={positions}
        value={v.positionId ? String(v.positionId) : null}
        onChange={(id) => form.setFieldValue('positionId', id ? Number(id) : 0)}
        error={form.errors.positionId}
      />
      <Select
        label="Porozumienie"
        withAsterisk
        data={porozumienia.map((p) => ({
          value: String(p.id),
          label: `nr ${p.number} (${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)})`,
        }))}
        value={v.porozumienieId ? String(v.porozumienieId) : null}
        onChange={(id) => form.setFieldValue('porozumienieId', id ? Number(id) : 0)}
        error={form.errors.porozumienieId}
      />
      <SimpleGrid cols={4}>
        <TextInput label="Nr skierowania z PUP" withAsterisk {...form.getInputProps('skierowanieNumber')} />
        <PolishDateInput label="Data skierowania" withAsterisk {...form.getInputProps('skierowanieDate')} />
        <PolishDateInput label="Praca od" withAsterisk {...form.getInputProps('dateFrom')} />
        <PolishDateInput label="Praca do" withAsterisk {...form.getInputProps('dateTo')} />
      </SimpleGrid>
      {porozumienie && (
        <Alert color="gray" p="xs">
          Porozumienie nr {porozumienie.number} obowiązuje od {formatDate(porozumienie.periodFrom)} do{' '}
          {formatDate(porozumienie.periodTo)} — przydział musi się w tym mieścić.
        </Alert>
      )}
      <TextInput label="Powód zakończenia (jeśli przed terminem)" {...form.getInputProps('endReason')} />
      <Textarea label="Uwagi" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  )
}
