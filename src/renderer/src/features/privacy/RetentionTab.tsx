import { useCallback, useEffect, useState } from 'react'
import { Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { formatDate } from '@shared/dates'
import {
  RETENTION_CLASS_LABELS,
  RETENTION_CLASSES,
  RETENTION_UNCONFIRMED,
  retentionSettings,
  type RetentionDue,
  type RetentionOverview,
  type RetentionSettings,
} from '@shared/privacy.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { AnonymiseModal } from './AnonymiseModal'

/** Retention periods per record class, and the people whose every period has ended. */
export function RetentionTab() {
  const [overview, setOverview] = useState<RetentionOverview | null>(null)
  const [anonymising, setAnonymising] = useState<RetentionDue | null>(null)
  const form = useForm<RetentionSettings>({
    initialValues: Object.fromEntries(
      RETENTION_CLASSES.map((c) => [c, { years: 10, confirmed: false }]),
    ) as RetentionSettings,
    validate: schemaResolver(retentionSettings, { sync: true }),
  })
  const { setValues, resetDirty } = form

  const load = useCallback(() => {
    unwrap(window.api.privacy.retention()).then((o) => {
      setOverview(o)
      setValues(o.periods)
      resetDirty(o.periods)
    }, notifyError)
  }, [setValues, resetDirty])
  useEffect(load, [load])

  async function save(values: RetentionSettings) {
    try {
      await unwrap(window.api.privacy.retentionsave(values))
      notifySaved('Zapisano okresy przechowywania.')
      load()
    } catch (error) {
      notifyError(error)
    }
  }

  if (!overview) return null
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <form onSubmit={form.onSubmit((v) => void save(v))}>
          <Stack gap="xs">
            <Title order={4}>Okresy przechowywania dokumentacji</Title>
            <Text size="sm" c="dimmed">
              Liczone w pełnych latach od 1 stycznia roku następującego po zakończeniu sprawy. Kategorie i
              okresy wynikają z jednolitego rzeczowego wykazu akt (JRWA) ośrodka — sprawdź je i zaznacz
              „uzgodnione”.
            </Text>
            {RETENTION_CLASSES.map((c) => (
              <Group key={c} align="end" wrap="nowrap">
                <NumberInput
                  label={RETENTION_CLASS_LABELS[c].label}
                  description={`lat od ${RETENTION_CLASS_LABELS[c].countedFrom}`}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  w={420}
                  {...form.getInputProps(`${c}.years`)}
                />
                <Checkbox
                  label="uzgodnione z JRWA"
                  {...form.getInputProps(`${c}.confirmed`, { type: 'checkbox' })}
                />
                {!form.values[c].confirmed && (
                  <Badge color="yellow" variant="light">
                    {RETENTION_UNCONFIRMED}
                  </Badge>
                )}
              </Group>
            ))}
            <Group>
              <Button type="submit" disabled={!form.isDirty()}>
                Zapisz okresy
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Stack gap="xs">
        <Title order={4}>Osoby, których okres przechowywania minął</Title>
        {overview.due.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="retention-none">
            Nikt — dane wszystkich osób są jeszcze w okresie przechowywania.
          </Text>
        ) : (
          <Table withTableBorder striped aria-label="Osoby po okresie przechowywania">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nr</Table.Th>
                <Table.Th>Osoba</Table.Th>
                <Table.Th>Okres minął</Table.Th>
                <Table.Th>Dokumentacja</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.due.map((d) => (
                <Table.Tr key={d.participantId}>
                  <Table.Td>{d.participantId}</Table.Td>
                  <Table.Td>
                    {d.lastName} {d.firstName}
                  </Table.Td>
                  <Table.Td>{formatDate(d.endedOn)}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {d.classes
                        .map(
                          (c) =>
                            `${RETENTION_CLASS_LABELS[c.recordClass].label}: do ${formatDate(c.keptUntil)}`,
                        )
                        .join('; ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" color="red" variant="light" onClick={() => setAnonymising(d)}>
                      Anonimizuj…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {anonymising && (
        <AnonymiseModal
          person={anonymising}
          onClose={() => setAnonymising(null)}
          onDone={() => {
            setAnonymising(null)
            load()
          }}
        />
      )}
    </Stack>
  )
}
