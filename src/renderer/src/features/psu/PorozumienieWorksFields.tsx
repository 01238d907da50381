// § 3 of the 2017 regulation: the porozumienie names the kinds of work, their places and host units.
import { ActionIcon, Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { PorozumienieForm } from '@shared/psu-porozumienia.schema'

export function PorozumienieWorksFields({ form }: { form: UseFormReturnType<PorozumienieForm> }) {
  const works = form.values.works
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Rodzaje prac, miejsca ich wykonywania i podmioty, u których są wykonywane
      </Text>
      {works.length === 0 && (
        <Alert color="yellow" data-testid="porozumienie-no-works">
          Porozumienie określa rodzaj prac, miejsca ich wykonywania i podmioty (§ 3 rozporządzenia z 21
          grudnia 2017 r.) — przepisz je z porozumienia.
        </Alert>
      )}
      {works.map((_, i) => (
        <Group key={i} align="end" wrap="nowrap">
          <TextInput label="Rodzaj prac" withAsterisk flex={1} {...form.getInputProps(`works.${i}.kind`)} />
          <TextInput label="Miejsce wykonywania" flex={1} {...form.getInputProps(`works.${i}.place`)} />
          <TextInput label="Podmiot (jednostka)" flex={1} {...form.getInputProps(`works.${i}.hostUnit`)} />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Usuń rodzaj prac ${i + 1}`}
            onClick={() => form.removeListItem('works', i)}
            mb={6}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => form.insertListItem('works', { kind: '', place: '', hostUnit: '' })}
        >
          Dodaj rodzaj prac
        </Button>
      </Group>
    </Stack>
  )
}
