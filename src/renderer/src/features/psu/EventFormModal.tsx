import { useEffect, useState } from 'react'
import { SegmentedControl, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatDate, todayIso } from '@shared/dates'
import {
  PSU_EVENT_KINDS,
  PSU_EVENT_LABELS,
  psuEventInput,
  type AssignmentRecord,
  type PsuEventForm,
  type PsuEventKind,
  type PsuEventRecord,
} from '@shared/psu-assignments.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'
import { ParticipantSelect } from './ParticipantSelect'
import { usePorozumienia } from './use-psu-data'

interface Props {
  event: PsuEventRecord | null
  onClose: () => void
  onSaved: () => void
}

export function EventFormModal({ event, onClose, onSaved }: Props) {
  const [porozumienia] = usePorozumienia()
  const [loadedFor, setLoaded] = useState<{ participantId: number; list: AssignmentRecord[] } | null>(null)
  const form = useForm<PsuEventForm>({
    mode: 'controlled',
    initialValues: {
      kind: event?.kind ?? 'nieobecnosc',
      participantId: event?.participantId ?? 0,
      assignmentId: event?.assignmentId ?? null,
      porozumienieId: event?.porozumienieId ?? null,
      eventDate: event?.eventDate ?? todayIso(),
      dateTo: event?.dateTo ?? todayIso(),
      skierowanieNumber: event?.skierowanieNumber ?? '',
      reason: event?.reason ?? '',
      reportedOn: event?.reportedOn ?? '',
    },
    validate: schemaResolver(psuEventInput, { sync: true }),
  })
  const v = form.values

  const assignments = loadedFor?.participantId === v.participantId ? loadedFor.list : []

  useEffect(() => {
    const participantId = v.participantId
    if (!participantId) return
    unwrap(window.api.assignments.list({ participantId })).then(
      (list) => setLoaded({ participantId, list }),
      notifyError,
    )
  }, [v.participantId])

  async function save(values: PsuEventForm) {
    const saved = await unwrap(
      event
        ? window.api.psuevents.update({ id: event.id, data: values })
        : window.api.psuevents.create(values),
    )
    notifySaved(`${PSU_EVENT_LABELS[saved.kind]} — ${saved.participantName}`)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Zgłoszenie do PUP"
      onClose={onClose}
      onSubmit={save}
      title="Odmowa lub nieobecność (do zgłoszenia w PUP)"
      size="lg"
    >
      <SegmentedControl
        aria-label="Rodzaj"
        data={PSU_EVENT_KINDS.map((k) => ({ value: k, label: PSU_EVENT_LABELS[k] }))}
        value={v.kind}
        onChange={(k) => form.setFieldValue('kind', k as PsuEventKind)}
      />
      <ParticipantSelect
        label="Uczestnik"
        withAsterisk
        data-autofocus
        value={v.participantId || null}
        initialLabel={event?.participantName}
        onChange={(id) => {
          form.setFieldValue('participantId', id ?? 0)
          form.setFieldValue('assignmentId', null)
        }}
        error={form.errors.participantId}
      />
      <Select
        label={v.kind === 'nieobecnosc' ? 'Przydział' : 'Przydział (jeśli był)'}
        withAsterisk={v.kind === 'nieobecnosc'}
        clearable
        data={assignments.map((a) => ({
          value: String(a.id),
          label: `${a.positionName}, ${a.workplaceName} (${formatDate(a.dateFrom)} – ${formatDate(a.dateTo)})`,
        }))}
        value={v.assignmentId ? String(v.assignmentId) : null}
        onChange={(id) => form.setFieldValue('assignmentId', id ? Number(id) : null)}
        error={form.errors.assignmentId}
      />
      {v.kind === 'odmowa' && !v.assignmentId && (
        <Select
          label="Porozumienie"
          withAsterisk
          data={porozumienia.map((p) => ({ value: String(p.id), label: `nr ${p.number}` }))}
          value={v.porozumienieId ? String(v.porozumienieId) : null}
          onChange={(id) => form.setFieldValue('porozumienieId', id ? Number(id) : null)}
          error={form.errors.porozumienieId}
        />
      )}
      <SimpleGrid cols={3}>
        <PolishDateInput label="Od" withAsterisk {...form.getInputProps('eventDate')} />
        <PolishDateInput label="Do" withAsterisk {...form.getInputProps('dateTo')} />
        <TextInput label="Nr skierowania" {...form.getInputProps('skierowanieNumber')} />
      </SimpleGrid>
      <Textarea
        label="Powód (przekazywany do PUP)"
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      <PolishDateInput label="Zgłoszono do PUP dnia" {...form.getInputProps('reportedOn')} />
    </FormModal>
  )
}
