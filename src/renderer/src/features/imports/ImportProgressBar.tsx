import { Progress, Stack, Text } from '@mantine/core'
import { IMPORT_PHASE_LABELS, type ImportProgress } from '@shared/imports.schema'

/** The phase in words, and a bar: counted while writing, moving stripes while reading or checking. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const counted = progress !== null && progress.total > 0
  const percent = counted ? Math.round((progress.done / progress.total) * 100) : 100
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">
        {progress ? IMPORT_PHASE_LABELS[progress.phase] : 'Proszę czekać'}
        {counted && ` — ${progress.done} z ${progress.total}`}…
      </Text>
      <Progress value={percent} striped animated={!counted} aria-label="Postęp importu" />
    </Stack>
  )
}
