import { useEffect, useState } from 'react'
import {
  Button,
  Checkbox,
  Group,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatDate, isRealDate, todayIso } from '@shared/dates'
import { groupClassInput, type ClassCandidate, type GroupClassForm } from '@shared/activity.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'
import { useLoad } from '../../api/use-load'

interface Props {
  classId: number | null
  onClose: () => void
  onSaved: () => void
}

/** One class and its attendance list, saved together. */
export function GroupClassFormModal({ classId, onClose, onSaved }: Props) {
  const [loaded, setLoaded] = useState<{ date: string; list: ClassCandidate[] }>({ date: '', list: [] })
  const form = useForm<GroupClassForm>({
    mode: 'controlled',
    initialValues: { id: classId, heldOn: todayIso(), topic: '', leader: '', notes: '', attendeeIds: [] },
    validate: schemaResolver(groupClassInput, { sync: true }),
  })
  const v = form.values

  // The form is shown once the saved class is in it: a date field drawn with today's date would keep
  // showing that text after the saved date arrived.
  const { data: loadedClass } = useLoad(String(classId), async () => {
    if (classId === null) return true
    const c = await unwrap(window.api.classes.get({ id: classId }))
    const values = {
      id: c.id,
      heldOn: c.heldOn,
      topic: c.topic,
      leader: c.leader,
      notes: c.notes,
      attendeeIds: c.attendees.map((a) => a.participantId),
    }
    form.setInitialValues(values)
    form.setValues(values)
    return true
  })

  useEffect(() => {
    if (!isRealDate(v.heldOn)) return
    const date = v.heldOn
    unwrap(window.api.classes.candidates({ date })).then((list) => setLoaded({ date, list }), notifyError)
  }, [v.heldOn])
  // People in KIS on the chosen day; nobody while the date is being typed.
  const candidates = loaded.date === v.heldOn ? loaded.list : []

  async function save(values: GroupClassForm) {
    const saved = await unwrap(window.api.classes.save(values))
    notifySaved(`Zajęcia ${formatDate(saved.heldOn)}: ${saved.attendees.length} obecnych`)
    onSaved()
  }

  const allIds = candidates.map((c) => c.participantId)
  const ids = new Set(v.attendeeIds)
  const hiddenChosen = v.attendeeIds.filter((id) => !allIds.includes(id)).length
  return (
    <FormModal
      form={form}
      label="Zajęcia grupowe"
      onClose={onClose}
      onSubmit={save}
      loading={loadedClass === null}
      submitLabel="Zapisz zajęcia i obecność"
      size="lg"
      title={classId === null ? 'Nowe zajęcia grupowe' : 'Zajęcia grupowe'}
    >
      <SimpleGrid cols={2}>
        <PolishDateInput label="Data zajęć" withAsterisk data-autofocus {...form.getInputProps('heldOn')} />
        <TextInput label="Prowadzący" {...form.getInputProps('leader')} />
      </SimpleGrid>
      <TextInput label="Temat zajęć" withAsterisk {...form.getInputProps('topic')} />
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Lista obecności ({ids.size} z {candidates.length})
        </Text>
        <Group gap="xs">
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => form.setFieldValue('attendeeIds', allIds)}
          >
            Zaznacz wszystkich
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => form.setFieldValue('attendeeIds', [])}>
            Wyczyść
          </Button>
        </Group>
      </Group>
      {candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          W tym dniu nikt nie uczestniczył w KIS.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={320}>
          <Stack gap={4} role="group" aria-label="Lista obecności">
            {candidates.map((c) => (
              <Checkbox
                key={c.participantId}
                label={`${c.name}${c.pesel ? ` (${c.pesel})` : ''}`}
                checked={ids.has(c.participantId)}
                onChange={(e) =>
                  form.setFieldValue(
                    'attendeeIds',
                    e.currentTarget.checked
                      ? [...v.attendeeIds, c.participantId]
                      : v.attendeeIds.filter((id) => id !== c.participantId),
                  )
                }
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      {hiddenChosen > 0 && (
        <Text size="sm" c="orange">
          Zaznaczone osoby spoza listy w tym dniu: {hiddenChosen} — zapis zostanie odrzucony; odznacz je,
          klikając „Wyczyść”.
        </Text>
      )}
      {form.errors.attendeeIds && (
        <Text c="red" size="sm">
          {form.errors.attendeeIds}
        </Text>
      )}
      <Textarea label="Uwagi" autosize minRows={1} {...form.getInputProps('notes')} />
    </FormModal>
  )
}
