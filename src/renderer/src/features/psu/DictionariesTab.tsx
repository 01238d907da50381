// Editable data behind the rules: kinds of work and the minimum rates of the rules before 1.06.2025
// (with their confidence).
import { useState } from 'react'
import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import {
  CONFIDENCE_LABELS,
  CONFIDENCE_WORDS,
  CONFIDENCES,
  type MinimumRateRecord,
  withoutConfidenceMark,
} from '@shared/psu-porozumienia.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { confirmRateChange } from '../payouts/confirm-rate-change'
import { PolishDateInput } from '../../components/PolishDateInput'
import { MoneyInput } from './NumberFields'
import { usePositionTypes } from './use-psu-data'
import { useLoad } from '../../api/use-load'
import { openSection } from '../reports/RecordLinkModal'

const NO_RATES: MinimumRateRecord[] = []

type RateDraft = {
  id: number | null
  validFrom: string
  rateGr: number
  confidence: MinimumRateRecord['confidence']
  source: string
}

export function DictionariesTab() {
  const [types, reloadTypes] = usePositionTypes()
  const [newType, setNewType] = useState('')
  const [draft, setDraft] = useState<RateDraft | null>(null)

  const { data: loadedRates, reload: reloadRates } = useLoad('rates', () =>
    unwrap(window.api.minimumrates.list()),
  )
  const rates = loadedRates ?? NO_RATES

  async function addType() {
    try {
      await unwrap(window.api.positiontypes.create({ name: newType }))
      notifySaved(newType)
      setNewType('')
      reloadTypes()
    } catch (error) {
      notifyError(error)
    }
  }

  async function saveRate() {
    if (!draft) return
    try {
      const { id, ...data } = draft
      const table = [...rates.filter((r) => r.id !== id && r.validFrom !== data.validFrom), data]
        .map(({ validFrom, rateGr }) => ({ validFrom, rateGr }))
        .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
      if (!(await confirmRateChange({ target: 'minimalna', rates: table }))) return
      await unwrap(window.api.minimumrates.save({ id, data }))
      notifySaved(`Stawka od ${formatDate(draft.validFrom)}`)
      setDraft(null)
      reloadRates()
    } catch (error) {
      notifyError(error)
    }
  }

  return (
    <SimpleGrid cols={2} spacing="md">
      <Stack>
        <Card withBorder>
          <Title order={4}>Rodzaje prac</Title>
          <Table mt="xs" aria-label="Rodzaje prac">
            <Table.Tbody>
              {types.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>
                    {t.name} {t.archived && <Badge color="orange">archiwum</Badge>}
                  </Table.Td>
                  <Table.Td c="dimmed">stanowisk: {t.positions}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() =>
                        unwrap(window.api.positiontypes.archive({ id: t.id, archived: !t.archived })).then(
                          reloadTypes,
                          notifyError,
                        )
                      }
                    >
                      {t.archived ? 'Przywróć' : 'Archiwizuj'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <form
            onSubmit={(e) => {
              e.preventDefault()
              void addType()
            }}
          >
            <Group mt="xs" align="end">
              <TextInput
                label="Nowy rodzaj prac"
                value={newType}
                onChange={(e) => setNewType(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button type="submit" disabled={newType.trim() === ''}>
                Dodaj
              </Button>
            </Group>
          </form>
        </Card>
        <Card withBorder>
          <Group justify="space-between">
            <Text size="sm">Koordynator PSU i PESEL na kartach ewidencji są w ustawieniach programu.</Text>
            <Button size="compact-sm" variant="subtle" onClick={() => openSection('settings')}>
              Przejdź do ustawień
            </Button>
          </Group>
        </Card>
      </Stack>
      <Card withBorder>
        <Group justify="space-between">
          <Title order={4}>Minimalna stawka świadczenia (porozumienia sprzed 1.06.2025)</Title>
          <Button
            size="xs"
            variant="light"
            onClick={() => setDraft({ id: null, validFrom: '', rateGr: 0, confidence: 'U', source: '' })}
          >
            Dodaj stawkę
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Waloryzowana co roku 1 czerwca; refundacja według dotychczasowych przepisów to do 60% tej stawki za
          godzinę. Stawki „do potwierdzenia” nie zostały sprawdzone w źródle — zweryfikuj je i zmień na
          „potwierdzone”.
        </Text>
        <Table mt="xs" fz="sm" aria-label="Stawki minimalne">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Od</Table.Th>
              <Table.Th>Stawka</Table.Th>
              <Table.Th>Pewność</Table.Th>
              <Table.Th>Źródło</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDate(r.validFrom)}</Table.Td>
                <Table.Td>{formatGrosze(r.rateGr)}</Table.Td>
                <Table.Td>
                  <Badge
                    color={r.confidence === 'U' ? 'orange' : 'teal'}
                    title={CONFIDENCE_LABELS[r.confidence]}
                  >
                    {CONFIDENCE_WORDS[r.confidence]}
                  </Badge>
                </Table.Td>
                <Table.Td fz="xs">{withoutConfidenceMark(r.source)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setDraft({ ...r })}>
                    Popraw
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {draft && (
          <form
            aria-label="Stawka minimalna"
            onSubmit={(e) => {
              e.preventDefault()
              void saveRate()
            }}
          >
            <Stack gap="xs" mt="sm">
              <Group grow align="end">
                <PolishDateInput
                  label="Obowiązuje od"
                  value={draft.validFrom}
                  onChange={(v) => setDraft({ ...draft, validFrom: v })}
                />
                <MoneyInput
                  label="Stawka za godzinę"
                  value={draft.rateGr}
                  onChange={(gr) => setDraft({ ...draft, rateGr: gr ?? 0 })}
                />
                <Select
                  label="Pewność"
                  data={CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
                  value={draft.confidence}
                  allowDeselect={false}
                  onChange={(c) => c && setDraft({ ...draft, confidence: c as RateDraft['confidence'] })}
                />
              </Group>
              <TextInput
                label="Źródło"
                value={draft.source}
                onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value })}
              />
              <Group justify="flex-end">
                {draft.id !== null && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      unwrap(window.api.minimumrates.remove({ id: draft.id! })).then(() => {
                        setDraft(null)
                        reloadRates()
                      }, notifyError)
                    }
                  >
                    Usuń
                  </Button>
                )}
                <Button variant="default" onClick={() => setDraft(null)}>
                  Anuluj
                </Button>
                <Button type="submit">Zapisz stawkę</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Card>
    </SimpleGrid>
  )
}
