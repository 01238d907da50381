import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { FAMILY_ONLY_IN_A, type KontraktForm } from '@shared/kontrakt.schema'
import { focusWhenShown } from '../../components/focus'

type KontraktFormApi = UseFormReturnType<KontraktForm>

/**
 * Family members are parties in variant A only (DOMAIN.md §3). On B nobody can be added; members typed
 * before switching A→B stay on the form with the refusal above them, to be removed or kept by going back
 * to A — never dropped without a word.
 */
export function KontraktFamilyMembers({ form }: { form: KontraktFormApi }) {
  const members = form.values.familyMembers
  const onlyPerson = form.values.variant === 'B'
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Członkowie rodziny będący stronami kontraktu
        </Text>
        <Button
          size="xs"
          variant="light"
          disabled={onlyPerson}
          title={onlyPerson ? 'Członkowie rodziny są stronami tylko w wariancie A.' : undefined}
          onClick={() => {
            form.insertListItem('familyMembers', { fullName: '', pesel: '', relation: '', address: '' })
            focusWhenShown(`Członek rodziny ${members.length + 1} — imię i nazwisko`)
          }}
        >
          Dodaj członka rodziny
        </Button>
      </Group>
      {onlyPerson && members.length > 0 && (
        <Text c="red" size="sm" role="alert" data-testid="kontrakt-family-refusal">
          {FAMILY_ONLY_IN_A}
        </Text>
      )}
      {members.length === 0 && (
        <Text size="xs" c="dimmed">
          {onlyPerson
            ? 'W wariancie B kontrakt zawiera się tylko z osobą i pracownikiem socjalnym — członkowie rodziny są stronami tylko w wariancie A.'
            : 'Brak — kontrakt zawiera tylko osoba uczestnicząca.'}
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

export function KontraktGoals({ form }: { form: KontraktFormApi }) {
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
        onClick={() => {
          form.insertListItem('goals', { id: null, text: '' })
          focusWhenShown(`Cel szczegółowy ${goals.length + 1}`)
        }}
      >
        Dodaj cel
      </Button>
    </Stack>
  )
}
