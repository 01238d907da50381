import { SegmentedControl, Table, Text, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatDate, isRealDate, todayIso } from '@shared/dates'
import {
  ACHIEVEMENT_CODES,
  ACHIEVEMENTS,
  evaluationInput,
  type EvaluationForm,
  type KontraktRecord,
} from '@shared/kontrakt.schema'
import { notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'

interface Props {
  kontrakt: KontraktRecord
  onClose: () => void
  onSaved: (saved: KontraktRecord) => void
}

const resolver = schemaResolver(evaluationInput, { sync: true })

/** The evaluation of the agreement (part II of the kontrakt): what was achieved, goal by goal, on a date. */
export function EvaluationModal({ kontrakt, onClose, onSaved }: Props) {
  const form = useForm<EvaluationForm>({
    mode: 'controlled',
    initialValues: {
      id: kontrakt.id,
      evaluatedOn: todayIso(),
      summary: '',
      goals: kontrakt.goals.map((g) => ({ goalId: g.id, achievement: '', comment: '' })),
    },
    validate: (values) => {
      const errors = resolver(values)
      if (isRealDate(values.evaluatedOn) && values.evaluatedOn < kontrakt.concludedOn)
        errors.evaluatedOn = `Ocena nie może mieć daty wcześniejszej niż zawarcie kontraktu (${formatDate(kontrakt.concludedOn)}).`
      return errors
    },
  })

  async function save(values: EvaluationForm) {
    const saved = await unwrap(window.api.kontrakty.evaluate(values))
    notifySaved(`Ocena realizacji kontraktu ${saved.number}`)
    onSaved(saved)
  }

  return (
    <FormModal
      form={form}
      label="Ocena realizacji kontraktu"
      onClose={onClose}
      onSubmit={save}
      submitLabel="Zapisz ocenę"
      size="min(1000px, 96vw)"
      title={`Ocena realizacji kontraktu nr ${kontrakt.number}`}
    >
      <PolishDateInput
        label="Data oceny"
        withAsterisk
        data-autofocus
        w={200}
        {...form.getInputProps('evaluatedOn')}
      />
      <Text size="sm" fw={500}>
        Cel główny: {kontrakt.mainGoal}
      </Text>
      <Table withTableBorder aria-label="Realizacja celów">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={30}>Lp.</Table.Th>
            <Table.Th>Cel szczegółowy</Table.Th>
            <Table.Th>Stopień realizacji</Table.Th>
            <Table.Th>Uwagi</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kontrakt.goals.map((goal, i) => (
            <Table.Tr key={goal.id}>
              <Table.Td>{i + 1}.</Table.Td>
              <Table.Td>{goal.text}</Table.Td>
              <Table.Td>
                <SegmentedControl
                  size="xs"
                  aria-label={`Stopień realizacji celu ${i + 1}`}
                  data={ACHIEVEMENT_CODES.map((a) => ({ value: a, label: ACHIEVEMENTS[a] }))}
                  value={form.values.goals[i]!.achievement}
                  onChange={(a) =>
                    form.setFieldValue(
                      `goals.${i}.achievement`,
                      a as EvaluationForm['goals'][number]['achievement'],
                    )
                  }
                />
                {form.errors[`goals.${i}.achievement`] && (
                  <Text c="red" size="xs">
                    {form.errors[`goals.${i}.achievement`]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Uwagi do celu ${i + 1}`}
                  {...form.getInputProps(`goals.${i}.comment`)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Textarea label="Co osiągnięto" withAsterisk autosize minRows={3} {...form.getInputProps('summary')} />
    </FormModal>
  )
}
