import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
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
import {
  checkEligibility,
  EXCLUSION_CODES,
  EXCLUSIONS,
  TARGET_GROUP_CODES,
  TARGET_GROUPS,
} from '@shared/eligibility'
import {
  participantInput,
  PARTICIPANT_STATUS_LABELS,
  PARTICIPANT_STATUSES,
  type ParticipantForm,
  type ParticipantRecord,
} from '@shared/participant.schema'
import { DEFAULT_SETTINGS, type Settings } from '@shared/settings.schema'
import { ApiCallError, notifyError, notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { emptyParticipantForm, participantToForm, SEX_LABELS } from './participant-form'

interface Props {
  /** null: a new participant. */
  participantId: number | null
  onClose: () => void
  onSaved: (record: ParticipantRecord) => void
}

export function ParticipantFormModal({ participantId, onClose, onSaved }: Props) {
  const [record, setRecord] = useState<ParticipantRecord | null>(null)
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [saving, setSaving] = useState(false)
  const [previewing, setPreviewing] = useState(false)
  const form = useForm<ParticipantForm>({
    mode: 'controlled',
    initialValues: emptyParticipantForm(),
    // Validation runs on submit; a typed PESEL is checked live below (blur-validation raced with submit).
    validate: schemaResolver(participantInput, { sync: true }),
  })

  useEffect(() => {
    unwrap(window.api.settings.get()).then(setSettings, () => undefined)
    if (participantId === null) return
    unwrap(window.api.participants.get({ id: participantId })).then((p) => {
      setRecord(p)
      const values = participantToForm(p)
      form.setInitialValues(values)
      form.setValues(values)
    }, notifyError)
    // The form object is stable; load once per opened participant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [participantId])

  const v = form.values
  const pesel = v.identityKind === 'pesel' && v.pesel.length === 11 ? checkPesel(v.pesel) : null
  const eligibility = useMemo(
    () => checkEligibility(v, { requireTherapyForAddicted: settings.requireTherapyForAddicted }),
    [v, settings.requireTherapyForAddicted],
  )
  const addicted = v.targetGroups.some((g) => g === 'uzaleznieni_alkohol' || g === 'uzaleznieni_narkotyki')

  function requestClose() {
    if (!form.isDirty()) return onClose()
    modals.openConfirmModal({
      title: 'Niezapisane zmiany',
      children: <Text size="sm">Formularz ma niezapisane zmiany. Zamknąć go bez zapisywania?</Text>,
      labels: { confirm: 'Zamknij bez zapisu', cancel: 'Wróć do formularza' },
      confirmProps: { color: 'red' },
      onConfirm: onClose,
    })
  }

  async function save(values: ParticipantForm) {
    setSaving(true)
    try {
      const saved = await unwrap(
        participantId === null
          ? window.api.participants.create(values)
          : window.api.participants.update({ id: participantId, data: values }),
      )
      notifySaved(`${saved.firstName} ${saved.lastName}`)
      form.resetDirty()
      onSaved(saved)
    } catch (error) {
      if (error instanceof ApiCallError && error.error.fields) {
        // Errors from main name fields of the input; for an update they sit under "data.".
        const fields = Object.fromEntries(
          Object.entries(error.error.fields).map(([k, m]) => [k.replace(/^data\./, ''), m]),
        )
        form.setErrors(fields)
      }
      notifyError(error)
    } finally {
      setSaving(false)
    }
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
    <Modal
      opened
      onClose={requestClose}
      size="min(960px, 94vw)"
      title={participantId === null ? 'Nowy uczestnik' : 'Dane uczestnika'}
      closeButtonProps={{ 'aria-label': 'Zamknij' }}
    >
      {loading ? (
        <Group justify="center" p="xl">
          <Loader />
        </Group>
      ) : (
        <form onSubmit={form.onSubmit(save)} noValidate aria-label="Dane uczestnika">
          <Stack gap="sm">
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
                <TextInput
                  label="Numer dokumentu tożsamości"
                  withAsterisk
                  {...form.getInputProps('idDocument')}
                />
                <PolishDateInput label="Data urodzenia" withAsterisk {...form.getInputProps('birthDate')} />
                <Select
                  label="Płeć"
                  withAsterisk
                  data={[
                    { value: 'K', label: 'kobieta' },
                    { value: 'M', label: 'mężczyzna' },
                  ]}
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
            <Checkbox.Group
              label="Grupy docelowe (art. 1 ust. 2 ustawy o zatrudnieniu socjalnym)"
              withAsterisk
              {...form.getInputProps('targetGroups')}
            >
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} mt={6}>
                {TARGET_GROUP_CODES.map((code) => (
                  <Checkbox key={code} value={code} label={TARGET_GROUPS[code]} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            {v.targetGroups.includes('inna') && (
              <TextInput
                label="Powód (grupa „inna”)"
                withAsterisk
                {...form.getInputProps('otherGroupReason')}
              />
            )}
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
                Utworzono {formatDateTime(record.createdAt)} · ostatnia zmiana{' '}
                {formatDateTime(record.updatedAt)}
              </Text>
            )}
            <Group justify="space-between" mt="sm">
              <Group>
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
              </Group>
              <Group>
                <Button variant="default" onClick={requestClose}>
                  Anuluj
                </Button>
                <Button type="submit" loading={saving}>
                  Zapisz
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
      {previewing && participantId !== null && (
        <DocumentPreviewModal
          title="Karta uczestnika"
          request={{ kind: 'karta-uczestnika', participantId }}
          onClose={closePreview}
        />
      )}
    </Modal>
  )
}
