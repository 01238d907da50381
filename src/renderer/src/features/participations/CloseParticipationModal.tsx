import { Alert, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatDate, isRealDate, todayIso } from '@shared/dates'
import { isGraduate } from '@shared/kis-periods'
import {
  closeParticipationInput,
  kontraktOnClose,
  EMPLOYMENT_FORM_CODES,
  EMPLOYMENT_FORMS,
  END_REASON_CODES,
  END_REASONS,
  REASONS_NEEDING_EMPLOYMENT,
  type CloseParticipationForm,
  type EndReason,
  type ParticipationRecord,
} from '@shared/participation.schema'
import { notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'

interface Props {
  participation: ParticipationRecord
  /** This participation's kontrakt socjalny: none, a draft, or signed. */
  kontrakt: 'brak' | 'projekt' | 'podpisany'
  onClose: () => void
  onSaved: (closed: ParticipationRecord) => void
}

const resolver = schemaResolver(closeParticipationInput, { sync: true })

export function CloseParticipationModal({ participation, kontrakt, onClose, onSaved }: Props) {
  const start = participation.startDate
  const form = useForm<CloseParticipationForm>({
    mode: 'controlled',
    initialValues: {
      id: participation.id,
      endDate: todayIso(),
      endReason: '',
      employmentDate: '',
      employmentForm: '',
      employer: '',
      endNotes: '',
    },
    // The shared schema, plus the rule that needs this participation's start date.
    validate: (values) => {
      const errors = resolver(values)
      const { refusal } = kontraktOnClose({ endReason: values.endReason, graduate: false, kontrakt })
      if (refusal) errors.endReason = refusal
      if (isRealDate(values.endDate) && values.endDate < start)
        errors.endDate = `Data zakończenia nie może być wcześniejsza niż rozpoczęcie uczestnictwa (${formatDate(start)}).`
      return errors
    },
  })
  const v = form.values
  const needsJob = v.endReason !== '' && REASONS_NEEDING_EMPLOYMENT.includes(v.endReason)
  const graduate = isRealDate(v.endDate) && v.endDate >= start ? isGraduate(start, v.endDate) : null
  const { warning } = kontraktOnClose({ endReason: v.endReason, graduate: graduate === true, kontrakt })

  async function save(values: CloseParticipationForm) {
    const closed = await unwrap(window.api.participations.close(values))
    notifySaved('Zakończono uczestnictwo')
    onSaved(closed)
  }

  return (
    <FormModal
      form={form}
      label="Zakończenie uczestnictwa"
      onClose={onClose}
      onSubmit={save}
      submitColor="orange"
      submitLabel="Zakończ uczestnictwo"
      size="lg"
      title="Zakończenie uczestnictwa w KIS"
    >
      <Text size="sm" c="dimmed">
        Uczestnictwo od {formatDate(start)}; sześć miesięcy mija {formatDate(participation.sixMonthsOn)}.
      </Text>
      <SimpleGrid cols={2}>
        <PolishDateInput
          label="Data zakończenia"
          withAsterisk
          data-autofocus
          {...form.getInputProps('endDate')}
        />
        <Select
          label="Przyczyna zakończenia"
          withAsterisk
          data={END_REASON_CODES.map((code) => ({ value: code, label: END_REASONS[code] }))}
          {...form.getInputProps('endReason')}
          value={v.endReason || null}
          onChange={(reason) => form.setFieldValue('endReason', (reason ?? '') as EndReason | '')}
        />
      </SimpleGrid>
      {graduate !== null && (
        <Alert color={graduate ? 'teal' : 'yellow'} data-testid="graduate-preview">
          {graduate
            ? 'Absolwent: uczestnictwo trwało sześć miesięcy lub dłużej.'
            : `Uczestnictwo krótsze niż sześć miesięcy (do ${formatDate(participation.sixMonthsOn)}) — osoba nie będzie liczona jako absolwent.`}
        </Alert>
      )}
      {warning && (
        <Alert color="orange" title="Brak podpisanego kontraktu socjalnego" data-testid="kontrakt-warning">
          {warning}
        </Alert>
      )}
      {needsJob && (
        <SimpleGrid cols={3}>
          <PolishDateInput label="Data zatrudnienia" withAsterisk {...form.getInputProps('employmentDate')} />
          <Select
            label="Forma zatrudnienia"
            withAsterisk
            data={EMPLOYMENT_FORM_CODES.map((code) => ({ value: code, label: EMPLOYMENT_FORMS[code] }))}
            {...form.getInputProps('employmentForm')}
            value={v.employmentForm || null}
            onChange={(f) =>
              form.setFieldValue('employmentForm', (f ?? '') as CloseParticipationForm['employmentForm'])
            }
          />
          <TextInput label="Pracodawca" withAsterisk {...form.getInputProps('employer')} />
        </SimpleGrid>
      )}
      <Textarea label="Uwagi" autosize minRows={2} {...form.getInputProps('endNotes')} />
    </FormModal>
  )
}
