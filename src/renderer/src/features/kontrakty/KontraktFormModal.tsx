import { useEffect } from 'react'
import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form'
import { modals } from '@mantine/modals'
import { formatDate, todayIso } from '@shared/dates'
import {
  ACTION_SIDES,
  ACTION_STATUS_CODES,
  ACTION_STATUSES,
  aneksInput,
  KONTRAKT_VARIANTS,
  kontraktInput,
  type ActionSide,
  type ActionStatus,
  type KontraktForm,
  type KontraktRecord,
} from '@shared/kontrakt.schema'
import { notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { showRefusal } from '../participations/server-errors'
import { staffOptions, useStaff } from '../settings/use-staff'
import { newAction } from './kontrakt-form'

export type KontraktFormMode =
  | { kind: 'create'; participationId: number; initial: KontraktForm; personName: string }
  | { kind: 'edit'; kontrakt: KontraktRecord; initial: KontraktForm; personName: string }
  | { kind: 'aneks'; kontrakt: KontraktRecord; initial: KontraktForm; personName: string }

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
    initialValues: mode.initial,
    validate: schemaResolver(kontraktInput, { sync: true }),
  })
  const aneks = useForm({
    mode: 'controlled',
    initialValues: { aneksDate: todayIso(), description: '' },
    validate: schemaResolver(aneksFields, { sync: true }),
  })
  const isAneks = mode.kind === 'aneks'
  const v = form.values

  useEffect(() => {
    // A kontrakt needs both sides' actions; keep an empty row ready when a side has none.
    for (const side of ['osoba', 'osrodek'] as const) {
      if (!v.actions.some((a) => a.side === side)) form.insertListItem('actions', newAction(side, ''))
    }
    // Runs once for the initial values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  function requestClose() {
    if (!form.isDirty() && !aneks.isDirty()) return onClose()
    modals.openConfirmModal({
      title: 'Niezapisane zmiany',
      children: <Text size="sm">Kontrakt ma niezapisane zmiany. Zamknąć go bez zapisywania?</Text>,
      labels: { confirm: 'Zamknij bez zapisu', cancel: 'Wróć do formularza' },
      confirmProps: { color: 'red' },
      onConfirm: onClose,
    })
  }

  async function submit(event?: React.FormEvent<HTMLFormElement>) {
    event?.preventDefault()
    const terms = form.validate()
    const annex = isAneks ? aneks.validate() : { hasErrors: false }
    if (terms.hasErrors || annex.hasErrors) return
    try {
      const data = form.getValues()
      const saved = await unwrap(
        mode.kind === 'create'
          ? window.api.kontrakty.create({ participationId: mode.participationId, data })
          : mode.kind === 'edit'
            ? window.api.kontrakty.update({ id: mode.kontrakt.id, data })
            : window.api.kontrakty.amend({ id: mode.kontrakt.id, ...aneks.getValues(), data }),
      )
      notifySaved(
        mode.kind === 'aneks'
          ? `Aneks nr ${saved.aneksy.at(-1)?.number ?? ''} do kontraktu ${saved.number}`
          : `Kontrakt socjalny ${saved.number}`,
      )
      form.resetDirty()
      aneks.resetDirty()
      onSaved(saved)
    } catch (error) {
      showRefusal(form, error)
      showRefusalOnAneks(error)
    }
  }

  function showRefusalOnAneks(error: unknown) {
    const fields = (error as { error?: { fields?: Record<string, string> } }).error?.fields
    if (fields?.aneksDate) aneks.setFieldError('aneksDate', fields.aneksDate)
    if (fields?.description) aneks.setFieldError('description', fields.description)
  }

  const number = mode.kind === 'create' ? 'numer zostanie nadany przy zapisie' : `nr ${mode.kontrakt.number}`
  return (
    <Modal
      opened
      onClose={requestClose}
      fullScreen
      title={`${TITLES[mode.kind]} — ${mode.personName} (${number})`}
      closeButtonProps={{ 'aria-label': 'Zamknij' }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Kontrakt socjalny">
        <Stack gap="sm" maw={1100} mx="auto" pb="xl">
          {isAneks && (
            <>
              <Alert color="indigo" title={`Aneks nr ${mode.kontrakt.aneksy.length + 1}`}>
                Kontrakt jest podpisany — jego treść nie zmienia się bez śladu. Wprowadź zmiany poniżej;
                zostaną zapisane jako aneks razem z treścią sprzed zmiany.
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
          <FamilyMembers form={form} />

          <Divider />
          <Title order={4}>
            {v.variant === 'B'
              ? 'Ocena sytuacji osoby, w tym na rynku pracy'
              : 'Ocena sytuacji życiowej osoby/rodziny'}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Textarea
              label="Przyczyny trudnej sytuacji życiowej"
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps('situationCauses')}
            />
            {v.variant === 'B' && (
              <Textarea
                label="Przyczyny pozostawania bez pracy"
                withAsterisk
                autosize
                minRows={2}
                {...form.getInputProps('unemploymentCauses')}
              />
            )}
            <Textarea
              label="Mocne strony, możliwości i zasoby"
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps('strengths')}
            />
            <Textarea
              label="Ograniczenia"
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps('limitations')}
            />
            {v.variant === 'B' && (
              <>
                <Textarea
                  label="Bariery w aktywności społecznej i zawodowej"
                  withAsterisk
                  autosize
                  minRows={2}
                  {...form.getInputProps('barriers')}
                />
                <Textarea
                  label="Dotychczasowe próby aktywizacji"
                  withAsterisk
                  autosize
                  minRows={2}
                  {...form.getInputProps('earlierActivation')}
                />
              </>
            )}
          </SimpleGrid>

          <Divider />
          <Title order={4}>Cele</Title>
          <Textarea
            label="Cel główny"
            withAsterisk
            autosize
            minRows={1}
            {...form.getInputProps('mainGoal')}
          />
          <Goals form={form} />

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
          <Actions form={form} side="osoba" personName={mode.personName} />
          <Actions form={form} side="osrodek" personName="" />

          <Divider />
          <Textarea
            label="Przewidywane efekty"
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('expectedEffects')}
          />

          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={requestClose}>
              Anuluj
            </Button>
            <Button type="submit">{isAneks ? 'Zapisz aneks' : 'Zapisz kontrakt'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

type KontraktFormApi = UseFormReturnType<KontraktForm>

function FamilyMembers({ form }: { form: KontraktFormApi }) {
  const members = form.values.familyMembers
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Członkowie rodziny będący stronami kontraktu
        </Text>
        <Button
          size="xs"
          variant="light"
          onClick={() =>
            form.insertListItem('familyMembers', { fullName: '', pesel: '', relation: '', address: '' })
          }
        >
          Dodaj członka rodziny
        </Button>
      </Group>
      {members.length === 0 && (
        <Text size="xs" c="dimmed">
          Brak — kontrakt zawiera tylko osoba uczestnicząca.
        </Text>
      )}
      {members.map((_, i) => (
        <Group key={i} gap="xs" align="start" wrap="nowrap">
          <TextInput
            aria-label={`Członek rodziny ${i + 1} — imię i nazwisko`}
            placeholder="imię i nazwisko"
            style={{ flex: 2 }}
            {...form.getInputProps(`familyMembers.${i}.fullName`)}
          />
          <TextInput
            aria-label={`Członek rodziny ${i + 1} — PESEL`}
            placeholder="PESEL"
            maxLength={11}
            style={{ flex: 1 }}
            {...form.getInputProps(`familyMembers.${i}.pesel`)}
          />
          <TextInput
            aria-label={`Członek rodziny ${i + 1} — pokrewieństwo`}
            placeholder="pokrewieństwo"
            style={{ flex: 1 }}
            {...form.getInputProps(`familyMembers.${i}.relation`)}
          />
          <TextInput
            aria-label={`Członek rodziny ${i + 1} — adres`}
            placeholder="adres (jeśli inny)"
            style={{ flex: 2 }}
            {...form.getInputProps(`familyMembers.${i}.address`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            aria-label={`Usuń członka rodziny ${i + 1}`}
            onClick={() => form.removeListItem('familyMembers', i)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  )
}

function Goals({ form }: { form: KontraktFormApi }) {
  const goals = form.values.goals
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Cele szczegółowe
      </Text>
      {typeof form.errors.goals === 'string' && (
        <Text c="red" size="sm">
          {form.errors.goals}
        </Text>
      )}
      {goals.map((_, i) => (
        <Group key={i} gap="xs" align="start" wrap="nowrap">
          <Text size="sm" w={24} mt={6} ta="right">
            {i + 1}.
          </Text>
          <Textarea
            aria-label={`Cel szczegółowy ${i + 1}`}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            {...form.getInputProps(`goals.${i}.text`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            aria-label={`Usuń cel ${i + 1}`}
            disabled={goals.length === 1}
            onClick={() => form.removeListItem('goals', i)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        onClick={() => form.insertListItem('goals', { id: null, text: '' })}
      >
        Dodaj cel
      </Button>
    </Stack>
  )
}

const SIDE_WORD: Record<ActionSide, string> = { osoba: 'osoby', osrodek: 'ośrodka' }

function Actions({
  form,
  side,
  personName,
}: {
  form: KontraktFormApi
  side: ActionSide
  personName: string
}) {
  const rows = form.values.actions.map((a, index) => ({ a, index })).filter(({ a }) => a.side === side)
  return (
    <Stack gap={6} aria-label={ACTION_SIDES[side]} role="group">
      <Text size="sm" fw={500}>
        {ACTION_SIDES[side]}
      </Text>
      <Group gap="xs" wrap="nowrap" c="dimmed" fz="xs">
        <Text size="xs" w={24} />
        <Text size="xs" style={{ flex: 3 }}>
          Działanie
        </Text>
        <Text size="xs" w={150}>
          Termin realizacji
        </Text>
        <Text size="xs" style={{ flex: 1.4 }}>
          Kto odpowiada
        </Text>
        <Text size="xs" w={140}>
          Stan
        </Text>
        <Text size="xs" w={28} />
      </Group>
      {rows.map(({ index }, n) => {
        const label = `działanie ${SIDE_WORD[side]} ${n + 1}`
        return (
          <Group key={index} gap="xs" align="start" wrap="nowrap">
            <Text size="sm" w={24} mt={6} ta="right">
              {n + 1}.
            </Text>
            <Textarea
              aria-label={`Opis — ${label}`}
              autosize
              minRows={1}
              style={{ flex: 3 }}
              {...form.getInputProps(`actions.${index}.description`)}
            />
            <PolishDateInput
              aria-label={`Termin — ${label}`}
              w={150}
              {...form.getInputProps(`actions.${index}.deadline`)}
            />
            <TextInput
              aria-label={`Kto odpowiada — ${label}`}
              style={{ flex: 1.4 }}
              {...form.getInputProps(`actions.${index}.responsible`)}
            />
            <Select
              aria-label={`Stan — ${label}`}
              w={140}
              allowDeselect={false}
              data={ACTION_STATUS_CODES.map((s) => ({ value: s, label: ACTION_STATUSES[s] }))}
              {...form.getInputProps(`actions.${index}.status`)}
              onChange={(s) =>
                form.setFieldValue(`actions.${index}.status`, (s ?? 'zaplanowane') as ActionStatus)
              }
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={6}
              aria-label={`Usuń — ${label}`}
              onClick={() => form.removeListItem('actions', index)}
            >
              ✕
            </ActionIcon>
          </Group>
        )
      })}
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        onClick={() => form.insertListItem('actions', newAction(side, personName))}
      >
        {side === 'osoba' ? 'Dodaj działanie osoby' : 'Dodaj działanie ośrodka'}
      </Button>
    </Stack>
  )
}
