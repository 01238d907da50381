import { useCallback, useMemo, useState } from 'react'
import { FormModal } from '../../components/FormModal'
import { TargetGroupPicker } from '../../components/TargetGroupPicker'
import { useLoad } from '../../api/use-load'
import {
  Alert,
  Button,
  Checkbox,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { modals } from '@mantine/modals'
import { checkPesel } from '@shared/pesel'
import { formatDate, formatDateTime } from '@shared/dates'
import { checkEligibility, EXCLUSION_CODES, EXCLUSIONS } from '@shared/eligibility'
import {
  participantInput,
  PARTICIPANT_STATUS_LABELS,
  PARTICIPANT_STATUSES,
  SEX_LABELS,
  type ParticipantForm,
  type ParticipantRecord,
} from '@shared/participant.schema'
import { DEFAULT_SETTINGS } from '@shared/settings.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { emptyParticipantForm, participantToForm } from './participant-form'

interface Props {
  /** null: a new participant. */
  participantId: number | null
  onClose: () => void
  onSaved: (record: ParticipantRecord) => void
}

export function ParticipantFormModal({ participantId, onClose, onSaved }: Props) {
  const [previewing, setPreviewing] = useState(false)
  const form = useForm<ParticipantForm>({
    mode: 'controlled',
    initialValues: emptyParticipantForm(),
    // Validation runs on submit; a typed PESEL is checked live below (blur-validation raced with submit).
    validate: schemaResolver(participantInput, { sync: true }),
  })

  const settings = useLoad('settings', () => unwrap(window.api.settings.get())).data ?? DEFAULT_SETTINGS
  const { data: record } = useLoad(String(participantId), async () => {
    if (participantId === null) return null
    const p = await unwrap(window.api.participants.get({ id: participantId }))
    const values = participantToForm(p)
    form.setInitialValues(values)
    form.setValues(values)
    return p
  })

  const v = form.values
  const pesel = v.identityKind === 'pesel' && v.pesel.length === 11 ? checkPesel(v.pesel) : null
  const eligibility = useMemo(
    () => checkEligibility(v, { requireTherapyForAddicted: settings.requireTherapyForAddicted }),
    [v, settings.requireTherapyForAddicted],
  )
  const addicted = v.targetGroups.some((g) => g === 'uzaleznieni_alkohol' || g === 'uzaleznieni_narkotyki')

  async function save(values: ParticipantForm) {
    const saved = await unwrap(
      participantId === null
        ? window.api.participants.create(values)
        : window.api.participants.update({ id: participantId, data: values }),
    )
    notifySaved(`${saved.firstName} ${saved.lastName}`)
    onSaved(saved)
  }

  function archive() {
    if (participantId === null) return
    modals.openConfirmModal({
      title: 'Archiwizacja uczestnika',
      children: (
        <Text size="sm">
          Przenieść {v.firstName} {v.lastName} do archiwum? Dane pozostaną w bazie, ale osoba zniknie z
          bieżącej listy.
        </Text>
      ),
      labels: { confirm: 'Archiwizuj', cancel: 'Anuluj' },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        unwrap(window.api.participants.archive({ id: participantId })).then((saved) => {
          notifySaved(`${saved.firstName} ${saved.lastName} — przeniesiono do archiwum`)
          onSaved(saved)
        }, notifyError),
    })
  }

  const closePreview = useCallback(() => setPreviewing(false), [])
  const loading = participantId !== null && record === null
  return (
    <FormModal
      form={form}
      label="Dane uczestnika"
      onClose={onClose}
      onSubmit={save}
      loading={loading}
      size="min(960px, 94vw)"
      title={participantId === null ? 'Nowy uczestnik' : 'Dane uczestnika'}
      extraActions={
        <>
          {record && (
            <Button variant="subtle" onClick={() => setPreviewing(true)}>
              Drukuj kartę
            </Button>
          )}
          {record && record.status !== 'archiwalny' && (
            <Button variant="subtle" color="orange" onClick={archive}>
              Archiwizuj
            </Button>
          )}
        </>
      }
    >
      <SimpleGrid cols={2}>
        <TextInput label="Imię" withAsterisk data-autofocus {...form.getInputProps('firstName')} />
        <TextInput label="Nazwisko" withAsterisk {...form.getInputProps('lastName')} />
      </SimpleGrid>
      <SegmentedControl
        aria-label="Sposób identyfikacji"
        data={[
          { value: 'pesel', label: 'PESEL' },
          { value: 'document', label: 'Bez PESEL — dokument tożsamości' },
        ]}
        {...form.getInputProps('identityKind')}
      />
      {v.identityKind === 'pesel' ? (
        <SimpleGrid cols={2}>
          <TextInput
            label="PESEL"
            withAsterisk
            inputMode="numeric"
            maxLength={11}
            {...form.getInputProps('pesel')}
            error={form.errors.pesel ?? (pesel?.valid === false ? pesel.message : undefined)}
          />
          <Stack gap={0} justify="center">
            <Text size="sm" c="dimmed">
              Data urodzenia i płeć (z numeru PESEL)
            </Text>
            <Text size="sm" data-testid="pesel-derived">
              {pesel?.valid ? `${formatDate(pesel.birthDate)} · ${SEX_LABELS[pesel.sex]}` : '—'}
            </Text>
          </Stack>
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={3}>
          <TextInput label="Numer dokumentu tożsamości" withAsterisk {...form.getInputProps('idDocument')} />
          <PolishDateInput label="Data urodzenia" withAsterisk {...form.getInputProps('birthDate')} />
          <Select
            label="Płeć"
            withAsterisk
            data={(['K', 'M'] as const).map((sex) => ({ value: sex, label: SEX_LABELS[sex] }))}
            {...form.getInputProps('sex')}
            value={v.sex || null}
            onChange={(s) => form.setFieldValue('sex', (s ?? '') as ParticipantForm['sex'])}
          />
        </SimpleGrid>
      )}
      <TextInput label="Adres" {...form.getInputProps('address')} />
      <SimpleGrid cols={2}>
        <TextInput label="Telefon" {...form.getInputProps('phone')} />
        <TextInput label="E-mail (nieobowiązkowo)" {...form.getInputProps('email')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <PolishDateInput
          label="Data przyjęcia do KIS"
          withAsterisk
          {...form.getInputProps('admissionDate')}
        />
        <Select
          label="Status"
          data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: PARTICIPANT_STATUS_LABELS[s] }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <TargetGroupPicker label="Grupy docelowe (art. 1 ust. 2 ustawy o zatrudnieniu socjalnym)" form={form} />
      {addicted && (
        <Checkbox
          label="Ukończona terapia uzależnień"
          {...form.getInputProps('therapyCompleted', { type: 'checkbox' })}
        />
      )}
      <Checkbox.Group
        label="Wykluczenia sprawdzone przy przyjęciu (art. 1 ust. 3)"
        description="Zaznacz, jeśli dotyczy. Każde wykluczenie poza rentą z tytułu niezdolności do pracy blokuje przyjęcie."
        {...form.getInputProps('exclusions')}
      >
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} mt={6}>
          {EXCLUSION_CODES.map((code) => (
            <Checkbox key={code} value={code} label={EXCLUSIONS[code]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {eligibility.blocking.length > 0 && v.exclusions.length > 0 && (
        <Alert color="red" title="Osoba nie może zostać przyjęta do KIS">
          {eligibility.blocking.join(' ')}
        </Alert>
      )}
      {eligibility.warnings.map((w) => (
        <Alert key={w} color="yellow" title="Uwaga">
          {w}
        </Alert>
      ))}
      <Textarea label="Uwagi" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
      {record && (
        <Text size="xs" c="dimmed">
          Utworzono {formatDateTime(record.createdAt)} · ostatnia zmiana {formatDateTime(record.updatedAt)}
        </Text>
      )}
      {previewing && participantId !== null && (
        <DocumentPreviewModal
          title="Karta uczestnika"
          request={{ kind: 'karta-uczestnika', participantId }}
          onClose={closePreview}
        />
      )}
    </FormModal>
  )
}
