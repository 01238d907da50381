import {
  Alert,
  Divider,
  SegmentedControl,
  Select,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatDate, todayIso } from '@shared/dates'
import {
  aneksInput,
  hasPupReferral,
  KONTRAKT_VARIANTS,
  kontraktInput,
  type KontraktForm,
  type KontraktRecord,
} from '@shared/kontrakt.schema'
import type { ParticipationRecord } from '@shared/participation.schema'
import { notifySaved, unwrap } from '../../api/client'
import { FormModal } from '../../components/FormModal'
import { PolishDateInput } from '../../components/PolishDateInput'
import { staffOptions, useStaff } from '../settings/use-staff'
import { KontraktActions } from './KontraktActions'
import { KontraktAssessment } from './KontraktAssessment'
import { KontraktFamilyMembers, KontraktGoals } from './KontraktLists'
import { withBothSides } from './kontrakt-form'

/** What every mode opens with: the terms, the person's name, and the participation the kontrakt is in. */
interface FormStart {
  initial: KontraktForm
  personName: string
  participation: ParticipationRecord
}

export type KontraktFormMode =
  | ({ kind: 'create' } & FormStart)
  | ({ kind: 'edit'; kontrakt: KontraktRecord } & FormStart)
  | ({ kind: 'aneks'; kontrakt: KontraktRecord } & FormStart)

interface Props {
  mode: KontraktFormMode
  onClose: () => void
  onSaved: (saved: KontraktRecord) => void
}

const aneksFields = aneksInput.pick({ aneksDate: true, description: true })

const TITLES = {
  create: 'Nowy kontrakt socjalny',
  edit: 'Kontrakt socjalny — projekt',
  aneks: 'Aneks do kontraktu socjalnego',
} as const

export function KontraktFormModal({ mode, onClose, onSaved }: Props) {
  const { staff } = useStaff(true)
  const form = useForm<KontraktForm>({
    mode: 'controlled',
    initialValues: withBothSides(mode.initial, mode.personName),
    validate: schemaResolver(kontraktInput, { sync: true }),
  })
  const aneks = useForm({
    mode: 'controlled',
    initialValues: { aneksDate: todayIso(), description: '' },
    validate: schemaResolver(aneksFields, { sync: true }),
  })
  const isAneks = mode.kind === 'aneks'
  const v = form.values

  async function save(data: KontraktForm) {
    const saved = await unwrap(
      mode.kind === 'create'
        ? window.api.kontrakty.create({ participationId: mode.participation.id, data })
        : mode.kind === 'edit'
          ? window.api.kontrakty.update({ id: mode.kontrakt.id, data })
          : window.api.kontrakty.amend({ id: mode.kontrakt.id, ...aneks.getValues(), data }),
    )
    notifySaved(
      mode.kind === 'aneks'
        ? `Aneks nr ${saved.aneksy.at(-1)?.number ?? ''} do kontraktu ${saved.number}`
        : `Kontrakt socjalny ${saved.number}`,
    )
    onSaved(saved)
  }

  const number = mode.kind === 'create' ? 'numer zostanie nadany przy zapisie' : `nr ${mode.kontrakt.number}`
  return (
    <FormModal
      form={form}
      alsoForms={isAneks ? [aneks] : []}
      label="Kontrakt socjalny"
      onClose={onClose}
      onSubmit={save}
      submitLabel={isAneks ? 'Zapisz aneks' : 'Zapisz kontrakt'}
      fullScreen
      title={`${TITLES[mode.kind]} — ${mode.personName} (${number})`}
      styles={{ body: { maxWidth: 1100, margin: '0 auto', paddingBottom: 'var(--mantine-spacing-xl)' } }}
    >
      {isAneks && (
        <>
          <Alert color="indigo" title={`Aneks nr ${mode.kontrakt.aneksy.length + 1}`}>
            Kontrakt jest podpisany — jego treść nie zmienia się bez śladu. Wprowadź zmiany poniżej; zostaną
            zapisane jako aneks razem z treścią sprzed zmiany.
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <PolishDateInput
              label="Data aneksu"
              withAsterisk
              data-autofocus
              {...aneks.getInputProps('aneksDate')}
            />
            <Textarea
              label="Czego dotyczy zmiana (uzasadnienie)"
              withAsterisk
              autosize
              minRows={1}
              style={{ gridColumn: 'span 2' }}
              {...aneks.getInputProps('description')}
            />
          </SimpleGrid>
          <Divider />
        </>
      )}
      <Title order={4}>Strony, data i miejsce</Title>
      <SegmentedControl
        aria-label="Wariant kontraktu"
        disabled={isAneks}
        data={[
          { value: 'A', label: 'Wariant A — trudna sytuacja życiowa' },
          { value: 'B', label: 'Wariant B — aktywizacja (rynek pracy)' },
        ]}
        {...form.getInputProps('variant')}
      />
      <Text size="xs" c="dimmed">
        {KONTRAKT_VARIANTS[v.variant]}
      </Text>
      {v.variant === 'B' && !hasPupReferral(mode.participation) && (
        <Alert color="yellow" title="Brak skierowania z PUP" data-testid="kontrakt-pup-warning">
          Wariant B zakłada, że osoba jest skierowana przez powiatowy urząd pracy, a w tym uczestnictwie nie
          zapisano skierowania z PUP (numeru i daty). Sprawdź, czy wariant jest właściwy — bez skierowania z
          PUP zwykle właściwy jest wariant A. To tylko ostrzeżenie: kontrakt można zapisać.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <PolishDateInput
          label="Data zawarcia"
          withAsterisk
          disabled={isAneks}
          data-autofocus={!isAneks || undefined}
          {...form.getInputProps('concludedOn')}
        />
        <PolishDateInput label="Obowiązuje do" withAsterisk {...form.getInputProps('endDate')} />
        <TextInput label="Miejsce zawarcia" withAsterisk {...form.getInputProps('place')} />
        <Select
          label="Pracownik socjalny"
          withAsterisk
          data={staffOptions(staff, mode.kind === 'create' ? null : mode.kontrakt.socialWorkerId)}
          {...form.getInputProps('socialWorkerId')}
          value={v.socialWorkerId === null ? null : String(v.socialWorkerId)}
          onChange={(id) => form.setFieldValue('socialWorkerId', id === null ? null : Number(id))}
        />
      </SimpleGrid>
      <KontraktFamilyMembers form={form} />

      <Divider />
      <KontraktAssessment form={form} />

      <Divider />
      <Title order={4}>Cele</Title>
      <Textarea label="Cel główny" withAsterisk autosize minRows={1} {...form.getInputProps('mainGoal')} />
      <KontraktGoals form={form} />

      <Divider />
      <Title order={4}>Ustalenia — działania, terminy, odpowiedzialni</Title>
      {typeof form.errors.actions === 'string' && (
        <Text c="red" size="sm">
          {form.errors.actions}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        Termin każdego działania musi mieścić się w okresie kontraktu ({formatDate(v.concludedOn)}–
        {formatDate(v.endDate)}).
      </Text>
      <KontraktActions form={form} side="osoba" personName={mode.personName} />
      <KontraktActions form={form} side="osrodek" personName="" />

      <Divider />
      <Textarea
        label="Przewidywane efekty"
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('expectedEffects')}
      />
    </FormModal>
  )
}
