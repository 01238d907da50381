import { SimpleGrid, Textarea, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { KontraktForm } from '@shared/kontrakt.schema'

type Field = keyof Pick<
  KontraktForm,
  'situationCauses' | 'unemploymentCauses' | 'strengths' | 'limitations' | 'barriers' | 'earlierActivation'
>

/** The assessment fields of each variant, in the order of the form (variant B adds the labour market). */
const FIELDS: { field: Field; label: string; onlyB?: true }[] = [
  { field: 'situationCauses', label: 'Przyczyny trudnej sytuacji życiowej' },
  { field: 'unemploymentCauses', label: 'Przyczyny pozostawania bez pracy', onlyB: true },
  { field: 'strengths', label: 'Mocne strony, możliwości i zasoby' },
  { field: 'limitations', label: 'Ograniczenia' },
  { field: 'barriers', label: 'Bariery w aktywności społecznej i zawodowej', onlyB: true },
  { field: 'earlierActivation', label: 'Dotychczasowe próby aktywizacji', onlyB: true },
]

export function KontraktAssessment({ form }: { form: UseFormReturnType<KontraktForm> }) {
  const variant = form.values.variant
  return (
    <>
      <Title order={4}>
        {variant === 'B'
          ? 'Ocena sytuacji osoby, w tym na rynku pracy'
          : 'Ocena sytuacji życiowej osoby/rodziny'}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {FIELDS.filter((f) => variant === 'B' || !f.onlyB).map(({ field, label }) => (
          <Textarea
            key={field}
            label={label}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps(field)}
          />
        ))}
      </SimpleGrid>
    </>
  )
}
