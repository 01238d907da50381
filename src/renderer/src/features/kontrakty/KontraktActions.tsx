import { ActionIcon, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import {
  ACTION_SIDES,
  ACTION_STATUS_CODES,
  ACTION_STATUSES,
  type ActionSide,
  type ActionStatus,
  type KontraktForm,
} from '@shared/kontrakt.schema'
import { focusWhenShown } from '../../components/focus'
import { PolishDateInput } from '../../components/PolishDateInput'
import { newAction } from './kontrakt-form'

type KontraktFormApi = UseFormReturnType<KontraktForm>

const SIDE_WORD: Record<ActionSide, string> = { osoba: 'osoby', osrodek: 'ośrodka' }

export function KontraktActions({
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
        onClick={() => {
          form.insertListItem('actions', newAction(side, personName))
          focusWhenShown(`Opis — działanie ${SIDE_WORD[side]} ${rows.length + 1}`)
        }}
      >
        {side === 'osoba' ? 'Dodaj działanie osoby' : 'Dodaj działanie ośrodka'}
      </Button>
    </Stack>
  )
}
